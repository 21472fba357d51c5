// Drops one in-memory graph left behind by an analytics query that was stopped (see projections.cypher).
CALL gds.graph.drop($name, false) YIELD graphName
RETURN graphName

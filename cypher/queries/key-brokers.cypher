// Key brokers
//
// Actors ranked by how much they sit between the parties of the conflict, on the network of
// statements that pass the filters. For every pair of parties (factions and states) the shortest
// routes between them through other actors are found (up to six statements; places and LOCATED_IN
// left out); an actor's betweenness is the sum, over all pairs, of the share of those routes that pass
// through it. degree is the number of distinct actors it has a statement with, and statements the
// number of those statements.
//
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 25 the most actors returned
//
// @example statuses=confirmed
// @expect-first actor.id=taliban
// @expect actor.id=nrf
MATCH (a:Faction|State), (b:Faction|State)
WHERE elementId(a) < elementId(b)
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE NOT n:Location)
  AND all(r IN relationships(p) WHERE type(r) <> 'LOCATED_IN' AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  )
WITH a, b, collect(DISTINCT nodes(p)[1..-1]) AS routes
UNWIND routes AS route
UNWIND route AS broker
WITH broker, sum(1.0 / size(routes)) AS betweenness
CALL (broker) {
  MATCH (broker)-[r]-(other:Entity)
  WHERE NOT other:Location AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  RETURN count(DISTINCT other) AS degree, count(r) AS statements
}
RETURN broker {.id, .name, .type} AS actor,
       round(betweenness, 2) AS betweenness,
       degree,
       statements
ORDER BY betweenness DESC, degree DESC, actor.name
LIMIT $limit

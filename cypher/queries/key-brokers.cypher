// Key brokers
//
// Actors ranked by how much they sit between the others, on the network of statements that pass the
// filters (places, and so LOCATED_IN, left out). Graph Data Science computes betweenness centrality over
// one undirected tie per pair of actors with a statement between them: an actor's betweenness is the sum,
// over pairs of other actors, of the share of the shortest routes between them that pass through it. On a
// network of more than samplingSize actors the routes are followed only from samplingSize actors chosen at
// random (fixed seed), which ranks the big brokers the same way at a fraction of the cost: sampled is then
// true and samplingSize says how many. actors is the size of the network ranked; degree is the number of
// distinct actors the broker has a statement with, and statements the number of those statements.
// computedAt is when the ranking was computed: with the default filters on a large network the service
// answers from the ranking it computed after the last load (see the README, "Analytics").
//
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param samplingSize integer 1..100000 = 500 on a network of more actors than this, follow the routes from this many actors only
// @param limit integer 1..1000 = 25 the most actors returned
// @stored
//
// @example statuses=confirmed
// @expect-first actor.id=taliban sampled=false
// @expect actor.id=nrf
WITH 'key-brokers-' + randomUUID() AS graph
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT a:Location AND NOT b:Location AND a <> b AND
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
// one tie per pair of actors, whichever way its statements point
WITH graph, CASE WHEN elementId(a) < elementId(b) THEN [a, b] ELSE [b, a] END AS pair, count(r) AS statements
WITH graph, gds.graph.project(graph, pair[0], pair[1], {relationshipProperties: {statements: statements}},
                              {undirectedRelationshipTypes: ['*']}) AS projected
WITH graph, projected.nodeCount AS actors
CALL gds.betweenness.mutate(graph, CASE WHEN actors > $samplingSize
    THEN {mutateProperty: 'betweenness', samplingSize: toInteger($samplingSize), samplingSeed: 42, concurrency: 4, logProgress: false}
    ELSE {mutateProperty: 'betweenness', concurrency: 1, logProgress: false} END) YIELD nodePropertiesWritten AS ranked
CALL gds.degree.mutate(graph, {mutateProperty: 'degree', concurrency: 1, logProgress: false}) YIELD nodePropertiesWritten AS counted
CALL gds.degree.mutate(graph, {mutateProperty: 'statements', relationshipWeightProperty: 'statements', concurrency: 1,
                               logProgress: false}) YIELD nodePropertiesWritten AS weighed
CALL gds.graph.nodeProperty.stream(graph, 'betweenness') YIELD nodeId, propertyValue AS betweenness
WITH graph, actors, gds.util.asNode(nodeId) AS broker, betweenness,
     toInteger(gds.util.nodeProperty(graph, nodeId, 'degree')) AS degree,
     toInteger(gds.util.nodeProperty(graph, nodeId, 'statements')) AS statements
ORDER BY betweenness DESC, degree DESC, broker.name, broker.id
LIMIT $limit
WITH graph, actors, collect({actor: broker {.id, .name, .type}, betweenness: betweenness, degree: degree,
                             statements: statements}) AS rows
CALL gds.graph.drop(graph, false) YIELD graphName
UNWIND rows AS row
RETURN row.actor AS actor,
       round(row.betweenness, 2) AS betweenness,
       row.degree AS degree,
       row.statements AS statements,
       actors,
       actors > $samplingSize AS sampled,
       CASE WHEN actors > $samplingSize THEN $samplingSize END AS samplingSize,
       toString(datetime.transaction()) AS computedAt
ORDER BY betweenness DESC, degree DESC, actor.name, actor.id

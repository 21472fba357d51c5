// Influence: who the backing flows to
//
// Actors ranked by PageRank over backing ties, on the statements that pass the filters: backing flows
// from the subject of a backing statement to its object, and an actor ranks high when it is backed by
// many actors, or by actors that are themselves well backed. Which ties count as backing is declared in
// seeds/vocabulary.yml (analytics.backingFamilies) and reaches this query as $backingTypes. Graph Data
// Science runs PageRank (damping 0.85, at most 20 iterations) over one directed tie per backer and
// backed actor, weighted by its number of statements; only actors that someone backs are listed. backers is the number of distinct actors backing
// it and statements the number of those backing statements. computedAt is when the ranking was computed:
// with the default filters on a large network the service answers from the ranking it computed after
// the last load (see the README, "Analytics").
//
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 25 the most actors returned
// @stored
//
// @example statuses=confirmed,reported,claimed
// @expect actor.id=nrf
// @expect actor.id=taliban
WITH 'influence-' + randomUUID() AS graph
MATCH (backer:Entity)-[r]->(backed:Entity)
WHERE type(r) IN $backingTypes AND backer <> backed AND
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
WITH graph, backer, backed, count(r) AS statements
WITH graph, gds.graph.project(graph, backer, backed, {relationshipProperties: {statements: toFloat(statements)}}) AS projected
CALL gds.pageRank.mutate(graph, {mutateProperty: 'influence', relationshipWeightProperty: 'statements',
                                 dampingFactor: 0.85, maxIterations: 20, concurrency: 1, logProgress: false})
  YIELD nodePropertiesWritten AS ranked
CALL gds.degree.mutate(graph, {mutateProperty: 'backers', orientation: 'REVERSE', concurrency: 1, logProgress: false})
  YIELD nodePropertiesWritten AS counted
CALL gds.degree.mutate(graph, {mutateProperty: 'statements', orientation: 'REVERSE', relationshipWeightProperty: 'statements',
                               concurrency: 1, logProgress: false}) YIELD nodePropertiesWritten AS weighed
CALL gds.graph.nodeProperty.stream(graph, 'influence') YIELD nodeId, propertyValue AS influence
WITH graph, gds.util.asNode(nodeId) AS actor, influence,
     toInteger(gds.util.nodeProperty(graph, nodeId, 'backers')) AS backers,
     toInteger(gds.util.nodeProperty(graph, nodeId, 'statements')) AS statements
WHERE backers > 0
ORDER BY influence DESC, backers DESC, actor.name, actor.id
LIMIT $limit
WITH graph, collect({actor: actor {.id, .name, .type}, influence: influence, backers: backers, statements: statements}) AS rows
CALL gds.graph.drop(graph, false) YIELD graphName
UNWIND rows AS row
RETURN row.actor AS actor,
       round(row.influence, 4) AS influence,
       row.backers AS backers,
       row.statements AS statements,
       toString(datetime.transaction()) AS computedAt
ORDER BY influence DESC, backers DESC, actor.name, actor.id

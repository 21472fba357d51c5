// Blocs: who acts together
//
// Groups of actors held together by cooperative ties, on the statements that pass the filters. Which ties
// count as cooperative is declared in seeds/vocabulary.yml (analytics.cooperativeFamilies: backing,
// alliance, membership, leadership, family) and reaches this query as $cooperativeTypes. Graph Data
// Science's Leiden community detection runs over one undirected tie per pair of actors, weighted by how
// many cooperative statements join them (fixed seed, one thread, so the same data gives the same blocs).
// One row per bloc of at least two actors, largest first: size is how many actors it holds, statements
// how many cooperative statements join two of its members, and members its best-attested actors (at most
// the members parameter), each with statements, the number of cooperative statements tying it to the
// rest of the bloc. computedAt is when the blocs were computed: with the default filters on a large
// network the service answers from the blocs it computed after the last load (see the README, "Analytics").
//
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param members integer 1..1000 = 15 the most members listed per bloc (the best attested)
// @param limit integer 1..1000 = 20 the most blocs returned
// @stored
//
// @example statuses=confirmed,reported
// @expect members.actor.id=nrf members.actor.id=ahmad-massoud
// @expect members.actor.id=taliban
WITH 'communities-' + randomUUID() AS graph
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $cooperativeTypes AND NOT a:Location AND NOT b:Location AND a <> b AND
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
// one tie per pair of actors, whichever way its statements point
WITH graph, CASE WHEN elementId(a) < elementId(b) THEN [a, b] ELSE [b, a] END AS pair, count(r) AS statements
WITH graph, gds.graph.project(graph, pair[0], pair[1], {relationshipProperties: {statements: toFloat(statements)}},
                              {undirectedRelationshipTypes: ['*']}) AS projected
CALL gds.leiden.mutate(graph, {mutateProperty: 'bloc', relationshipWeightProperty: 'statements', randomSeed: 42,
                               concurrency: 1, logProgress: false}) YIELD communityCount
CALL gds.graph.nodeProperty.stream(graph, 'bloc') YIELD nodeId, propertyValue AS bloc
WITH graph, bloc, collect(nodeId) AS ids
WHERE size(ids) >= 2
// the bloc's evidence: cooperative statements between two of its members
CALL (graph, bloc, ids) {
  UNWIND ids AS id
  WITH gds.util.asNode(id) AS member
  MATCH (member)-[r]-(other:Entity)
  WHERE type(r) IN $cooperativeTypes AND NOT other:Location AND other <> member
    AND gds.util.nodeProperty(graph, id(other), 'bloc') = bloc AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH member, count(r) AS statements
  ORDER BY statements DESC, member.name, member.id
  RETURN collect({actor: member {.id, .name, .type}, statements: statements}) AS ranked, sum(statements) / 2 AS inside
}
WITH graph, size(ids) AS size, inside AS statements, ranked[..$members] AS members
ORDER BY size DESC, statements DESC, members[0].actor.name
LIMIT $limit
WITH graph, collect({size: size, statements: statements, members: members}) AS blocs
CALL gds.graph.drop(graph, false) YIELD graphName
UNWIND range(0, size(blocs) - 1) AS i
RETURN i + 1 AS bloc,
       blocs[i].size AS size,
       blocs[i].statements AS statements,
       blocs[i].members AS members,
       toString(datetime.transaction()) AS computedAt
ORDER BY bloc

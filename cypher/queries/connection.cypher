// How two actors are connected
//
// The shortest routes between $from and $to, up to maxHops statements long, over every kind of
// statement except LOCATED_IN (geography is not a tie between actors). One row per route: the actors
// along it and, for every hop, each statement that links the two ends of the hop (either direction),
// with its source document and the numbered references it cites.
//
// @param from entity required the first actor's entity id
// @param to entity required the second actor's entity id
// @param maxHops integer 1..6 = 4 the longest route returned
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 25 the most routes returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example from=amrullah-saleh to=pakistan
// @expect length=1 hops.statements.type=OPPOSED hops.statements.source.id=wp-panjshir-conflict
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE a <> b
  AND all(r IN relationships(p) WHERE type(r) <> 'LOCATED_IN' AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  )
WITH DISTINCT nodes(p) AS route
WHERE size(route) - 1 <= $maxHops
WITH route SKIP $offset LIMIT $limit
CALL (route) {
  UNWIND range(0, size(route) - 2) AS i
  WITH i, route[i] AS x, route[i + 1] AS y
  MATCH (x)-[r]-(y)
  WHERE type(r) <> 'LOCATED_IN' AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH i, x, y, r, startNode(r) AS s, endNode(r) AS o ORDER BY i, r.date IS NULL, r.date, r.id
  WITH i, x, y,
       collect({id: r.id, type: type(r),
                subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
                claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                ref: coalesce(r.ref, []), excerpt: r.excerpt,
                place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note,
                references: COLLECT { UNWIND coalesce(r.ref, []) AS n
                                      MATCH (ref:Source {parent: r.source, ref: n, load: r.load})
                                      RETURN ref {.id, .ref, .title, .publisher, .published, .url} }}) AS statements
  ORDER BY i
  RETURN collect({from: x {.id, .name, .type}, to: y {.id, .name, .type}, statements: statements}) AS hops
}
RETURN [n IN route | n {.id, .name, .type}] AS actors, size(route) - 1 AS length, hops

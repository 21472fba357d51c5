// Whom this actor backed
//
// The actors that $actor SUPPORTED, directly (hops = 1) or further down a chain of backing (hops up
// to maxHops). One row per backed actor, with its shortest route (fewest hops); each link of the
// route lists every statement behind it (claims and denials alike), with its source.
//
// @param actor entity required the backer's entity id
// @param maxHops integer 1..6 = 1 the longest chain of backing followed
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 200 the most rows returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example actor=tajikistan
// @expect backed.id=nrf hops=1 links.statements.status=reported links.statements.status=confirmed
MATCH (actor:Entity {id: $actor})
// breadth-first, one ring per hop: ring k holds the actors first reached k hops along the backing; no
// ring is walked once the nearer ones hold the page
WITH actor, reduce(rings = [[actor]], hop IN range(1, $maxHops) |
       CASE WHEN reduce(reached = 0, ring IN rings[1..] | reached + size(ring)) >= $offset + $limit THEN rings
       ELSE rings + [COLLECT { UNWIND rings[-1] AS y
                          MATCH (y)-[r:SUPPORTED]->(x:Entity)
                          WHERE NOT any(ring IN rings WHERE x IN ring) AND
                            // statement filter: cypher/filters/statement.cypher
                            r.load IN $loads
                            AND (size($statuses) = 0 OR r.status IN $statuses)
                            AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
                            AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
                            AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
                            // end statement filter
                          RETURN DISTINCT x }] END) AS rings
UNWIND range(1, size(rings) - 1) AS hops
UNWIND rings[hops] AS backed
WITH actor, backed, hops
ORDER BY hops, backed.name, backed.id
SKIP $offset
LIMIT $limit
// the route of each actor of the page
CALL (actor, backed, hops) {
  // an actor of the first ring is one hop away: the statements that put it there are the route
  WITH actor, backed, hops WHERE hops = 1
  RETURN [actor, backed] AS route
UNION
  // a further one is searched: one shortest route
  WITH actor, backed, hops WHERE hops > 1
  MATCH p = ANY SHORTEST (actor) (()-[r:SUPPORTED]->() WHERE
      // statement filter: cypher/filters/statement.cypher
      r.load IN $loads
      AND (size($statuses) = 0 OR r.status IN $statuses)
      AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
      AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
      AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
      // end statement filter
    ){1,6} (backed)
  RETURN nodes(p) AS route
}
WITH backed, route
CALL (route) {
  UNWIND range(0, size(route) - 2) AS i
  WITH i, route[i] AS x, route[i + 1] AS y
  MATCH (x)-[r:SUPPORTED]->(y)
  WHERE
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH i, x, y, r ORDER BY i, r.date IS NULL, r.date, r.id
  WITH i, x, y,
       collect({id: r.id, type: type(r),
                subject: x {.id, .name, .type}, object: y {.id, .name, .type},
                date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
                claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                ref: coalesce(r.ref, []), excerpt: r.excerpt,
                place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note}) AS statements
  ORDER BY i
  RETURN collect({from: x {.id, .name, .type}, to: y {.id, .name, .type}, statements: statements}) AS links
}
RETURN backed {.id, .name, .type} AS backed,
       size(route) - 1 AS hops,
       [n IN route[1..-1] | n {.id, .name, .type}] AS via,
       links
ORDER BY hops, backed.name, backed.id

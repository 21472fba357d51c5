// An actor's neighbourhood
//
// The entities within $depth statements of $actor (in either direction): nearest first, and at each
// distance the best-evidenced first. A neighbour's evidence is the statements that tie it to the
// actor, or to the entities one step nearer: how many (evidence), how many of them confirmed, and
// their claim statuses. neighboursAtDistance says how many neighbours that distance holds in all, so a
// page of a hub's thousands of neighbours says how many it leaves out. statements lists the first 5
// of the evidence in date order (evidence counts them all; sources-for with from and to lists every
// one); the rows together draw the neighbourhood.
//
// @param actor entity required the actor at the centre
// @param depth integer 1..4 = 1 how many statements away to look
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 200 the most neighbours returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example actor=fahim-dashty
// @expect neighbour.id=nrf distance=1 statements.type=SPOKESPERSON_FOR
// @expect neighbour.id=pakistan-air-force distance=1 statements.status=claimed statements.status=denied
MATCH (actor:Entity {id: $actor})
// breadth-first, one ring per step: ring k holds the entities first reached k statements away; no ring
// is walked once the nearer ones hold the page (a hub's first ring is enough for its first pages)
WITH reduce(rings = [[actor]], step IN range(1, $depth) |
       CASE WHEN reduce(reached = 0, ring IN rings[1..] | reached + size(ring)) >= $offset + $limit THEN rings
       ELSE rings + [COLLECT { UNWIND rings[-1] AS x
                          MATCH (x)-[r]-(y:Entity)
                          WHERE NOT any(ring IN rings WHERE y IN ring) AND
                            // statement filter: cypher/filters/statement.cypher
                            r.load IN $loads
                            AND (size($statuses) = 0 OR r.status IN $statuses)
                            AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
                            AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
                            AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
                            // end statement filter
                          RETURN DISTINCT y }] END) AS rings
UNWIND range(1, size(rings) - 1) AS distance
// only the rings this page reaches into are ranked
WITH rings, distance, reduce(before = 0, k IN range(1, distance - 1) | before + size(rings[k])) AS before
WHERE before < $offset + $limit
// evidence, counted from the nearer ring outwards (a hub at the centre is expanded once, not once per neighbour)
CALL (rings, distance) {
  UNWIND rings[distance - 1] AS m
  MATCH (m)-[r]-(n)
  WHERE n IN rings[distance] AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH n, r ORDER BY r.date IS NULL, r.date, r.id
  RETURN n, count(r) AS evidence, count(CASE r.status WHEN 'confirmed' THEN 1 END) AS confirmed,
         collect(DISTINCT r.status) AS statuses, collect(r)[..5] AS first
}
WITH n, distance, size(rings[distance]) AS neighboursAtDistance, evidence, confirmed, statuses, first
ORDER BY distance, evidence DESC, confirmed DESC, n.name, n.id
SKIP $offset
LIMIT $limit
CALL (first) {
  UNWIND first AS r
  WITH r, startNode(r) AS s, endNode(r) AS o
  RETURN collect({id: r.id, type: type(r),
                  subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                  date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
                  claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                  source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                  ref: coalesce(r.ref, []), excerpt: r.excerpt,
                  place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note}) AS statements
}
RETURN n {.id, .name, .type} AS neighbour, distance, evidence, confirmed, statuses, neighboursAtDistance, statements
ORDER BY distance, evidence DESC, confirmed DESC, neighbour.name, neighbour.id

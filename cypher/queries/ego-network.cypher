// An actor's neighbourhood
//
// Every entity within $depth statements of $actor (in either direction), nearest first. Each row
// is one neighbour with its distance and the statements that tie it to the actor or to a neighbour
// one step nearer, so the rows together draw the neighbourhood with its evidence.
//
// @param actor entity required the actor at the centre
// @param depth integer 1..4 = 1 how many statements away to look
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 200 the most neighbours returned
//
// @example actor=fahim-dashty
// @expect neighbour.id=nrf distance=1 statements.type=SPOKESPERSON_FOR
// @expect neighbour.id=pakistan-air-force distance=1 statements.status=claimed statements.status=denied
MATCH (actor:Entity {id: $actor})
// breadth-first, one ring per step: each ring holds the entities first reached at that distance
WITH actor, reduce(rings = [[actor]], step IN range(1, $depth) |
       rings + [reduce(ring = [], y IN reduce(reached = [], x IN rings[-1] |
                  reached + [(x)-[r]-(y:Entity)
                             WHERE
                               // statement filter: cypher/filters/statement.cypher
                               r.load IN $loads
                               AND (size($statuses) = 0 OR r.status IN $statuses)
                               AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
                               AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
                               AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
                               // end statement filter
                             | y])
                | CASE WHEN y IN ring OR any(earlier IN rings WHERE y IN earlier) THEN ring ELSE ring + y END)]) AS rings
UNWIND range(1, size(rings) - 1) AS distance
UNWIND rings[distance] AS n
WITH n, distance, rings[distance - 1] AS nearer
ORDER BY distance, n.name
LIMIT $limit
CALL (n, nearer) {
  MATCH (n)-[r]-(m)
  WHERE m IN nearer AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH r, startNode(r) AS s, endNode(r) AS o ORDER BY r.date IS NULL, r.date, r.id
  RETURN collect({id: r.id, type: type(r),
                  subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                  date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
                  claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                  source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                  ref: coalesce(r.ref, []), excerpt: r.excerpt,
                  place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note}) AS statements
}
RETURN n {.id, .name, .type} AS neighbour, distance, statements

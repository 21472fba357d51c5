// Who captured or held which place, and when
//
// Every CAPTURED, CONTROLS and WITHDREW_FROM statement about a Location, one row per statement,
// grouped by place with the most recent first (ties: the better-attested status first, denials
// last). To ask "who held X as of date D", give place=X and asOf=D: the first row answers it, and the
// rows below it show the claims that compete with it.
//
// @param place entity only this place
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 500 the most rows returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example place=panjshir-valley asOf=2021-09-10
// @expect-first actor.id=taliban action=CONTROLS date=2021-09-09 statement.status=confirmed
// @expect actor.id=nrf action=CONTROLS statement.status=claimed
// one place's history comes from the place (an index seek), not from a scan of every capture
CALL () {
  MATCH (actor:Entity)-[r:CAPTURED|CONTROLS|WITHDREW_FROM]->(place:Location {id: $place})
  RETURN actor, r, place
  UNION ALL
  UNWIND CASE WHEN $place IS NULL THEN [true] ELSE [] END AS everywhere
  MATCH (actor:Entity)-[r:CAPTURED|CONTROLS|WITHDREW_FROM]->(place:Location)
  RETURN actor, r, place
}
WITH actor, r, place
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
RETURN place {.id, .name, .type} AS place,
       actor {.id, .name, .type} AS actor,
       type(r) AS action,
       r.date AS date,
       {id: r.id, type: type(r),
        subject: actor {.id, .name, .type}, object: place {.id, .name, .type},
        date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
        claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
        source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
        ref: coalesce(r.ref, []), excerpt: r.excerpt,
        place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note} AS statement
ORDER BY place.name, r.date IS NULL, r.date DESC, r.dateEnd DESC,
         CASE r.status WHEN 'confirmed' THEN 0 WHEN 'reported' THEN 1 WHEN 'claimed' THEN 2
                       WHEN 'alleged' THEN 3 WHEN 'unconfirmed' THEN 4 ELSE 5 END,
         r.id
SKIP $offset
LIMIT $limit

// Who fled where
//
// Every FLED_TO statement, grouped by who and where to: the earliest date any statement gives, the
// claim statuses and claimants around it (a flight that one party reports and another denies shows
// both), and every statement side by side with its source.
//
// @param actor entity only flights of this entity
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 200 the most rows returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example actor=amrullah-saleh
// @expect who.id=amrullah-saleh to.id=tajikistan statuses=confirmed statuses=denied claimants.id=nrf
// one actor's flights come from the actor (an index seek), not from a scan of every flight
CALL () {
  MATCH (who:Entity {id: $actor})-[r:FLED_TO]->(to:Entity)
  RETURN who, r, to
  UNION ALL
  UNWIND CASE WHEN $actor IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (who:Entity)-[r:FLED_TO]->(to:Entity)
  RETURN who, r, to
}
WITH who, r, to
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
// group first, then build the statements of this page's groups only
WITH who, to,
     min(r.date) AS earliest,
     collect(DISTINCT r.claimedBy) AS claimantIds,
     collect(r) AS rs
ORDER BY earliest IS NULL, earliest, who.name, to.name, who.id, to.id
SKIP $offset
LIMIT $limit
CALL (rs) {
  UNWIND rs AS r
  WITH r, startNode(r) AS s, endNode(r) AS o ORDER BY r.date IS NULL, r.date, r.id
  RETURN collect({id: r.id, type: type(r),
                  subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                  date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
                  claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                  source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                  ref: coalesce(r.ref, []), excerpt: r.excerpt,
                  place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note}) AS statements
}
RETURN who {.id, .name, .type} AS who,
       to {.id, .name, .type} AS to,
       earliest,
       // in the order they first appear, by date
       reduce(seen = [], st IN statements | CASE WHEN st.status IN seen THEN seen ELSE seen + st.status END) AS statuses,
       COLLECT { MATCH (c:Entity) WHERE c.id IN claimantIds RETURN c {.id, .name, .type} ORDER BY c.name, c.id } AS claimants,
       statements
ORDER BY earliest IS NULL, earliest, who.name, to.name, who.id, to.id

// Who killed whom
//
// Every KILLED statement, grouped by killer and victim, including killings that are only claimed,
// alleged or denied: the claim statuses and claimants around each, and every statement side by side
// with its source. The note of a statement carries counts when the victim is a group.
//
// @param actor entity only killings in which this entity is the killer or the victim
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 500 the most rows returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example actor=fahim-dashty
// @expect killer.id=pakistan-air-force victim.id=fahim-dashty statuses=claimed statuses=denied
// @expect killer.id=taliban victim.id=fahim-dashty statuses=confirmed
// the actor's own killings come from the actor (an index seek), not from a scan of every killing
CALL () {
  MATCH (killer:Entity {id: $actor})-[r:KILLED]->(victim:Entity)
  RETURN killer, r, victim
  UNION ALL
  MATCH (killer:Entity)-[r:KILLED]->(victim:Entity {id: $actor})
  WHERE killer.id <> $actor
  RETURN killer, r, victim
  UNION ALL
  UNWIND CASE WHEN $actor IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (killer:Entity)-[r:KILLED]->(victim:Entity)
  RETURN killer, r, victim
}
WITH killer, r, victim
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
// group first, then build the statements of this page's groups only
WITH killer, victim,
     min(r.date) AS earliest,
     collect(DISTINCT r.claimedBy) AS claimantIds,
     collect(r) AS rs
ORDER BY earliest IS NULL, earliest, killer.name, victim.name, killer.id, victim.id
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
RETURN killer {.id, .name, .type} AS killer,
       victim {.id, .name, .type} AS victim,
       earliest,
       // in the order they first appear, by date
       reduce(seen = [], st IN statements | CASE WHEN st.status IN seen THEN seen ELSE seen + st.status END) AS statuses,
       COLLECT { MATCH (c:Entity) WHERE c.id IN claimantIds RETURN c {.id, .name, .type} ORDER BY c.name, c.id } AS claimants,
       statements
ORDER BY earliest IS NULL, earliest, killer.name, victim.name, killer.id, victim.id

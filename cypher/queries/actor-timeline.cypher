// An actor's timeline
//
// Every statement in which $actor is the subject or the object, in date order (by its first possible
// day, then its last), undated statements last. direction says whether the actor is the subject
// ("out") or the object ("in"); other is the entity at the other end.
//
// @param actor entity required the actor's entity id
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 1000 the most statements returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example actor=fahim-dashty
// @expect-first date=2021-08-31 statement.id=b-033
// @expect direction=in other.id=pakistan-air-force statement.type=KILLED statement.status=denied
MATCH (actor:Entity {id: $actor})-[r]-(other:Entity)
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
WITH actor, r, other, startNode(r) AS s, endNode(r) AS o
RETURN r.date AS date,
       CASE WHEN s = actor THEN 'out' ELSE 'in' END AS direction,
       other {.id, .name, .type} AS other,
       {id: r.id, type: type(r),
        subject: s {.id, .name, .type}, object: o {.id, .name, .type},
        date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
        claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
        source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
        ref: coalesce(r.ref, []), excerpt: r.excerpt,
        place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note} AS statement
ORDER BY r.date IS NULL, r.date, r.dateEnd, r.id
SKIP $offset
LIMIT $limit

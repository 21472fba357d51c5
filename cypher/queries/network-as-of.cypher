// The network as of a date
//
// Every statement in force by $asOf: with mode=certain, those whose last possible day (dateEnd) is on
// or before it; with mode=possible, those whose first possible day is. Undated statements (kinship,
// membership, leadership, geography) hold at every date, as everywhere else, and come last. One row per
// statement, oldest first.
//
// @param asOf date required the day the network is drawn for; undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 1000 the most statements returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example asOf=2021-08-20
// @expect subject.id=amrullah-saleh object.id=charikar statement.type=CAPTURED statement.date=2021-08-18
MATCH (s:Entity)-[r]->(o:Entity)
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
RETURN s {.id, .name, .type} AS subject,
       o {.id, .name, .type} AS object,
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

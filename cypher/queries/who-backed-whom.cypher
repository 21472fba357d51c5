// Who backed whom
//
// Every SUPPORTED statement, and every ALLIED_WITH statement, as backer -> backed: one row per
// statement, with its status, claimant, dates, source document and the numbered references it cites.
// A claim and its denial are separate rows, so a contested backing shows up more than once.
//
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 500 the most rows returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example statuses=denied,unconfirmed
// @expect backer.id=pakistan backed.id=taliban statement.status=denied statement.claimedBy.id=pakistan-foreign-office
MATCH (backer:Entity)-[r:SUPPORTED|ALLIED_WITH]->(backed:Entity)
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
RETURN backer {.id, .name, .type} AS backer,
       backed {.id, .name, .type} AS backed,
       {id: r.id, type: type(r),
        subject: backer {.id, .name, .type}, object: backed {.id, .name, .type},
        date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
        claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
        source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
        ref: coalesce(r.ref, []), excerpt: r.excerpt,
        place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note} AS statement,
       COLLECT { UNWIND coalesce(r.ref, []) AS n
                 MATCH (x:Source {parent: r.source, ref: n, load: r.load})
                 RETURN x {.id, .ref, .title, .publisher, .published, .url} } AS references
ORDER BY backer.name, backed.name, r.date IS NULL, r.date, r.id
SKIP $offset
LIMIT $limit

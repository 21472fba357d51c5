// The network as of a date
//
// Every statement in force by $asOf: with mode=certain, those whose last possible day (dateEnd) is on
// or before it; with mode=possible, those whose first possible day is. Newest first: by date, then dateEnd,
// latest first, then id. Undated statements (kinship, membership, leadership, geography) hold at every date,
// as everywhere else, and come last, in id order. One row per statement.
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
// @expect-first statement.date=2021-08-20
// Read backwards from asOf in spans of days (1, 2, 4, ... 1,024 days, then 1,024 days each, and the rest
// at once after about 115 years), each span through the per-type date indexes (statement_date_* in
// cypher/schema.cypher, so the pattern names every type of seeds/vocabulary.yml) and sorted on its own:
// a page stops the walk once it is full, so it reads about as many statements as it returns. The
// undated statements are read only when the dated ones run out.
CALL () {
  UNWIND range(0, 50) AS span
  WITH span, CASE WHEN span <= 11 THEN toInteger(2 ^ span) - 1 ELSE 2047 + (span - 11) * 1024 END AS back,
       $asOf AS day // seek bound: where the walk starts; which statements pass is the filter block's
  WITH day - duration({days: back}) AS newest,
       CASE WHEN span < 50
         THEN day - duration({days: back + CASE WHEN span < 11 THEN toInteger(2 ^ span) ELSE 1024 END - 1})
         ELSE date('-999999999-01-01') END AS oldest
  CALL (newest, oldest) {
    MATCH (:Entity)-[r:SUPPORTED|OPPOSED|FOUGHT|ATTACKED|KILLED|WOUNDED|CAPTURED|CONTROLS|WITHDREW_FROM|OPERATED_IN|BLOCKADED|FLED_TO|LEADS|MEMBER_OF|SPOKESPERSON_FOR|RELATIVE_OF|NEGOTIATED_WITH|ASKED_TO_MEDIATE|ALLIED_WITH|CONDEMNED|ACCUSED|HOSTED|ENDORSED|APPOINTED|DECLARED|DEFECTED_TO|SURRENDERED_TO|LOCATED_IN]->(:Entity)
    WHERE r.date <= newest AND r.date >= oldest AND
      // statement filter: cypher/filters/statement.cypher
      r.load IN $loads
      AND (size($statuses) = 0 OR r.status IN $statuses)
      AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
      AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
      AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
      // end statement filter
    RETURN r
    // date(r.date) is r.date; sorting on r.date itself trips a consistency check of Neo4j 5.26's planner
    // (insertCachedProperties) when the span's seeks are a union over the types
    ORDER BY date(r.date) DESC, r.dateEnd DESC, r.id
  }
  RETURN r
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.date IS NULL AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
      AND (size($statuses) = 0 OR r.status IN $statuses)
      AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
      AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
      AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  RETURN r
  ORDER BY r.id
}
WITH r
SKIP $offset
LIMIT $limit
WITH startNode(r) AS s, r, endNode(r) AS o
RETURN s {.id, .name, .type} AS subject,
       o {.id, .name, .type} AS object,
       {id: r.id, type: type(r),
        subject: s {.id, .name, .type}, object: o {.id, .name, .type},
        date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
        claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
        source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
        ref: coalesce(r.ref, []), excerpt: r.excerpt,
        place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note} AS statement

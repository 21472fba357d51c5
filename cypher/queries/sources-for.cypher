// The evidence behind a statement or a pair of actors
//
// For one statement (statement=id), or for every statement between two actors (from and to, either
// direction; with only from, every statement of that actor; with neither, nothing): the source document
// it was taken from, the numbered references of that document it cites (outlet, title, date, address),
// its excerpt, and the dataset it belongs to.
//
// @param statement statement the statement's id
// @param from entity one actor of the pair
// @param to entity the other actor of the pair
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 200 the most statements returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example statement=c-172
// @expect statement.status=denied document.id=wp-panjshir-conflict references.ref=174 references.id=wp-ref-174
CALL () {
  // by id: every statement type of seeds/vocabulary.yml, so the lookup is an index seek per type (statement_id_*)
  MATCH ()-[r:SUPPORTED|OPPOSED|FOUGHT|ATTACKED|KILLED|WOUNDED|CAPTURED|CONTROLS|WITHDREW_FROM|OPERATED_IN|BLOCKADED|FLED_TO|LEADS|MEMBER_OF|SPOKESPERSON_FOR|RELATIVE_OF|NEGOTIATED_WITH|ASKED_TO_MEDIATE|ALLIED_WITH|CONDEMNED|ACCUSED|HOSTED|ENDORSED|APPOINTED|DECLARED|DEFECTED_TO|SURRENDERED_TO|LOCATED_IN]->()
  WHERE r.id = $statement
  RETURN r
  UNION
  MATCH (:Entity {id: $from})-[r]-(other:Entity)
  WHERE $statement IS NULL AND ($to IS NULL OR other.id = $to)
  RETURN r
}
WITH r, startNode(r) AS s, endNode(r) AS o
WHERE ($from IS NULL OR $from IN [s.id, o.id]) AND ($to IS NULL OR $to IN [s.id, o.id]) AND
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
MATCH (document:Source {id: r.source, load: r.load})
RETURN {id: r.id, type: type(r),
        subject: s {.id, .name, .type}, object: o {.id, .name, .type},
        date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
        claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
        source: document {.id, .title},
        ref: coalesce(r.ref, []), excerpt: r.excerpt,
        place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note} AS statement,
       document {.id, .kind, .title, .publisher, .published, .url} AS document,
       COLLECT { UNWIND coalesce(r.ref, []) AS n
                 MATCH (x:Source {parent: r.source, ref: n, load: r.load})
                 RETURN x {.id, .ref, .title, .publisher, .published, .url} } AS references,
       r.excerpt AS excerpt, r.dataset AS dataset
ORDER BY r.date IS NULL, r.date, r.id
SKIP $offset
LIMIT $limit

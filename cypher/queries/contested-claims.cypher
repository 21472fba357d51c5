// Contested claims
//
// Statements about the same subject, type and object that disagree in status (one confirms, another
// denies) or in who claims them, side by side. Also the same event told with different perpetrators:
// a person is killed once, so every KILLED statement about one person is one event, and different
// killers are a dispute about who did it (subject is then null and subjects lists them all).
// Groups with a denial come first, then the larger ones; size counts a group's statements, and
// statements lists its first 5 in date order (sources-for with from and to lists every one).
//
// @param actor entity only claims in which this entity is the subject or the object
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 200 the most groups returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
// @stored
//
// @example actor=pakistan
// @expect subject.id=pakistan type=SUPPORTED object.id=taliban statuses=denied statuses=unconfirmed statuses=claimed
// grouped one object at a time, so only disagreeing groups are kept (each with its first five statements, in date
// order) and memory stays small; with actor, only its own statements: those about it (an index seek) and those it
// is the subject of
CALL () {
  CALL () {
    MATCH (o:Entity {id: $actor})
    RETURN o
    UNION
    UNWIND CASE WHEN $actor IS NULL THEN [true] ELSE [] END AS everyone
    MATCH (o:Entity)
    RETURN o
  }
  CALL (o) {
    MATCH (s:Entity)-[r]->(o)
    WHERE
      // statement filter: cypher/filters/statement.cypher
      r.load IN $loads
      AND (size($statuses) = 0 OR r.status IN $statuses)
      AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
      AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
      AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
      // end statement filter
    WITH s, type(r) AS type, o, r, (type(r) = 'KILLED' AND o:Person) AS oneEvent
    ORDER BY r.date IS NULL, r.date, r.id
    WITH CASE WHEN oneEvent THEN null ELSE s END AS subject, type, o,
         count(r) AS size,
         collect(DISTINCT s) AS subjectNodes,
         collect(DISTINCT r.status) AS statuses,
         collect(DISTINCT coalesce(r.claimedBy, '')) AS claims,
         collect(DISTINCT r.claimedBy) AS claimantIds,
         collect(r)[..5] AS earliest
    WHERE size > 1 AND (size(statuses) > 1 OR size(claims) > 1 OR size(subjectNodes) > 1)
    RETURN subject, type, size, subjectNodes, statuses, claimantIds, earliest
  }
  RETURN subject, type, o, size, subjectNodes, statuses, claimantIds, earliest
  UNION ALL
  MATCH (s:Entity {id: $actor})-[r]->(o:Entity)
  WHERE o <> s AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH s, type(r) AS type, o, r, (type(r) = 'KILLED' AND o:Person) AS oneEvent
  ORDER BY r.date IS NULL, r.date, r.id
  WITH CASE WHEN oneEvent THEN null ELSE s END AS subject, type, o,
       count(r) AS size,
       collect(DISTINCT s) AS subjectNodes,
       collect(DISTINCT r.status) AS statuses,
       collect(DISTINCT coalesce(r.claimedBy, '')) AS claims,
       collect(DISTINCT r.claimedBy) AS claimantIds,
       collect(r)[..5] AS earliest
  WHERE size > 1 AND (size(statuses) > 1 OR size(claims) > 1 OR size(subjectNodes) > 1)
  RETURN subject, type, o, size, subjectNodes, statuses, claimantIds, earliest
}
WITH subject, type, o, size, subjectNodes, statuses, claimantIds, earliest,
     [x IN subjectNodes | x {.id, .name, .type}] AS subjects
ORDER BY 'denied' IN statuses DESC, size DESC, subjects[0].name, type, o.name, subjects[0].id, o.id
SKIP $offset
LIMIT $limit
// a group's first statements were kept while it was counted (in date order, the statement filter applied)
CALL (earliest, o) {
  UNWIND earliest AS r
  WITH r, startNode(r) AS s
  RETURN collect({id: r.id, type: type(r),
                  subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                  date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
                  claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                  source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                  ref: coalesce(r.ref, []), excerpt: r.excerpt,
                  place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note}) AS statements
}
RETURN subject {.id, .name, .type} AS subject,
       subjects,
       type,
       o {.id, .name, .type} AS object,
       statuses,
       size,
       COLLECT { MATCH (c:Entity) WHERE c.id IN claimantIds RETURN c {.id, .name, .type} ORDER BY c.name, c.id } AS claimants,
       statements
ORDER BY 'denied' IN statuses DESC, size DESC, subjects[0].name, type, object.name, subjects[0].id, object.id

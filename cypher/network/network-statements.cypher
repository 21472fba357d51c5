// The whole network, part 2 of 2: every statement that passes the filters, one row each, by subject (in the
// entity_id index's order) and then by statement id. Rows stream as they are found; only
// one subject's statements are sorted at a time. Sources, datasets and CITES are not part of the network.
// Each row: {statement}, the map every API response carries for a statement.
// Parameters as in network.cypher.
// `s.id >= ''` reads the subjects from the entity_id index, in its order (id order), with no sort that would wait
// for every row. There is no ORDER BY s.id: with it, the 5.26 planner trips over its own check
// (insertCachedProperties: "s.id should not appear non-cached", with assertions on, as in the tests).
// Example on the Panjshir data: {relationshipTypes: ['CAPTURED'], no other filter} includes a-001,
//   taliban -CAPTURED-> panjshir-valley.
MATCH (s:Entity)
WHERE s.id >= ''
CALL (s) {
  MATCH (s)-[r]->(o:Entity)
  WHERE
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH r, o ORDER BY r.id
  RETURN r, o
}
RETURN r {.id, type: type(r), subject: s {.id, .name, .type}, object: o {.id, .name, .type},
          .date, .dateEnd, .datePrecision, .status,
          claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
          source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
          ref: coalesce(r.ref, []), .excerpt,
          place: COLLECT { MATCH (p:Entity {id: r.place}) RETURN p {.id, .name, .type} }[0],
          .note} AS statement

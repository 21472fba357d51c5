// The test oracle for the streamed whole-network export: the query the export ran before it streamed, which
// collected the whole network into one row {nodes, statements} (too big a row at a million statements).
// WholeNetworkStreamTest checks that the streamed files hold exactly what this row holds.
// $asOf, $mode, $statuses, $entityTypes, $relationshipTypes: the shared statement filter, whose one meaning is
//   written in cypher/filters/statement.cypher (lists empty for all; undated statements hold at every date).
// Example on the Panjshir data: {asOf: date('2021-08-20'), mode: 'certain', statuses: [],
//   entityTypes: [], relationshipTypes: ['CAPTURED']} has no capture of panjshir-valley.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
WITH r, s, o ORDER BY r.id
WITH collect(r {.id, type: type(r), subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                .date, .dateEnd, .datePrecision, .status,
                claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                ref: coalesce(r.ref, []), .excerpt,
                place: COLLECT { MATCH (p:Entity {id: r.place}) RETURN p {.id, .name, .type} }[0],
                .note}) AS statements,
     collect(s) + collect(o) AS ends
RETURN COLLECT { UNWIND ends AS n WITH DISTINCT n ORDER BY n.id
                 RETURN n {.id, .name, .type, .aliases, .description} } AS nodes,
       statements

// The network: every statement that passes the filters, and the entities it connects. Sources,
// datasets and CITES are not part of it. One row: {nodes, statements}.
// $asOf: date or null; $mode: 'certain' (the statement's dateEnd is on or before $asOf) or 'possible'
//   (its date is); undated statements (family ties, geography) hold at every date.
// $statuses, $entityTypes, $relationshipTypes: lists, empty for all; with entity types, both ends count.
// Example on the Panjshir data: {asOf: date('2021-08-20'), mode: 'certain', statuses: [],
//   entityTypes: [], relationshipTypes: ['CAPTURED']} has no capture of panjshir-valley.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND r.load IN $loads AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($entityTypes) = 0 OR (s.type IN $entityTypes AND o.type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL
       OR CASE $mode WHEN 'possible' THEN r.date <= $asOf ELSE r.dateEnd <= $asOf END)
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

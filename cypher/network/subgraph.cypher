// The subgraph a canned query's answer names: the statements $statementIds that pass the filters, the
// entities they connect, and the entities $entityIds the answer names on their own. One row:
// {nodes, statements}. Other parameters as in network.cypher.
// Example on the Panjshir data: {statementIds: ['a-001'], entityIds: [], ...no filters} is
//   taliban -CAPTURED-> panjshir-valley.
OPTIONAL MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.id IN $statementIds
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND r.load IN $loads AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($entityTypes) = 0 OR (s.type IN $entityTypes AND o.type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL
       OR CASE $mode WHEN 'possible' THEN r.date <= $asOf ELSE r.dateEnd <= $asOf END)
WITH r, s, o ORDER BY r.id
WITH [x IN collect(r {.id, type: type(r), subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                .date, .dateEnd, .datePrecision, .status,
                claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                ref: coalesce(r.ref, []), .excerpt,
                place: COLLECT { MATCH (p:Entity {id: r.place}) RETURN p {.id, .name, .type} }[0],
                .note}) WHERE x IS NOT NULL] AS statements,
     collect(s.id) + collect(o.id) AS endIds
RETURN COLLECT { MATCH (n:Entity) WHERE n.id IN endIds OR n.id IN $entityIds
                 WITH n ORDER BY n.id
                 RETURN n {.id, .name, .type, .aliases, .description} } AS nodes,
       statements

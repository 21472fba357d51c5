// Exactly what the network view draws, as a network for the export formats: the actors $members, and
// every statement behind the drawn ties $ties (tie ids "source>target:family", as the view names them),
// passing the filters. One row: {nodes, statements}, as network.cypher answers.
// Parameters as in network.cypher, plus $members (entity ids), $ties and $families (as in view.cypher).
// Example on the Panjshir data: {members: ['pakistan', 'taliban'], ties: ['pakistan>taliban:backing'],
//   no filters} has both actors and 5 or more statements, among them the denial c-172.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.id IN $members AND o.id IN $members
  AND s.id + '>' + o.id + ':' + coalesce($families[type(r)], type(r)) IN $ties
  AND (
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  )
WITH r, s, o ORDER BY r.id
WITH collect(r {.id, type: type(r), subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                .date, .dateEnd, .datePrecision, .status,
                claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                ref: coalesce(r.ref, []), .excerpt,
                place: COLLECT { MATCH (p:Entity {id: r.place}) RETURN p {.id, .name, .type} }[0],
                .note}) AS statements
RETURN COLLECT { MATCH (n:Entity) WHERE n.id IN $members
                 WITH n ORDER BY n.id
                 RETURN n {.id, .name, .type, .aliases, .description} } AS nodes,
       statements

// The statements behind one tie of the network view: every statement from $from to $to whose
// relationship type is in family $family ($families maps each type to its family), passing the filters,
// in date order (undated last), paged by $offset and $limit. One row: {total, statements}; no row when
// $from or $to is unknown.
// Parameters as in network.cypher, plus $from, $to (entity ids), $family, $families, $offset, $limit.
// Example on the Panjshir data: {from: 'pakistan', to: 'taliban', family: 'backing', offset: 0,
//   limit: 20, no filters} has a total of 5 or more, among them the denial c-172.
MATCH (s:Entity {id: $from}), (o:Entity {id: $to})
OPTIONAL MATCH (s)-[r]->(o)
WHERE coalesce($families[type(r)], type(r)) = $family
  AND (
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  )
WITH r, s, o ORDER BY r.date IS NULL, r.date, r.id
WITH s, o, [x IN collect(r {.id, type: type(r), subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                .date, .dateEnd, .datePrecision, .status,
                claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                ref: coalesce(r.ref, []), .excerpt,
                place: COLLECT { MATCH (p:Entity {id: r.place}) RETURN p {.id, .name, .type} }[0],
                .note}) WHERE x IS NOT NULL] AS statements
RETURN size(statements) AS total, statements[$offset..$offset + $limit] AS statements

// The whole network, part 1 of 2: its nodes, one row each, in id order: every entity with at least one
// statement that passes the filters. network-statements.cypher then gives its statements. The export reads
// both in one read transaction, row by row as they stream (a first row in milliseconds, whatever the size):
// nothing here collects the network, so the transaction holds one entity's statements at a time.
// Each row: {node: {id, name, type, aliases, description}, start}, where start is the first day of the
// entity's first statement when every one of its statements is dated, else null (GEXF: when it appears).
// $asOf, $mode, $statuses, $entityTypes, $relationshipTypes: the shared statement filter, whose one meaning is
//   written in cypher/filters/statement.cypher (lists empty for all; undated statements hold at every date).
// Example on the Panjshir data: {asOf: null, mode: 'certain', statuses: [], entityTypes: [],
//   relationshipTypes: ['CAPTURED']} includes taliban and panjshir-valley, whose start is 2021-09-06.
// `n.id >= ''` makes the planner read entities in id order from the entity_id index, so no sort waits for all.
MATCH (n:Entity)
WHERE n.id >= ''
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  RETURN count(r) AS statements, min(r.date) AS first, count(r.date) AS dated
}
WITH n, statements, first, dated
WHERE statements > 0
RETURN n {.id, .name, .type, .aliases, .description} AS node,
       CASE WHEN dated = statements THEN first END AS start
ORDER BY n.id

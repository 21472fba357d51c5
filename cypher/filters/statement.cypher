// The shared statement filter: the one meaning of asOf with mode, statuses, types and datasets, as a Cypher
// boolean expression over a statement r. Every query that reads statements contains its lines word for word
// (indentation aside) between the two marker comments below, so each file still runs as it is in Neo4j Browser;
// StatementFilterBlocksTest checks every copy, and `mvn test -Dtest=StatementFilterBlocksTest -Dfilters.write=true`
// rewrites them from this file.
//
//   // statement filter: cypher/filters/statement.cypher
//   ...the lines below...
//   // end statement filter
//
// A statement passes when
// - datasets: it belongs to the live version of one of the datasets ($loads: every dataset, or those named by
//   datasets=, set by the service in the same read transaction);
// - statuses: its status is one of $statuses (empty: all);
// - types: its type is one of $relationshipTypes, and both its subject and its object have one of
//   $entityTypes (each list empty: all);
// - asOf, mode: it is undated (family ties, membership, geography: nothing dates them, so they hold at every
//   date), or its last possible day (mode 'certain') or its first possible day (mode 'possible') is on or
//   before $asOf (null: all dates).
r.load IN $loads
AND (size($statuses) = 0 OR r.status IN $statuses)
AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)

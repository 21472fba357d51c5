// After a bulk import, before the indexes are made (so these writes update none): actors and entity records
// without aliases get an empty list, as the online loader writes them (the importer cannot write an empty
// array). In batches.
MATCH (n)
WHERE (n:Entity OR n:EntityRecord) AND n.aliases IS NULL
CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS

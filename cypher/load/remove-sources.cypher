// Removes the sources of a load that is retired or died, with their citations, in batches.
MATCH (s:Source {load: $load})
CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 10000 ROWS

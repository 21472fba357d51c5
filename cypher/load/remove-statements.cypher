// Removes the statements of a load that is retired or died, in batches that commit on their own.
MATCH ()-[r]->()
WHERE r.load = $load
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS

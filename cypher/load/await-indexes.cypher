// Waits until every index is online, so the loader's MATCH by id uses the constraint's index.
CALL db.awaitIndexes(300)

// Waits until the eventually consistent full-text index holds every committed write (after a load's switch).
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()

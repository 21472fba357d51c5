// The node whose write lock is the loader's lock (load/lock.cypher); made once, idempotent.
MERGE (:LoadLock {name: 'loader'})

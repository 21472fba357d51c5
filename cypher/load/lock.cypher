// Taken inside a transaction that the loader keeps open for the whole load or unload: one writer at a time.
// The lock is the node's write lock, so it is released when the loader's connection ends, even by kill -9.
MERGE (m:LoadLock {name: 'loader'})
SET m.holder = $load

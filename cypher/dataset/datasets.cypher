// The datasets the database serves: for each, the version readers see (its load id and number), when it was
// loaded (and first loaded: the first-loaded dataset's name and description win for a shared actor), the
// fingerprint of its files, its counts, and how many of its actors other datasets declare too (read off each
// actor's merged view, whose datasets list the live versions that declare it: one pass over the actors).
CALL () {
  MATCH (e:Entity)
  WHERE size(e.datasets) > 1
  UNWIND e.datasets AS name
  WITH name, count(*) AS shared
  RETURN collect([name, shared]) AS sharedByDataset
}
MATCH (d:Dataset)
WITH d, sharedByDataset ORDER BY d.name
RETURN d.name AS name, d.version AS version, d.live AS load, toString(d.loadedAt) AS loadedAt,
       toString(d.firstLoadedAt) AS firstLoadedAt, d.fingerprint AS fingerprint,
       d.sources AS sources, d.entities AS entities, d.statements AS statements,
       coalesce([pair IN sharedByDataset WHERE pair[0] = d.name | pair[1]][0], 0) AS sharedEntities

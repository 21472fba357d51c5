// The datasets the database serves: for each, the version readers see (its load id and number), when it was
// loaded (and first loaded: the first-loaded dataset's name and description win for a shared actor), the
// fingerprint of its files, its counts, and how many of its actors other datasets declare too.
MATCH (d:Dataset)
WITH d ORDER BY d.name
RETURN d.name AS name, d.version AS version, d.live AS load, toString(d.loadedAt) AS loadedAt,
       toString(d.firstLoadedAt) AS firstLoadedAt, d.fingerprint AS fingerprint,
       d.sources AS sources, d.entities AS entities, d.statements AS statements,
       COUNT { MATCH (x:EntityRecord {load: d.live})
               WHERE EXISTS { MATCH (y:EntityRecord {id: x.id}) WHERE y.load <> d.live
                              AND EXISTS { MATCH (:Dataset {live: y.load}) } } } AS sharedEntities

// The switch, one small transaction: the dataset's live load becomes $load, the one it replaces is retired.
// Readers see the old version before this commits and the new one after, never a mix.
MERGE (d:Dataset {name: $dataset})
  ON CREATE SET d.firstLoadedAt = datetime({epochMillis: $rank})
WITH d, d.live AS previous
SET d.live = $load, d.version = coalesce(d.version, 0) + 1, d.loadedAt = datetime(), d.fingerprint = $fingerprint,
    d.sources = $sources, d.entities = $entities, d.statements = $statements
WITH d, previous
MATCH (l:Load {id: $load})
SET l.state = 'live', l.version = d.version, l.liveAt = d.loadedAt
WITH d, previous
OPTIONAL MATCH (old:Load {id: previous})
SET old.state = 'retired'
RETURN previous, d.version AS version

// The live load of every dataset: what readers see.
MATCH (d:Dataset)
RETURN d.name AS dataset, d.live AS load, d.firstLoadedAt AS firstLoadedAt, d.fingerprint AS fingerprint,
       d.sources AS sources, d.entities AS entities, d.statements AS statements
ORDER BY d.name

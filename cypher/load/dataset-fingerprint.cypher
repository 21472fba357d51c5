// The fingerprint of the files a dataset was loaded from, with its counts, or no row when it was never loaded.
MATCH (d:Dataset {name: $dataset})
RETURN d.fingerprint AS fingerprint, d.sources AS sources, d.entities AS entities, d.statements AS statements

// Records which files the database holds, so a restart does not reload an unchanged dataset.
CREATE (d:Dataset {name: $dataset})
SET d.dataset = $dataset, d.fingerprint = $fingerprint, d.loadedAt = datetime(),
    d.sources = $sources, d.entities = $entities, d.statements = $statements

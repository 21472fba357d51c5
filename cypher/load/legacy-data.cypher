// A database written before datasets had versions: Dataset nodes without a live load.
MATCH (d:Dataset) WHERE d.live IS NULL
RETURN count(d) > 0 AS legacy

// The live version of every dataset (in the order of system/live-loads.cypher) and its number of statements:
// answers are stored per set of live versions, and only for networks large enough to need it.
MATCH (d:Dataset)
WHERE d.live IS NOT NULL
RETURN d.name AS name, d.live AS load, coalesce(d.statements, 0) AS statements
ORDER BY name

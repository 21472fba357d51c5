// What /health reports about the database: its version and the datasets it serves.
CALL dbms.components() YIELD name, versions, edition
OPTIONAL MATCH (d:Dataset)
WITH name, versions, edition, d ORDER BY d.name
RETURN name, versions[0] AS version, edition,
       collect(d {.name, .entities, .statements, .sources, .fingerprint, .version, load: d.live,
                  loadedAt: toString(d.loadedAt), firstLoadedAt: toString(d.firstLoadedAt)}) AS datasets

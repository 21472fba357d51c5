// What /health reports about the database: its version and the datasets it holds.
CALL dbms.components() YIELD name, versions, edition
OPTIONAL MATCH (d:Dataset)
RETURN name, versions[0] AS version, edition,
       collect(d {.name, .entities, .statements, .sources, loadedAt: toString(d.loadedAt)}) AS datasets

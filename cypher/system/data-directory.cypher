// Where a Neo4j keeps its data: the command line joins a running service only if it serves the same folder.
SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.data' RETURN value

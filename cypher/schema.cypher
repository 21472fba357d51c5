// Conflict Graph schema: named, idempotent (IF NOT EXISTS), run by the loader before every load.
// Running it twice changes nothing.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT dataset_name IF NOT EXISTS FOR (d:Dataset) REQUIRE d.name IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_dataset IF NOT EXISTS FOR (e:Entity) ON (e.dataset);
CREATE INDEX source_dataset IF NOT EXISTS FOR (s:Source) ON (s.dataset);
// A statement's numbered references: the Source whose parent is the statement's source and whose ref is
// one of the statement's ref numbers (a seek per number, where walking CITES scanned every citation).
CREATE INDEX source_citation IF NOT EXISTS FOR (s:Source) ON (s.parent, s.ref);
// Search over names and aliases (aliases are a list of strings).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.searchText];

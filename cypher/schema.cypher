// Conflict Graph schema: named, idempotent (IF NOT EXISTS / IF EXISTS), run by the loader before every load.
// Running it twice changes nothing.
//
// Datasets are written in versions ("loads"): every Source, EntityRecord and statement carries the id of
// the load that wrote it, and a Dataset node names its live load. Readers see only live loads.

// Older databases keyed sources by id alone; versions of one dataset share source ids now.
DROP CONSTRAINT source_id IF EXISTS;
DROP INDEX source_citation IF EXISTS;
DROP INDEX entity_dataset IF EXISTS;
DROP INDEX source_dataset IF EXISTS;

// An entity id names one actor in the whole database, whichever datasets declare it.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
// The merged view waiting for a load's switch (see cypher/load/apply-views.cypher).
CREATE INDEX entity_next_op IF NOT EXISTS FOR (e:Entity) ON (e.nextOp);
// What one load of one dataset says about an entity: its contribution of type, name, aliases, description.
CREATE INDEX entity_record_id IF NOT EXISTS FOR (x:EntityRecord) ON (x.id);
CREATE INDEX entity_record_load IF NOT EXISTS FOR (x:EntityRecord) ON (x.load);
// A load's declarations page by page, in id order (cypher/load/declared-ids.cypher): a seek, not a scan and sort.
CREATE INDEX entity_record_load_id IF NOT EXISTS FOR (x:EntityRecord) ON (x.load, x.id);
CREATE CONSTRAINT source_load_id IF NOT EXISTS FOR (s:Source) REQUIRE (s.id, s.load) IS UNIQUE;
CREATE INDEX source_load IF NOT EXISTS FOR (s:Source) ON (s.load);
// A statement's numbered references: the Source of the same load whose parent is the statement's source and
// whose ref is one of the statement's ref numbers (a seek per number, where walking CITES scanned every citation).
CREATE INDEX source_load_citation IF NOT EXISTS FOR (s:Source) ON (s.parent, s.ref, s.load);
CREATE CONSTRAINT dataset_name IF NOT EXISTS FOR (d:Dataset) REQUIRE d.name IS UNIQUE;
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (l:Load) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT load_lock_name IF NOT EXISTS FOR (m:LoadLock) REQUIRE m.name IS UNIQUE;
// Search over names and aliases (aliases are a list of strings). Eventually consistent: a write does not wait
// for Lucene, which made loading actors about twice as fast; the loader waits for the index once, after its
// switch (cypher/load/await-search.cypher), so a search finds what a finished load wrote.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.searchText]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

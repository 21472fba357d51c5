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

// A statement is a relationship of its type; its id is unique within a load. Relationship indexes need a type,
// so each type of seeds/vocabulary.yml gets its own index on id: a lookup by id names every type
// (-[r:SUPPORTED|OPPOSED|...]-) and is planned as one index seek per type (StatementLookupTest checks both).
CREATE INDEX statement_id_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.id);
CREATE INDEX statement_id_opposed IF NOT EXISTS FOR ()-[r:OPPOSED]-() ON (r.id);
CREATE INDEX statement_id_fought IF NOT EXISTS FOR ()-[r:FOUGHT]-() ON (r.id);
CREATE INDEX statement_id_attacked IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.id);
CREATE INDEX statement_id_killed IF NOT EXISTS FOR ()-[r:KILLED]-() ON (r.id);
CREATE INDEX statement_id_wounded IF NOT EXISTS FOR ()-[r:WOUNDED]-() ON (r.id);
CREATE INDEX statement_id_captured IF NOT EXISTS FOR ()-[r:CAPTURED]-() ON (r.id);
CREATE INDEX statement_id_controls IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.id);
CREATE INDEX statement_id_withdrew_from IF NOT EXISTS FOR ()-[r:WITHDREW_FROM]-() ON (r.id);
CREATE INDEX statement_id_operated_in IF NOT EXISTS FOR ()-[r:OPERATED_IN]-() ON (r.id);
CREATE INDEX statement_id_blockaded IF NOT EXISTS FOR ()-[r:BLOCKADED]-() ON (r.id);
CREATE INDEX statement_id_fled_to IF NOT EXISTS FOR ()-[r:FLED_TO]-() ON (r.id);
CREATE INDEX statement_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX statement_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX statement_id_spokesperson_for IF NOT EXISTS FOR ()-[r:SPOKESPERSON_FOR]-() ON (r.id);
CREATE INDEX statement_id_relative_of IF NOT EXISTS FOR ()-[r:RELATIVE_OF]-() ON (r.id);
CREATE INDEX statement_id_negotiated_with IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.id);
CREATE INDEX statement_id_asked_to_mediate IF NOT EXISTS FOR ()-[r:ASKED_TO_MEDIATE]-() ON (r.id);
CREATE INDEX statement_id_allied_with IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.id);
CREATE INDEX statement_id_condemned IF NOT EXISTS FOR ()-[r:CONDEMNED]-() ON (r.id);
CREATE INDEX statement_id_accused IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.id);
CREATE INDEX statement_id_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.id);
CREATE INDEX statement_id_endorsed IF NOT EXISTS FOR ()-[r:ENDORSED]-() ON (r.id);
CREATE INDEX statement_id_appointed IF NOT EXISTS FOR ()-[r:APPOINTED]-() ON (r.id);
CREATE INDEX statement_id_declared IF NOT EXISTS FOR ()-[r:DECLARED]-() ON (r.id);
CREATE INDEX statement_id_defected_to IF NOT EXISTS FOR ()-[r:DEFECTED_TO]-() ON (r.id);
CREATE INDEX statement_id_surrendered_to IF NOT EXISTS FOR ()-[r:SURRENDERED_TO]-() ON (r.id);
CREATE INDEX statement_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);

// And each type gets an index on the statement's date (its first possible day), so that the network as of a
// day (cypher/queries/network-as-of.cypher) reads the statements of a span of days by seeks, newest first,
// instead of scanning and sorting every statement. Undated statements are not in these indexes.
CREATE INDEX statement_date_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.date);
CREATE INDEX statement_date_opposed IF NOT EXISTS FOR ()-[r:OPPOSED]-() ON (r.date);
CREATE INDEX statement_date_fought IF NOT EXISTS FOR ()-[r:FOUGHT]-() ON (r.date);
CREATE INDEX statement_date_attacked IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.date);
CREATE INDEX statement_date_killed IF NOT EXISTS FOR ()-[r:KILLED]-() ON (r.date);
CREATE INDEX statement_date_wounded IF NOT EXISTS FOR ()-[r:WOUNDED]-() ON (r.date);
CREATE INDEX statement_date_captured IF NOT EXISTS FOR ()-[r:CAPTURED]-() ON (r.date);
CREATE INDEX statement_date_controls IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.date);
CREATE INDEX statement_date_withdrew_from IF NOT EXISTS FOR ()-[r:WITHDREW_FROM]-() ON (r.date);
CREATE INDEX statement_date_operated_in IF NOT EXISTS FOR ()-[r:OPERATED_IN]-() ON (r.date);
CREATE INDEX statement_date_blockaded IF NOT EXISTS FOR ()-[r:BLOCKADED]-() ON (r.date);
CREATE INDEX statement_date_fled_to IF NOT EXISTS FOR ()-[r:FLED_TO]-() ON (r.date);
CREATE INDEX statement_date_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.date);
CREATE INDEX statement_date_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.date);
CREATE INDEX statement_date_spokesperson_for IF NOT EXISTS FOR ()-[r:SPOKESPERSON_FOR]-() ON (r.date);
CREATE INDEX statement_date_relative_of IF NOT EXISTS FOR ()-[r:RELATIVE_OF]-() ON (r.date);
CREATE INDEX statement_date_negotiated_with IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.date);
CREATE INDEX statement_date_asked_to_mediate IF NOT EXISTS FOR ()-[r:ASKED_TO_MEDIATE]-() ON (r.date);
CREATE INDEX statement_date_allied_with IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.date);
CREATE INDEX statement_date_condemned IF NOT EXISTS FOR ()-[r:CONDEMNED]-() ON (r.date);
CREATE INDEX statement_date_accused IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.date);
CREATE INDEX statement_date_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.date);
CREATE INDEX statement_date_endorsed IF NOT EXISTS FOR ()-[r:ENDORSED]-() ON (r.date);
CREATE INDEX statement_date_appointed IF NOT EXISTS FOR ()-[r:APPOINTED]-() ON (r.date);
CREATE INDEX statement_date_declared IF NOT EXISTS FOR ()-[r:DECLARED]-() ON (r.date);
CREATE INDEX statement_date_defected_to IF NOT EXISTS FOR ()-[r:DEFECTED_TO]-() ON (r.date);
CREATE INDEX statement_date_surrendered_to IF NOT EXISTS FOR ()-[r:SURRENDERED_TO]-() ON (r.date);
CREATE INDEX statement_date_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.date);

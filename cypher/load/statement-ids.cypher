// For validation: the id and dataset of every statement of the live loads $others, so that the loader can
// refuse a statement id another dataset already uses (statement ids name one statement in the whole database,
// as the API's lookups and the exports' edge ids need). One pass over the relationships; the loader keeps only
// the ids its folder also has.
MATCH ()-[r]->()
WHERE r.load IN $others
RETURN r.id AS id, r.dataset AS dataset

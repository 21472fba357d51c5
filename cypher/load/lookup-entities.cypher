// For validation: which of $ids are actors declared by the live loads $others, with their type and the dataset
// that declared them first (the lowest rank).
UNWIND $ids AS id
MATCH (x:EntityRecord {id: id})
WHERE x.load IN $others
WITH id, x ORDER BY x.rank
WITH id, collect(x)[0] AS first
RETURN id, first.type AS type, first.dataset AS dataset

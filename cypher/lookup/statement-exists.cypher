// Whether a statement with this id exists: a canned query that finds nothing for an unknown id answers 404.
MATCH ()-[r]->()
WHERE r.id = $id AND r.load IN $loads
RETURN count(r) > 0 AS exists

// Which of $ids name no entity: a canned query that finds nothing for an unknown id answers 404.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e
WHERE e IS NULL
RETURN collect(id) AS missing

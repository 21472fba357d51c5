// Which of $ids name no entity: a canned query that finds nothing for an unknown id answers 404.
UNWIND $ids AS id
WITH id
WHERE NOT EXISTS { MATCH (x:EntityRecord {id: id}) WHERE x.load IN $loads }
RETURN collect(id) AS missing

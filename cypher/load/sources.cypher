// One batch of sources: $rows = [{id, properties}]
UNWIND $rows AS row
CREATE (s:Source {id: row.id})
SET s += row.properties, s.dataset = $dataset

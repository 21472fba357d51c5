// One batch of sources of the load $load: $rows = [{id, properties}]
UNWIND $rows AS row
CREATE (s:Source {id: row.id})
SET s += row.properties, s.dataset = $dataset, s.load = $load

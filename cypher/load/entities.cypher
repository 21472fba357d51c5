// One batch of entities: $rows = [{id, type, properties}]; each node is :Entity plus its type label.
UNWIND $rows AS row
CREATE (e:Entity:$(row.type) {id: row.id})
SET e += row.properties, e.dataset = $dataset

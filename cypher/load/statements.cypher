// One batch of statements of the load $load: $rows = [{type, subject, object, properties}]; the
// relationship's type is the statement's type from the vocabulary.
UNWIND $rows AS row
MATCH (subject:Entity {id: row.subject})
MATCH (object:Entity {id: row.object})
CREATE (subject)-[r:$(row.type)]->(object)
SET r += row.properties, r.dataset = $dataset, r.load = $load

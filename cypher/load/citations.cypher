// Links each numbered reference to the source that cites it: $rows = [{id, parent, ref}]
UNWIND $rows AS row
MATCH (reference:Source {id: row.id})
MATCH (citing:Source {id: row.parent})
CREATE (citing)-[:CITES {ref: row.ref}]->(reference)

// Links each numbered reference to the source that cites it, within one load: $rows = [{id, parent, ref}]
UNWIND $rows AS row
MATCH (reference:Source {id: row.id, load: $load})
MATCH (citing:Source {id: row.parent, load: $load})
CREATE (citing)-[:CITES {ref: row.ref}]->(reference)

// One source: its fields, the document that cites it (for a numbered reference), the references it
// cites in number order, how many statements quote it, and its dataset. Source ids are unique within a
// dataset: one row per live dataset that uses $id.
MATCH (s:Source {id: $id})
WHERE s.load IN $loads
RETURN s {.id, .kind, .title, .publisher, .published, .url, .file, .parent, .ref, .note} AS source,
       [(s)<-[:CITES]-(p:Source) | p {.id, .title}][0] AS citedBy,
       COLLECT {
         MATCH (s)-[:CITES]->(x:Source)
         RETURN x {.id, .ref, .title, .publisher, .published, .url} AS reference
         ORDER BY toInteger(x.ref)
       } AS references,
       COUNT { ()-[r]->() WHERE r.load = s.load AND r.source = s.id } AS statements,
       s.dataset AS dataset
ORDER BY dataset

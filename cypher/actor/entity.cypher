// One entity with its statement counts by relationship type and direction (out: it is the subject).
MATCH (e:Entity {id: $id})
WHERE EXISTS { MATCH (x:EntityRecord {id: e.id}) WHERE x.load IN $loads }
CALL (e) {
  OPTIONAL MATCH (e)-[r]-()
  WHERE r.load IN $loads
  WITH type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, count(r) AS statements
  WHERE statements > 0
  ORDER BY type, direction
  RETURN collect({type: type, direction: direction, statements: statements}) AS counts
}
RETURN e {.id, .name, .type, .aliases, .description} AS entity, counts

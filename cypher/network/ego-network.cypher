// An ego network: the entities within $depth hops of $around (1 to 4, either direction, walking only
// the statements that pass the filters) and every filtered statement between them. One row:
// {tooMany, reached, nodes, statements}; no row when $around is unknown. The export holds it in memory, so
// it is capped: once more than $maxEntities entities are reached the walk stops, and the row has tooMany
// true, reached (how many it had reached, more than the cap) and no nodes or statements.
// Parameters as in network.cypher, plus $around (an entity id), $depth (1 to 4) and $maxEntities. The walk is four
// explicit breadth-first steps, each skipped past $depth: a shortest-path search per reachable entity
// was far slower on hub actors, and a quantifier bound cannot be a parameter.
// Example on the Panjshir data: {around: 'nrf', depth: 1, maxEntities: 5000, no filters} includes taliban.
MATCH (center:Entity {id: $around})
WITH center, [center] AS reached
CALL {
  WITH reached
  UNWIND reached AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE $depth >= 1 AND size(reached) <= $maxEntities AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  RETURN collect(DISTINCT b) AS step
}
WITH center, COLLECT { UNWIND reached + step AS x RETURN DISTINCT x } AS reached
CALL {
  WITH reached
  UNWIND reached AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE $depth >= 2 AND size(reached) <= $maxEntities AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  RETURN collect(DISTINCT b) AS step
}
WITH center, COLLECT { UNWIND reached + step AS x RETURN DISTINCT x } AS reached
CALL {
  WITH reached
  UNWIND reached AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE $depth >= 3 AND size(reached) <= $maxEntities AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  RETURN collect(DISTINCT b) AS step
}
WITH center, COLLECT { UNWIND reached + step AS x RETURN DISTINCT x } AS reached
CALL {
  WITH reached
  UNWIND reached AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE $depth >= 4 AND size(reached) <= $maxEntities AND
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  RETURN collect(DISTINCT b) AS step
}
WITH COLLECT { UNWIND reached + step AS x RETURN DISTINCT x } AS reached
WITH size(reached) > $maxEntities AS tooMany, size(reached) AS size, reached
WITH tooMany, size, CASE WHEN tooMany THEN [] ELSE reached END AS members
RETURN tooMany, size AS reached,
       COLLECT { UNWIND members AS n WITH n ORDER BY n.id RETURN n {.id, .name, .type, .aliases, .description} } AS nodes,
       COLLECT {
         UNWIND members AS s
         MATCH (s)-[r]->(o:Entity)
         WHERE o IN members AND
           // statement filter: cypher/filters/statement.cypher
           r.load IN $loads
           AND (size($statuses) = 0 OR r.status IN $statuses)
           AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
           AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
           AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
           // end statement filter
         WITH r, s, o ORDER BY r.id
         RETURN r {.id, type: type(r), subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                   .date, .dateEnd, .datePrecision, .status,
                   claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                   source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                   ref: coalesce(r.ref, []), .excerpt,
                   place: COLLECT { MATCH (p:Entity {id: r.place}) RETURN p {.id, .name, .type} }[0],
                   .note}
       } AS statements

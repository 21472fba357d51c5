// The subgraph a canned query's answer names: the statements $statementIds that pass the filters, the
// entities they connect, and the entities $entityIds the answer names on their own. One row:
// {nodes, statements}. Other parameters as in network.cypher.
// Example on the Panjshir data: {statementIds: ['a-001'], entityIds: [], ...no filters} is
//   taliban -CAPTURED-> panjshir-valley.
UNWIND $statementIds AS id
CALL (id) {
  // every statement type of seeds/vocabulary.yml, so the lookup by id is an index seek per type (statement_id_*);
  // one id at a time: `r.id IN $statementIds` followed by ORDER BY r.id trips the 5.26 planner (insertCachedProperties)
  MATCH (s:Entity)-[r:SUPPORTED|OPPOSED|FOUGHT|ATTACKED|KILLED|WOUNDED|CAPTURED|CONTROLS|WITHDREW_FROM|OPERATED_IN|BLOCKADED|FLED_TO|LEADS|MEMBER_OF|SPOKESPERSON_FOR|RELATIVE_OF|NEGOTIATED_WITH|ASKED_TO_MEDIATE|ALLIED_WITH|CONDEMNED|ACCUSED|HOSTED|ENDORSED|APPOINTED|DECLARED|DEFECTED_TO|SURRENDERED_TO|LOCATED_IN]->(o:Entity)
  WHERE r.id = id
  RETURN r, s, o
}
WITH r, s, o
WHERE
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
WITH r, s, o ORDER BY r.id
WITH [x IN collect(r {.id, type: type(r), subject: s {.id, .name, .type}, object: o {.id, .name, .type},
                .date, .dateEnd, .datePrecision, .status,
                claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                ref: coalesce(r.ref, []), .excerpt,
                place: COLLECT { MATCH (p:Entity {id: r.place}) RETURN p {.id, .name, .type} }[0],
                .note}) WHERE x IS NOT NULL] AS statements,
     collect(s.id) + collect(o.id) AS endIds
RETURN COLLECT { MATCH (n:Entity) WHERE n.id IN endIds OR n.id IN $entityIds
                 WITH n ORDER BY n.id
                 RETURN n {.id, .name, .type, .aliases, .description} } AS nodes,
       statements

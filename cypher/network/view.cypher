// The network view: the $limit actors with the most statements (their degree under the filters), each
// $expand actor with its $neighbours neighbours that share the most statements with it, the $add
// actors, and the ties among all of them. A tie is every statement from one actor to another in one
// relationship family ($families maps each relationship type to its family), counted, with its types
// and statuses. One row: {nodes, expansions, ties}; nodes by degree, highest first.
// Parameters as in network.cypher, plus $limit (0 or more), $expand and $add (entity ids), $neighbours
// and $families (a map, e.g. {SUPPORTED: 'backing', FOUGHT: 'fighting', ...}).
// Example on the Panjshir data: {limit: 150, expand: [], add: [], neighbours: 20, no filters} has
//   taliban and nrf among its nodes and one backing tie from pakistan to taliban with count 5 or more.
CALL {
  // one pass over the statements, each counted for both of its ends: half the work of matching
  // (s)-[r]-(o), which meets every statement twice
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  UNWIND [s, o] AS x
  WITH x, count(*) AS degree
  ORDER BY degree DESC, x.id
  LIMIT $limit
  RETURN collect({actor: x, degree: degree}) AS top
}
CALL {
  UNWIND $expand AS id
  MATCH (s:Entity {id: id})
  OPTIONAL MATCH (s)-[r]-(o:Entity)
  WHERE
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH s, o, count(r) AS evidence
  ORDER BY evidence DESC, o.id
  WITH s, [x IN collect(o) WHERE x IS NOT NULL AND x <> s] AS around
  RETURN collect({actor: s, neighbours: around[..$neighbours], more: size(around[$neighbours..])}) AS expansions
}
WITH top, expansions,
     COLLECT { MATCH (x:Entity) WHERE x.id IN $add RETURN x } AS added
WITH top, expansions, [t IN top | t.actor] + added + [e IN expansions | e.actor]
     + reduce(all = [], e IN expansions | all + e.neighbours) AS listed
UNWIND listed AS m
WITH DISTINCT m, top, expansions
// the top actors' degree is known already; only the others' is counted (a hub's takes a while)
WITH m, expansions, [t IN top WHERE t.actor = m | t.degree] AS known
WITH m, expansions, CASE WHEN size(known) > 0 THEN known[0] ELSE COUNT {
       MATCH (m)-[r]-(o:Entity)
       WHERE
         // statement filter: cypher/filters/statement.cypher
         r.load IN $loads
         AND (size($statuses) = 0 OR r.status IN $statuses)
         AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
         AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
         AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
         // end statement filter
     } END AS degree
ORDER BY degree DESC, m.id
WITH collect(m {.id, .name, .type, degree: degree}) AS nodes, collect(m) AS members, expansions
RETURN nodes,
       [e IN expansions | {actor: e.actor.id, neighbours: [n IN e.neighbours | n.id], more: e.more}] AS expansions,
       COLLECT {
         UNWIND members AS s
         MATCH (s)-[r]->(o:Entity)
         WHERE o IN members
           AND (
             // statement filter: cypher/filters/statement.cypher
             r.load IN $loads
             AND (size($statuses) = 0 OR r.status IN $statuses)
             AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
             AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
             AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
             // end statement filter
           )
         WITH s, o, coalesce($families[type(r)], type(r)) AS family, r
         ORDER BY type(r)
         WITH s, o, family, count(r) AS count, collect(DISTINCT type(r)) AS types, collect(DISTINCT r.status) AS statuses
         ORDER BY count DESC, s.id, o.id, family
         RETURN {source: s.id, target: o.id, family: family, count: count, types: types, statuses: statuses}
       } AS ties

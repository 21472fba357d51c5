// The dates behind a network view, for its time slider: everything needed to say, for any day and mode,
// which of the view's actors have a statement by then, their degree and the ties among them, without
// reading the statements again (the service keeps this per view and answers each day from it).
// One row: {actors, ties, others}.
// - actors: per actor of $members, its statements under the filters (asOf aside): how many (degree), how
//   many undated, and the start days (date) and end days (dateEnd) of the dated ones.
// - ties: per source, target, relationship type and status among $members: how many, how many undated,
//   their start and end days, and the family ($families maps each type to its family).
// - others: per expanded actor of $expansions ({actor, neighbours}: the neighbours the view draws for it),
//   each other neighbour with whether one of their statements is undated and the earliest start and end day.
// Dates are as stored (the service turns them into day numbers); an end day is listed only with its start.
// Parameters as in network.cypher, with $asOf null (the days are the answer), plus $members (entity ids),
// $expansions and $families (as in view.cypher).
// Example on the Panjshir data: {members: ['pakistan', 'taliban'], expansions: [], no filters} has an actor
//   taliban with degree 50 or more and a tie row from pakistan to taliban of type SUPPORTED, status denied.
CALL {
  UNWIND $members AS id
  MATCH (m:Entity {id: id})-[r]-(:Entity)
  WHERE
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH m, count(r) AS degree, count(r.date) AS dated, collect(r.date) AS starts,
       collect(CASE WHEN r.date IS NOT NULL THEN r.dateEnd END) AS ends
  RETURN collect({id: m.id, degree: degree, undated: degree - dated, starts: starts, ends: ends}) AS actors
}
CALL {
  UNWIND $members AS id
  MATCH (s:Entity {id: id})-[r]->(o:Entity)
  WHERE o.id IN $members
    AND (
      // statement filter: cypher/filters/statement.cypher
      r.load IN $loads
      AND (size($statuses) = 0 OR r.status IN $statuses)
      AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
      AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
      AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
      // end statement filter
    )
  WITH s.id AS source, o.id AS target, type(r) AS type, r.status AS status, count(r) AS count,
       count(r.date) AS dated, collect(r.date) AS starts, collect(CASE WHEN r.date IS NOT NULL THEN r.dateEnd END) AS ends
  RETURN collect({source: source, target: target, family: coalesce($families[type], type), type: type,
                  status: status, count: count, undated: count - dated, starts: starts, ends: ends}) AS ties
}
CALL {
  UNWIND $expansions AS x
  MATCH (e:Entity {id: x.actor})-[r]-(o:Entity)
  WHERE o <> e AND NOT o.id IN x.neighbours
    AND (
      // statement filter: cypher/filters/statement.cypher
      r.load IN $loads
      AND (size($statuses) = 0 OR r.status IN $statuses)
      AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
      AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
      AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
      // end statement filter
    )
  WITH x.actor AS actor, o, count(r) > count(r.date) AS undated, min(r.date) AS start,
       min(CASE WHEN r.date IS NOT NULL THEN r.dateEnd END) AS end
  WITH actor, collect({undated: undated, start: start, end: end}) AS others
  RETURN collect({actor: actor, others: others}) AS others
}
RETURN actors, ties, others

// Foreign involvement
//
// Every foreign state (a State whose name does not contain $home) and every organization that is a
// member of one (directly or through up to three MEMBER_OF links, such as an air force within armed
// forces within a state), with every stance each took toward a party of the conflict: one row per
// foreign actor and party, with the kinds of stance and every statement behind them. A party is any
// entity that is neither a place nor itself foreign.
//
// @param home string = Afghanistan the name that marks a state as home rather than foreign
// @param asOf date only statements dated on or before this day (see mode); undated statements always pass
// @param mode mode = certain certain: the statement's dateEnd is on or before asOf; possible: its date is
// @param statuses statuses only statements with one of these claim statuses (default: all six)
// @param types types only statements of these relationship types, between entities of these entity types (both ends)
// @param datasets datasets only statements of these datasets (default: every loaded dataset)
// @param limit integer 1..1000 = 500 the most rows returned
// @param offset integer 0..100000 = 0 rows skipped before the first one returned (the API's page.next sets it)
//
// @example statuses=denied,unconfirmed,claimed
// @expect country.id=pakistan actor.id=pakistan party.id=taliban stances=SUPPORTED statements.status=denied statements.claimedBy.id=pakistan-foreign-office
// @expect country.id=pakistan actor.id=pakistan-air-force party.id=fahim-dashty stances=KILLED
MATCH (state:State)
WHERE NOT state.name CONTAINS $home
// each foreign state's tree: whatever is a member of it through up to three MEMBER_OF links, walked
// breadth-first (one ring per link)
CALL (state) {
  WITH reduce(rings = [[state]], link IN range(1, 3) |
         rings + [COLLECT { UNWIND rings[-1] AS y
                            MATCH (x:Entity)-[m:MEMBER_OF]->(y)
                            WHERE m.load IN $loads AND NOT any(ring IN rings WHERE x IN ring)
                            RETURN DISTINCT x }]) AS rings
  RETURN reduce(tree = [], ring IN rings | tree + ring) AS members
}
UNWIND members AS actor
WITH state, actor
WHERE actor:State OR actor:Organization
MATCH (actor)-[r]->(party:Entity)
WHERE NOT party:Location
  AND NOT EXISTS { MATCH home = (party)-[:MEMBER_OF*0..3]->(other:State)
                   WHERE NOT other.name CONTAINS $home AND all(m IN relationships(home) WHERE m.load IN $loads) }
  AND
  // statement filter: cypher/filters/statement.cypher
  r.load IN $loads
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
  AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
  AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
  // end statement filter
// group first, then build the statements of this page's rows only
WITH DISTINCT state, actor, party
ORDER BY state.name, actor.name, party.name, state.id, actor.id, party.id
SKIP $offset
LIMIT $limit
CALL (actor, party) {
  MATCH (actor)-[r]->(party)
  WHERE
    // statement filter: cypher/filters/statement.cypher
    r.load IN $loads
    AND (size($statuses) = 0 OR r.status IN $statuses)
    AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)
    AND (size($entityTypes) = 0 OR (startNode(r).type IN $entityTypes AND endNode(r).type IN $entityTypes))
    AND ($asOf IS NULL OR r.date IS NULL OR CASE $mode WHEN 'possible' THEN r.date ELSE r.dateEnd END <= $asOf)
    // end statement filter
  WITH r ORDER BY type(r), r.date IS NULL, r.date, r.id
  RETURN collect({id: r.id, type: type(r),
                  subject: actor {.id, .name, .type}, object: party {.id, .name, .type},
                  date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
                  claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
                  source: COLLECT { MATCH (d:Source {id: r.source, load: r.load}) RETURN d {.id, .title} }[0],
                  ref: coalesce(r.ref, []), excerpt: r.excerpt,
                  place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note}) AS statements
}
RETURN state {.id, .name, .type} AS country,
       actor {.id, .name, .type} AS actor,
       party {.id, .name, .type} AS party,
       // the kinds of stance, by name (the statements come in that order)
       reduce(seen = [], st IN statements | CASE WHEN st.type IN seen THEN seen ELSE seen + st.type END) AS stances,
       statements
ORDER BY country.name, actor.name, party.name, country.id, actor.id, party.id

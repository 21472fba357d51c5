// The evidence behind a statement or a pair of actors
//
// For one statement (statement=id), or for every statement between two actors (from and to, either
// direction; with only from, every statement of that actor): the source document it was taken from,
// the numbered references of that document it cites (outlet, title, date, address), and its excerpt.
//
// @param statement statement the statement's id
// @param from entity one actor of the pair
// @param to entity the other actor of the pair
// @param statuses statuses keep only these claim statuses (default: all six)
// @param limit integer 1..1000 = 200 the most statements returned
//
// @example statement=c-172
// @expect statement.status=denied document.id=wp-panjshir-conflict references.ref=174 references.id=wp-ref-174
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($statement IS NULL OR r.id = $statement)
  AND ($from IS NULL OR $from IN [s.id, o.id])
  AND ($to IS NULL OR $to IN [s.id, o.id])
  AND r.load IN $loads AND (size($statuses) = 0 OR r.status IN $statuses)
MATCH (document:Source {id: r.source, load: r.load})
RETURN {id: r.id, type: type(r),
        subject: s {.id, .name, .type}, object: o {.id, .name, .type},
        date: r.date, dateEnd: r.dateEnd, datePrecision: r.datePrecision, status: r.status,
        claimedBy: COLLECT { MATCH (c:Entity {id: r.claimedBy}) RETURN c {.id, .name, .type} }[0],
        source: document {.id, .title},
        ref: coalesce(r.ref, []), excerpt: r.excerpt,
        place: COLLECT { MATCH (l:Entity {id: r.place}) RETURN l {.id, .name, .type} }[0], note: r.note} AS statement,
       document {.id, .kind, .title, .publisher, .published, .url} AS document,
       COLLECT { UNWIND coalesce(r.ref, []) AS n
                 MATCH (x:Source {parent: r.source, ref: n, load: r.load})
                 RETURN x {.id, .ref, .title, .publisher, .published, .url} } AS references,
       r.excerpt AS excerpt
ORDER BY r.date IS NULL, r.date, r.id
LIMIT $limit

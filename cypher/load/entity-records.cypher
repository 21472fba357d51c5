// The declarations of $ids by the loads $after (those live once the pending switch is made), with their rank
// (the loader puts the first-declared first), and the entity's current merged view: the loader computes the
// new view from these.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, e.type AS type, e.name AS name, e.aliases AS aliases, e.description AS description,
       e.datasets AS datasets, e.searchText AS searchText,
       COLLECT { MATCH (x:EntityRecord {id: id}) WHERE x.load IN $after
                 RETURN x {.dataset, .type, .name, .aliases, .description, .rank} } AS records

// For a reload or an unload: which of $ids (actors the dataset stops declaring) no other live load declares
// but another live load's statements still use, as an end, a claimant or a place. Such an actor must stay
// declared. One row per actor, with the datasets that use it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { MATCH (x:EntityRecord {id: id}) WHERE x.load IN $others }
WITH e, id,
     COLLECT { MATCH (e)-[r]-() WHERE r.load IN $others RETURN DISTINCT r.dataset } AS ends
RETURN id, ends AS datasets

// One batch of entity declarations of the load $load: $rows = [{id, type, view, record}].
// The actor is shared: the first load that declares an id creates it with that load's view (invisible to
// readers until the load is live, since readers see an entity only through a live EntityRecord). Every
// declaration is an EntityRecord of its own, so each dataset's contribution is kept apart.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e += row.view, e.createdBy = $load
CREATE (x:EntityRecord {id: row.id, load: $load, dataset: $dataset, rank: $rank})
SET x += row.record, x.created = (e.createdBy = $load)

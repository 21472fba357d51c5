// One batch of entity declarations of the load $load: $rows = [{id, type, view, record}].
// The actor is shared: the first load that declares an id creates it with that load's view (invisible to
// readers until the load is live, since readers see an entity only through a live EntityRecord). Every
// declaration is an EntityRecord of its own, so each dataset's contribution is kept apart. (Not MERGE: one
// loader runs at a time, and a lookup then a create is half again as fast.)
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
CALL (row, existing) {
  WITH row WHERE existing IS NULL
  CREATE (e:Entity {id: row.id})
  SET e:$(row.type), e += row.view, e.createdBy = $load
}
CREATE (x:EntityRecord {id: row.id, load: $load, dataset: $dataset, rank: $rank})
SET x += row.record, x.created = existing IS NULL

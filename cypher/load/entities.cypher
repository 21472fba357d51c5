// One batch of entity declarations of the load $load: $rows = [{id, type, exists, view, record}].
// The actor is shared: the first load that declares an id creates it with that load's view (invisible to
// readers until the load is live, since readers see an entity only through a live EntityRecord). Every
// declaration is an EntityRecord of its own, so each dataset's contribution is kept apart. `exists` says whether
// another dataset or this dataset's live version declares the actor already, as the loader learnt while
// validating: no lookup per row (one loader runs at a time; were it wrong, the entity_id constraint would fail
// the batch, and with it the load).
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE NOT row.exists
  CREATE (e:Entity {id: row.id})
  SET e:$(row.type), e += row.view, e.createdBy = $load
}
CREATE (x:EntityRecord {id: row.id, load: $load, dataset: $dataset, rank: $rank})
SET x += row.record, x.created = NOT row.exists

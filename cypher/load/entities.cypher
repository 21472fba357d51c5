// One batch of entity declarations of the load $load: $rows = [{id, type, exists, view, record}].
// The actor is shared: the first load that declares an id creates it with that load's view (invisible to
// readers until the load is live, since readers see an entity only through a live EntityRecord). Every
// declaration is an EntityRecord of its own, so each dataset's contribution is kept apart. `exists` says whether
// another dataset or this dataset's live version declares the actor already, as the loader learnt while
// validating: no lookup per row (one loader runs at a time; were it wrong, the entity_id constraint would fail
// the batch, and with it the load).
// Every property is set in the CREATE itself: no read follows a write, so the plan streams the rows, where a
// subquery per row and SET += planned four Eager steps that held the whole batch in the server's memory (the CPU
// cost is the same: the time goes to committing the nodes and updating their indexes).
UNWIND $rows AS row
CREATE (:EntityRecord {id: row.id, load: $load, dataset: $dataset, rank: $rank, type: row.record.type,
                       name: row.record.name, aliases: row.record.aliases, description: row.record.description,
                       created: NOT row.exists})
WITH row
WHERE NOT row.exists
CREATE (:Entity:$(row.type) {id: row.id, type: row.view.type, name: row.view.name, aliases: row.view.aliases,
                             description: row.view.description, datasets: row.view.datasets,
                             searchText: row.view.searchText, createdBy: $load})

// Stores the merged view that entities take when the operation $op switches: $rows = [{id, view}].
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.nextOp = $op, e.nextType = row.view.type, e.nextName = row.view.name, e.nextAliases = row.view.aliases,
    e.nextDescription = row.view.description, e.nextDatasets = row.view.datasets, e.nextSearchText = row.view.searchText

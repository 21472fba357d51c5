// Part of the switch transaction: entities whose merged view changes with the operation $op take it.
MATCH (e:Entity {nextOp: $op})
CALL (e) {
  WITH e WHERE e.nextType <> e.type
  REMOVE e:$(e.type)
  SET e:$(e.nextType)
}
SET e.type = e.nextType, e.name = e.nextName, e.aliases = e.nextAliases, e.description = e.nextDescription,
    e.datasets = e.nextDatasets, e.searchText = e.nextSearchText
REMOVE e.nextOp, e.nextType, e.nextName, e.nextAliases, e.nextDescription, e.nextDatasets, e.nextSearchText

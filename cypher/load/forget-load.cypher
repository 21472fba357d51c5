// The last step of removing a load: pending views it left on shared actors, and its Load node.
CALL () {
  MATCH (e:Entity {nextOp: $load})
  REMOVE e.nextOp, e.nextType, e.nextName, e.nextAliases, e.nextDescription, e.nextDatasets, e.nextSearchText
}
MATCH (l:Load {id: $load})
DELETE l

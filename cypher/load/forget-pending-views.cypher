// Pending views that an unload which died left on shared actors (an unload writes no Load node of its own).
MATCH (e:Entity)
WHERE e.nextOp IS NOT NULL
REMOVE e.nextOp, e.nextType, e.nextName, e.nextAliases, e.nextDescription, e.nextDatasets, e.nextSearchText

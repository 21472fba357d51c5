// The switch of an unload, one small transaction: the dataset disappears from what readers see.
MATCH (d:Dataset {name: $dataset})
WITH d, d.live AS previous
DELETE d
WITH previous
MATCH (old:Load {id: previous})
SET old.state = 'retired'
RETURN previous

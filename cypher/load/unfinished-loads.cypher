// Loads that began writing and never became live or finished retiring: with the load lock held, no other
// loader runs, so these are leftovers of a load or an unload that died (or a retired version not yet removed).
MATCH (l:Load)
WHERE l.state IN ['writing', 'retired']
RETURN l.id AS load, l.dataset AS dataset, l.state AS state
ORDER BY l.startedAt

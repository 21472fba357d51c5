// Records that the load $load of $dataset begins writing, so a dead load's leftovers can be found.
CREATE (:Load {id: $load, dataset: $dataset, state: 'writing', startedAt: datetime()})

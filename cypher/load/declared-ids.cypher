// One page of the entity ids that the load $load declares without having created the actor (ids after $after,
// in order), for the merged-view update. A seek on entity_record_load_id.
MATCH (x:EntityRecord)
WHERE x.load = $load AND x.id > $after AND NOT coalesce(x.created, false)
RETURN x.id AS id
ORDER BY id
LIMIT $limit

// One page of the entity ids that the live load $load declares (ids after $after, in order). A seek on
// entity_record_load_id.
MATCH (x:EntityRecord)
WHERE x.load = $load AND x.id > $after
RETURN x.id AS id
ORDER BY id
LIMIT $limit

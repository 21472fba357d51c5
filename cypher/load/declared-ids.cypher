// One page of the entity ids that the load $load declares (ids after $after, in order), for the view update.
MATCH (x:EntityRecord {load: $load})
WHERE x.id > $after AND NOT coalesce(x.created, false)
RETURN x.id AS id
ORDER BY id
LIMIT $limit

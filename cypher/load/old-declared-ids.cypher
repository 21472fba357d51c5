// One page of the entity ids that the live load $load declares (ids after $after, in order).
MATCH (x:EntityRecord {load: $load})
WHERE x.id > $after
RETURN x.id AS id
ORDER BY id
LIMIT $limit

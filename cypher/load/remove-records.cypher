// Removes the entity records of a load that is retired or died, in batches; an actor that no record declares
// any more goes with its last record (its statements are gone by now: a live load never refers to an actor
// that no live load declares).
MATCH (x:EntityRecord {load: $load})
CALL (x) {
  WITH x, x.id AS id
  DELETE x
  WITH id
  MATCH (e:Entity {id: id})
  WHERE NOT EXISTS { MATCH (:EntityRecord {id: id}) }
  DETACH DELETE e
} IN TRANSACTIONS OF 5000 ROWS

// One batch of statements of the load $load: $rows = [{type, subject, object, id, status, date, dateEnd,
// datePrecision, claimedBy, source, ref, excerpt, place, note}]; the relationship's type is the statement's
// type from the vocabulary. A null value (the loader sends an empty ref list as null) sets no property, as the
// bulk importer leaves empty fields out. Every property is set in the CREATE itself, so the
// plan streams the rows (SET += after the CREATE planned an Eager that held the whole batch in memory).
UNWIND $rows AS row
MATCH (subject:Entity {id: row.subject})
MATCH (object:Entity {id: row.object})
CREATE (subject)-[:$(row.type) {id: row.id, status: row.status, date: row.date, dateEnd: row.dateEnd,
                                datePrecision: row.datePrecision, claimedBy: row.claimedBy, source: row.source,
                                ref: row.ref, excerpt: row.excerpt, place: row.place, note: row.note,
                                dataset: $dataset, load: $load}]->(object)

// Every source (documents and the numbered references they cite), with how many statements quote it, one
// page ($offset, $limit) at a time: documents first, then the references, grouped by the document citing them.
// Sources and quoting statements are grouped together by (id, load) in one pass over each, rather than
// comparing every source with every statement.
CALL () {
  MATCH (s:Source)
  WHERE s.load IN $loads
  RETURN s.id AS id, s.load AS load, s AS source, 0 AS quotes
  UNION ALL
  MATCH ()-[r]->()
  WHERE r.load IN $loads AND r.source IS NOT NULL
  RETURN r.source AS id, r.load AS load, null AS source, 1 AS quotes
}
WITH id, load, collect(source)[0] AS s, sum(quotes) AS statements
WHERE s IS NOT NULL AND ($kind IS NULL OR s.kind = $kind)
RETURN s {.id, .kind, .title, .publisher, .published, .url, .parent, .ref} AS source,
       statements
ORDER BY s.parent IS NOT NULL, coalesce(s.parent, s.id), toInteger(s.ref), s.id, s.load
SKIP $offset
LIMIT $limit

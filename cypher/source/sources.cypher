// Every source (documents and the numbered references they cite), with how many statements quote it.
CALL () {
  MATCH ()-[r]->()
  WHERE r.load IN $loads AND r.source IS NOT NULL
  RETURN collect(r.source) AS quoted
}
MATCH (s:Source)
WHERE s.load IN $loads AND ($kind IS NULL OR s.kind = $kind)
RETURN s {.id, .kind, .title, .publisher, .published, .url, .parent, .ref} AS source,
       size([q IN quoted WHERE q = s.id]) AS statements
ORDER BY s.parent IS NOT NULL, coalesce(s.parent, s.id), toInteger(s.ref), s.id
LIMIT $limit

// The versions readers see: the live load of every dataset. Every read query takes them as $loads and keeps
// only statements, sources and entity records of these loads. In Neo4j Browser:
//   :param loads => COLLECT { MATCH (d:Dataset) RETURN d.live }
MATCH (d:Dataset)
RETURN collect(d.live) AS loads

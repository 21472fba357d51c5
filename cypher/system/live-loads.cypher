// The versions readers see: the live load of every dataset, by dataset name. Every read query takes them as
// $loads (all of them, or those of the datasets a request names with datasets=) and keeps only statements,
// sources and entity records of these loads. In Neo4j Browser:
//   :param datasets => [];                  (or ['panjshir'], as datasets=panjshir)
//   :param loads => COLLECT { MATCH (d:Dataset) WHERE size($datasets) = 0 OR d.name IN $datasets RETURN d.live };
MATCH (d:Dataset)
WHERE d.live IS NOT NULL
RETURN d.name AS name, d.live AS load
ORDER BY name

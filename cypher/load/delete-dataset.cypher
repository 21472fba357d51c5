// Removes one dataset's nodes and, with them, its statements. Runs inside the load transaction, so a
// reader sees either the old dataset or the new one.
MATCH (n)
WHERE (n:Entity OR n:Source OR n:Dataset) AND n.dataset = $dataset
DETACH DELETE n

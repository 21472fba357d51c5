// Removes the data of a database written before datasets had versions, in batches; the dataset is then
// loaded again. Such a database has no EntityRecord and no Load: every Entity, Source and Dataset is legacy.
MATCH (n)
WHERE n:Entity OR n:Source OR n:Dataset
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS

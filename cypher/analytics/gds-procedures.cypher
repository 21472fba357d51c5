// The Graph Data Science procedures this database offers: the analytics queries (key-brokers,
// communities, influence) need the ones they call; without them the API answers 501 instead of running.
SHOW PROCEDURES YIELD name
WHERE name STARTS WITH 'gds.'
RETURN collect(name) AS names

// The in-memory graphs the analytics queries project: each query drops its own when it ends, but one stopped
// on the query time limit leaves its graph behind, and the service drops those (Analytics.dropLeftovers).
CALL gds.graph.list() YIELD graphName, creationTime
WHERE graphName STARTS WITH 'key-brokers-' OR graphName STARTS WITH 'communities-' OR graphName STARTS WITH 'influence-'
RETURN graphName AS name, creationTime < datetime() - duration({seconds: $olderThanSeconds}) AS old

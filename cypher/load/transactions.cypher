// The transactions running now, for the wait after a switch: a load removes the old version only once every
// read that began before the switch has ended.
SHOW TRANSACTIONS YIELD transactionId, database, startTime, metaData, currentQuery

package org.conflictgraph.load;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.conflictgraph.system.CypherFiles;

import java.time.Duration;
import java.util.Map;

/**
 * One loader at a time. The lock is the write lock on the {@code LoadLock} node, held by a transaction that
 * stays open for the whole load and is rolled back at the end. When a loader dies, even by {@code kill -9}, its
 * connection closes, the database ends the transaction and the lock is free again: a load that finds the lock
 * free knows that every unfinished load it sees is dead.
 */
final class LoadLock implements AutoCloseable {
    /** Marks the lock's transaction, so the wait for older readers does not wait for it. */
    static final String METADATA_KEY = "conflictgraph";
    static final String METADATA_VALUE = "load-lock";
    private static final Duration PROBE = Duration.ofSeconds(3);

    private final Session session;
    private final Transaction tx;

    private LoadLock(Session session, Transaction tx) {
        this.session = session;
        this.tx = tx;
    }

    /**
     * Takes the lock for the operation {@code op}.
     *
     * @throws LoadRefusedException when another load or unload holds it
     */
    static LoadLock take(Driver driver, String database, String op) {
        return take(driver, database, op, PROBE);
    }

    /** Takes the lock, waiting at most {@code wait} for another holder to let go (a dead one's lock goes with its connection). */
    static LoadLock take(Driver driver, String database, String op, Duration wait) {
        probe(driver, database, op, wait);
        Session session = driver.session(SessionConfig.forDatabase(database));
        try {
            Transaction tx = session.beginTransaction(TransactionConfig.builder()
                    .withMetadata(Map.of(METADATA_KEY, METADATA_VALUE)).build());
            tx.run(CypherFiles.read("load/lock.cypher"), Map.of("load", op)).consume();
            return new LoadLock(session, tx);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Tries the lock with a short time limit, so a second loader says at once that one is running. */
    private static void probe(Driver driver, String database, String op, Duration wait) {
        try (Session session = driver.session(SessionConfig.forDatabase(database));
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(wait).build())) {
            tx.run(CypherFiles.read("load/lock.cypher"), Map.of("load", op)).consume();
            tx.rollback();
        } catch (ServiceUnavailableException e) {
            throw e;
        } catch (Neo4jException e) {
            String code = e.code() == null ? "" : e.code();
            if (code.contains("Transaction") || code.contains("Lock") || code.contains("Terminated")) {
                throw new LoadRefusedException("Another load or unload is running against this database; "
                        + "try again when it has finished.");
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            tx.rollback();
        } catch (RuntimeException e) {
            // the connection may be gone already; the database then ended the transaction itself
        } finally {
            session.close();
        }
    }
}

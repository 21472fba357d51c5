package org.conflictgraph.system;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.util.Map;

/** A second harness instance standing in for an external server (NEO4J_URI): Bolt on a free loopback port. */
public final class SeparateNeo4j {
    private SeparateNeo4j() {}

    public static Neo4j start() {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /** The service started against {@code database} as NEO4J_URI would start it, on a free HTTP port. */
    public static EmbeddedServer service(Neo4j database) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "neo4j.uri", database.boltURI().toString(),
                "micronaut.server.port", -1), "test");
    }
}

package org.conflictgraph.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The embedded database")
class EmbeddedNeo4jTest {

    @Test
    @DisplayName("refuses a taken port with a message that names it and says how to choose another")
    void takenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var config = new Neo4jConfiguration.EmbeddedConfiguration();
            config.setEphemeral(true);
            config.setBoltPort(taken.getLocalPort());
            var e = assertThrows(EmbeddedNeo4j.PortInUseException.class,
                    () -> EmbeddedNeo4j.start(config, new BaseDir(".")));
            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("NEO4J_EMBEDDED_BOLT_PORT"), e.getMessage());
        }
    }
}

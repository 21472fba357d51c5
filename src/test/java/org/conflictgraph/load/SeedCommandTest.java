package org.conflictgraph.load;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader's command line on the failures a user can act on: one line each, an exit code, no stack trace. */
@DisplayName("conflict-graph load / unload / validate: expected failures")
class SeedCommandTest {

    record Outcome(int exit, List<String> errorLines) {}

    static Outcome run(Map<String, Object> properties, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ApplicationContext context = ApplicationContext.builder(Environment.CLI).properties(properties).start()) {
            int exit = new CommandLine(SeedCommand.class, new MicronautFactory(context)).execute(args);
            return new Outcome(exit, captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
        } finally {
            System.setErr(err);
        }
    }

    static String small() {
        return GraphLoaderTest.fixture("small").toString();
    }

    @Test
    @DisplayName("a database that is down: exit 2 and one line naming it")
    void databaseDown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free again once closed: nothing listens there
        }
        Outcome out = run(Map.of("neo4j.uri", "bolt://127.0.0.1:" + port), "load", small());
        assertEquals(SeedCommand.NO_DATABASE, out.exit());
        assertEquals(1, out.errorLines().size(), out.errorLines().toString());
        assertTrue(out.errorLines().get(0).startsWith("The database cannot be reached"), out.errorLines().get(0));
    }

    @Test
    @DisplayName("the Bolt port held by something that is not this service's Neo4j: exit 2 and one line naming the port")
    void portTaken(@TempDir Path data) throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            Outcome out = run(Map.of("neo4j.embedded.ephemeral", false, "neo4j.embedded.data-dir", data.toString(),
                    "neo4j.embedded.bolt-port", squatter.getLocalPort(), "neo4j.embedded.http-port", 0), "unload", "anything");
            assertEquals(SeedCommand.NO_DATABASE, out.exit());
            assertEquals(1, out.errorLines().size(), out.errorLines().toString());
            assertTrue(out.errorLines().get(0).startsWith("Port " + squatter.getLocalPort() + " on 127.0.0.1 is in use, but not by"),
                    out.errorLines().get(0));
        }
    }

    @Test
    @DisplayName("validate --alone checks a folder without any database: the malformed fixture's problems, exit 1")
    void validateAlone() {
        Path dir = GraphLoaderTest.fixture("malformed/disallowed-endpoint");
        Outcome out = run(Map.of("neo4j.uri", "bolt://127.0.0.1:1"), "validate", "--alone", dir.toString());
        assertEquals(SeedCommand.REFUSED, out.exit());
        assertEquals("2 problem(s); nothing was written.", out.errorLines().get(out.errorLines().size() - 1));
        assertTrue(out.errorLines().get(0).startsWith("relationships.csv:5:3: subject:"), out.errorLines().get(0));
    }
}

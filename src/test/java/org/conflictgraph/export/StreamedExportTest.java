package org.conflictgraph.export;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.generate.DatasetGenerator;
import org.conflictgraph.load.GraphLoader;
import org.conflictgraph.load.Progress;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole network of a generated dataset of 50,000 statements streams: the response is chunked, its first
 * bytes arrive while the export's read transaction is still running, and the file is complete at the end.
 */
@MicronautTest
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "conflictgraph.export.around-max-entities", value = "100")
@DisplayName("GET /api/network streams a 50,000-statement network, and caps ego networks")
class StreamedExportTest {
    /** Words of network.cypher and network-statements.cypher, which the database shows as the export's query. */
    static final String RUNNING = """
            SHOW TRANSACTIONS YIELD currentQuery
            WHERE currentQuery CONTAINS 'The whole network, part ' AND NOT currentQuery STARTS WITH 'SHOW'
            RETURN count(*) AS running""";

    @Inject
    EmbeddedServer server;

    @Inject
    GraphLoader loader;

    @Inject
    Vocabulary vocabulary;

    @Inject
    Driver driver;

    long exportsRunning() {
        return driver.executableQuery(RUNNING).execute().records().get(0).get("running").asLong();
    }

    @Test
    @DisplayName("GraphML: chunked, first bytes while the read still runs, every statement by the end")
    void shouldStreamTheWholeNetwork(@TempDir Path tmp) throws Exception {
        new DatasetGenerator(vocabulary, 7, 50_000, 10_000, "streamed").write(tmp.resolve("streamed"));
        loader.load(tmp.resolve("streamed"), Progress.NONE);
        long statements = driver.executableQuery("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n")
                .execute().records().get(0).get("n").asLong();
        assertTrue(statements > 50_000, "the seed and the generated statements: " + statements);

        long started = System.nanoTime();
        HttpURLConnection http = (HttpURLConnection) new URL(server.getURL() + "/api/network?format=graphml").openConnection();
        assertEquals(200, http.getResponseCode());
        assertEquals("chunked", http.getHeaderField("Transfer-Encoding"), "no length up front: the body streams");
        assertNull(http.getHeaderField("Content-Length"));
        try (InputStream body = http.getInputStream()) {
            byte[] first = body.readNBytes(4096);
            double firstMillis = (System.nanoTime() - started) / 1e6;
            assertTrue(new String(first, StandardCharsets.UTF_8).startsWith("<?xml"), "a GraphML file begins");
            // the client reads nothing more for a while: the export waits for it, its read transaction open
            Thread.sleep(1000);
            assertEquals(1, exportsRunning(), "the first bytes arrived while the statements were still being read");

            long edges = count(body, "<edge ".getBytes(StandardCharsets.UTF_8)) + count(first, "<edge ");
            double totalMillis = (System.nanoTime() - started) / 1e6;
            System.out.printf("50,000-statement GraphML export: first 4 KiB after %.0f ms, all %d edges after %.0f ms%n",
                    firstMillis, edges, totalMillis);
            assertEquals(statements, edges, "every statement is an edge");
        }
        assertEquals(0, exportsRunning(), "the read ended with the file");
    }

    @Test
    @DisplayName("an ego network past the cap is a 400 problem that names the cap, never a partial file")
    void shouldRefuseAnEgoNetworkPastTheCap() throws Exception {
        HttpURLConnection small = (HttpURLConnection) new URL(server.getURL() + "/api/network?format=json&around=nrf&depth=1").openConnection();
        assertEquals(200, small.getResponseCode(), "the NRF's neighbours are fewer than 100");
        small.getInputStream().close();
        HttpURLConnection big = (HttpURLConnection) new URL(server.getURL() + "/api/network?format=json&around=nrf&depth=2").openConnection();
        assertEquals(400, big.getResponseCode());
        assertEquals("application/problem+json", big.getContentType());
        String problem = new String(big.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(problem.contains("more than 100 entities"), problem);
    }

    private static long count(byte[] bytes, String needle) throws java.io.IOException {
        return count(new java.io.ByteArrayInputStream(bytes), needle.getBytes(StandardCharsets.UTF_8));
    }

    /** Occurrences of {@code needle} in the stream (needles that start once a match fails are not skipped: no self-overlap here). */
    private static long count(InputStream in, byte[] needle) throws java.io.IOException {
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == needle[matched]) {
                    if (++matched == needle.length) {
                        found++;
                        matched = 0;
                    }
                } else {
                    matched = buffer[i] == needle[0] ? 1 : 0;
                }
            }
        }
        return found;
    }
}

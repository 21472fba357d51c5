package org.conflictgraph.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@code cypher/} files that ship on the classpath. The service runs these same files, so
 * what a user pastes into Neo4j Browser is what the API runs.
 */
public final class CypherFiles {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {}

    /** The text of {@code cypher/<path>}, exactly as in the file. */
    public static String read(String path) {
        return CACHE.computeIfAbsent(path, CypherFiles::load);
    }

    /** The statements of a script, split on the semicolons that end a line; comment lines dropped. */
    public static List<String> statements(String path) {
        String withoutComments = read(path).lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String load(String path) {
        String resource = "cypher/" + path;
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

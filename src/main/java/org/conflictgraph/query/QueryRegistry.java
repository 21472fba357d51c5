package org.conflictgraph.query;

import jakarta.inject.Singleton;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every canned query: the {@code cypher/queries/*.cypher} files on the classpath, read once at
 * start-up. The file name without {@code .cypher} is the query's name in the API.
 */
@Singleton
public final class QueryRegistry {
    static final String FOLDER = "queries";

    private final Map<String, CannedQuery> queries;

    public QueryRegistry() {
        Map<String, CannedQuery> byName = new TreeMap<>();
        for (String file : files()) {
            String name = file.substring(0, file.length() - ".cypher".length());
            byName.put(name, QueryHeader.parse(name, CypherFiles.read(FOLDER + "/" + file)));
        }
        if (byName.isEmpty()) {
            throw new IllegalStateException("No canned queries found under cypher/" + FOLDER + " on the classpath");
        }
        this.queries = Map.copyOf(byName);
    }

    /** Every canned query, by name. */
    public List<CannedQuery> all() {
        return queries.values().stream().sorted(java.util.Comparator.comparing(CannedQuery::name)).toList();
    }

    /** The query called {@code name}; unknown names are a {@link NotFoundException}. */
    public CannedQuery get(String name) {
        CannedQuery query = queries.get(name);
        if (query == null) {
            throw new NotFoundException("There is no canned query \"" + name + "\"; GET /api/queries lists them: "
                    + String.join(", ", new TreeMap<>(queries).keySet()));
        }
        return query;
    }

    Collection<String> names() {
        return new TreeMap<>(queries).keySet();
    }

    /** The file names in the classpath folder, from a directory (tests, mn:run) or from the jar. */
    private static List<String> files() {
        URL url = QueryRegistry.class.getClassLoader().getResource("cypher/" + FOLDER);
        if (url == null) {
            throw new IllegalStateException("cypher/" + FOLDER + " is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return list(fs.getPath("cypher", FOLDER));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + url, e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
        }
    }
}

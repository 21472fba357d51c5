package org.conflictgraph.load;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.Neo4jConfiguration;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a seed folder into Neo4j, all or nothing: everything is validated before anything is written,
 * and the old copy of the dataset is replaced inside one write transaction, in batches of
 * {@code UNWIND $rows}. A failed load leaves the database exactly as it was; loading the same files
 * twice leaves the same graph.
 */
@Singleton
public final class GraphLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);

    private final Driver driver;
    private final SeedReader reader;
    private final String database;
    private final int batchSize;

    public GraphLoader(Driver driver, Vocabulary vocabulary, Neo4jConfiguration config,
                       @Value("${conflictgraph.load.batch-size:5000}") int batchSize) {
        this.driver = driver;
        this.reader = new SeedReader(vocabulary);
        this.database = config.getDatabase();
        this.batchSize = batchSize;
    }

    /** Counts of what one load wrote. */
    public record LoadReport(String dataset, String fingerprint, int sources, int entities, int statements,
                             boolean skipped, long millis) {}

    /** Validates and loads {@code dir}, replacing any earlier copy of the same dataset. */
    public LoadReport load(Path dir) {
        return write(reader.read(dir));
    }

    /**
     * Loads {@code dir} unless the database already holds exactly these files. An unchanged dataset is
     * recognised by its fingerprint alone, without parsing it again: it was validated when it was loaded.
     */
    public LoadReport loadIfChanged(Path dir) {
        String name = SeedReader.datasetName(dir);
        Optional<Record> held = held(name);
        if (held.isPresent()) {
            String fingerprint;
            try {
                fingerprint = SeedReader.fingerprint(dir);
            } catch (UncheckedIOException e) {
                return write(reader.read(dir)); // a missing or unreadable file: the reader reports it properly
            }
            Record r = held.get();
            if (fingerprint.equals(r.get("fingerprint").asString(null))) {
                return new LoadReport(name, fingerprint, r.get("sources").asInt(0), r.get("entities").asInt(0),
                        r.get("statements").asInt(0), true, 0);
            }
        }
        return write(reader.read(dir));
    }

    /** What the database holds of {@code dataset}: its fingerprint and counts, if it was ever loaded. */
    private Optional<Record> held(String dataset) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(CypherFiles.read("load/dataset-fingerprint.cypher"),
                    Map.of("dataset", dataset)).list()).stream().findFirst();
        }
    }

    /** Runs {@code cypher/schema.cypher}; every statement in it is idempotent. */
    public void applySchema() {
        try (Session session = session()) {
            for (String statement : CypherFiles.statements("schema.cypher")) {
                session.run(statement).consume();
            }
            // a new index populates in the background; the batched MATCHes below need it online
            session.run(CypherFiles.read("load/await-indexes.cypher")).consume();
        }
    }

    private LoadReport write(SeedDataset dataset) {
        long started = System.nanoTime();
        applySchema();
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> {
                Map<String, Object> name = Map.of("dataset", dataset.name());
                tx.run(CypherFiles.read("load/delete-dataset.cypher"), name).consume();
                batched(tx, "sources", "load/sources.cypher", dataset, dataset.sources(), GraphLoader::sourceRow);
                batched(tx, "citations", "load/citations.cypher", dataset,
                        dataset.sources().stream().filter(s -> !s.parent().isEmpty()).toList(),
                        s -> Map.of("id", s.id(), "parent", s.parent(), "ref", s.ref()));
                batched(tx, "entities", "load/entities.cypher", dataset, dataset.entities(), GraphLoader::entityRow);
                batched(tx, "statements", "load/statements.cypher", dataset, dataset.statements(), GraphLoader::statementRow);
                Map<String, Object> marker = new HashMap<>(name);
                marker.put("fingerprint", dataset.fingerprint());
                marker.put("sources", dataset.sources().size());
                marker.put("entities", dataset.entities().size());
                marker.put("statements", dataset.statements().size());
                tx.run(CypherFiles.read("load/mark-dataset.cypher"), marker).consume();
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Loaded dataset {}: {} sources, {} entities, {} statements in {} ms", dataset.name(),
                dataset.sources().size(), dataset.entities().size(), dataset.statements().size(), millis);
        return new LoadReport(dataset.name(), dataset.fingerprint(), dataset.sources().size(),
                dataset.entities().size(), dataset.statements().size(), false, millis);
    }

    private <T> void batched(TransactionContext tx, String what, String file, SeedDataset dataset, List<T> items,
                             Function<T, Map<String, Object>> toRow) {
        String cypher = CypherFiles.read(file);
        long started = System.nanoTime();
        for (int from = 0; from < items.size(); from += batchSize) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (T item : items.subList(from, Math.min(items.size(), from + batchSize))) {
                rows.add(toRow.apply(item));
            }
            tx.run(cypher, Map.of("rows", rows, "dataset", dataset.name())).consume();
            int done = Math.min(items.size(), from + batchSize);
            if (items.size() > batchSize) {
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                LOG.info("{}: {}/{} rows ({} rows/s)", what, done, items.size(), Math.round(done / seconds));
            }
        }
    }

    private static Map<String, Object> sourceRow(SeedDataset.Source s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", s.kind());
        p.put("title", s.title());
        putIfPresent(p, "publisher", s.publisher());
        putIfPresent(p, "published", s.published());
        putIfPresent(p, "url", s.url());
        putIfPresent(p, "file", s.file());
        putIfPresent(p, "parent", s.parent());
        putIfPresent(p, "ref", s.ref());
        putIfPresent(p, "note", s.note());
        return Map.of("id", s.id(), "properties", p);
    }

    private static Map<String, Object> entityRow(SeedDataset.Entity e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", e.type());
        p.put("name", e.name());
        p.put("aliases", e.aliases());
        p.put("description", e.description());
        p.put("searchText", SearchText.of(e.name(), e.aliases()));
        return Map.of("id", e.id(), "type", e.type(), "properties", p);
    }

    private static Map<String, Object> statementRow(SeedDataset.Statement s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", s.id());
        p.put("status", s.status());
        p.put("date", s.date());
        p.put("dateEnd", s.dateEnd());
        p.put("datePrecision", s.datePrecision());
        p.put("claimedBy", s.claimedBy());
        p.put("source", s.source());
        p.put("ref", s.ref());
        p.put("excerpt", s.excerpt());
        p.put("place", s.place());
        p.put("note", s.note());
        p.values().removeIf(v -> v == null);
        return Map.of("type", s.type(), "subject", s.subject(), "object", s.object(), "properties", p);
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }
}

package org.conflictgraph.load;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.Neo4jConfiguration;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads seed folders into Neo4j as datasets that live side by side and share actors, and unloads them.
 *
 * <p>A load is all or nothing without one giant transaction. It validates the folder (as a stream, against the
 * vocabulary and the actors other datasets declare), writes a new version of the dataset in batches that commit
 * on their own, switches the dataset to that version in one small transaction, waits for the reads that began
 * before the switch, and then removes the old version in batches. Readers see only live versions (see
 * {@code cypher/system/live-loads.cypher}), so they see the old version or the new one, never a mix. A load that
 * dies half-way leaves the old version live; its leftovers are removed by the next load or the next start.
 */
@Singleton
public final class GraphLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);
    private static final int PAGE = 5000;

    private final Driver driver;
    private final SeedReader reader;
    private final String database;
    private final int batchSize;
    private final int writers;
    private final Duration readerWait;

    public GraphLoader(@Named("loader") Driver driver, Vocabulary vocabulary, Neo4jConfiguration config,
                       @Value("${conflictgraph.load.batch-size:10000}") int batchSize,
                       @Value("${conflictgraph.load.writers:2}") int writers,
                       @Value("${conflictgraph.load.reader-wait:}") String readerWait) {
        this.driver = driver;
        this.reader = new SeedReader(vocabulary);
        this.database = config.getDatabase();
        this.batchSize = batchSize;
        this.writers = Math.max(1, writers);
        // the reads that can still see the old version end by the query time limit, with a margin
        this.readerWait = readerWait == null || readerWait.isBlank()
                ? config.getQueryTimeout().plusSeconds(5) : Duration.parse("PT" + readerWait.toUpperCase());
    }

    /** What one load or unload did. {@code version} counts the dataset's loads; {@code load} names the version. */
    public record LoadReport(String dataset, String fingerprint, int sources, int entities, int statements,
                             boolean skipped, long millis, String load, long version) {}

    /** A dataset as the database serves it. */
    public record LiveDataset(String name, String load, long rank, String fingerprint, int sources, int entities,
                              int statements) {}

    /** Validates and loads {@code dir}, replacing the live version of the same dataset. */
    public LoadReport load(Path dir) {
        return load(dir, Progress.NONE);
    }

    /**
     * Loads {@code dir} unless the database already holds exactly these files. An unchanged dataset is
     * recognised by its fingerprint alone, without parsing it again: it was validated when it was loaded.
     */
    public LoadReport loadIfChanged(Path dir) {
        String name = SeedReader.datasetName(dir);
        LiveDataset held = live().get(name);
        if (held != null) {
            try {
                if (SeedReader.fingerprint(dir).equals(held.fingerprint())) {
                    return new LoadReport(name, held.fingerprint(), held.sources(), held.entities(), held.statements(),
                            true, 0, held.load(), 0);
                }
            } catch (UncheckedIOException e) {
                // a missing or unreadable file: the load below reports it properly
            }
        }
        return load(dir, Progress.NONE);
    }

    /** The datasets readers see, by name. */
    public Map<String, LiveDataset> live() {
        try (Session session = session()) {
            Map<String, LiveDataset> live = new LinkedHashMap<>();
            session.executeRead(tx -> tx.run(CypherFiles.read("load/live-loads.cypher")).list()).forEach(r -> live.put(
                    r.get("dataset").asString(),
                    new LiveDataset(r.get("dataset").asString(), r.get("load").asString(),
                            r.get("firstLoadedAt").isNull() ? 0 : r.get("firstLoadedAt").asZonedDateTime().toInstant().toEpochMilli(),
                            r.get("fingerprint").asString(null), r.get("sources").asInt(0), r.get("entities").asInt(0),
                            r.get("statements").asInt(0))));
            return live;
        }
    }

    /**
     * Validates {@code dir} against the vocabulary and against the actors the other loaded datasets declare;
     * writes nothing.
     */
    public SeedFolder validate(Path dir, Progress progress) {
        applySchema();
        String name = SeedReader.datasetName(dir);
        List<String> others = otherLoads(live(), name);
        SeedFolder folder = reader.validate(dir, catalog(others), progress);
        refuseTakenStatementIds(folder, others, progress);
        return folder;
    }

    /**
     * Refuses, at their lines, the statement ids of {@code folder} that a statement of the loads {@code others} has:
     * a statement id names one statement in the whole database. Uses the folder's ids that validation collected,
     * and streams the others' once.
     */
    private void refuseTakenStatementIds(SeedFolder folder, List<String> others, Progress progress) {
        Set<String> mine = folder.takeStatementIds();
        if (others.isEmpty()) {
            return;
        }
        Map<String, String> taken = new HashMap<>();
        Progress.Phase phase = progress.phase("check statement ids against the other datasets", -1);
        try (Session session = session()) {
            session.executeRead(tx -> {
                tx.run(CypherFiles.read("load/statement-ids.cypher"), Map.of("others", others)).forEachRemaining(r -> {
                    String id = r.get("id").asString(null);
                    if (id != null && mine.contains(id)) {
                        taken.putIfAbsent(id, r.get("dataset").asString(""));
                    }
                    phase.advance(1);
                });
                return null;
            });
        }
        phase.done();
        if (!taken.isEmpty()) {
            throw reader.takenStatementIds(folder, taken);
        }
    }

    /** Validates and loads {@code dir}, replacing the live version of the same dataset; see the class comment. */
    public LoadReport load(Path dir, Progress progress) {
        long started = System.nanoTime();
        applySchema();
        String name = SeedReader.datasetName(dir);
        String load = name + "@" + UUID.randomUUID().toString().substring(0, 8);
        try (LoadLock lock = LoadLock.take(driver, database, load)) {
            removeUnfinished(progress);
            Map<String, LiveDataset> live = live();
            List<String> others = otherLoads(live, name);
            SeedFolder folder = reader.validate(dir, catalog(others), progress);
            refuseTakenStatementIds(folder, others, progress);
            LiveDataset old = live.get(name);
            List<String> oldIds = old == null ? List.of() : declaredIds(old.load(), id -> true);
            refuseOrphans(name, oldIds.stream().filter(id -> !folder.entityTypes().containsKey(id)).toList(), others,
                    "the new version of \"" + name + "\" no longer declares");
            // the actors that exist already: declared by another dataset, or by this dataset's live version
            Set<String> existing = new java.util.HashSet<>(folder.sharedIds());
            existing.addAll(oldIds);
            long rank = old != null ? old.rank() : System.currentTimeMillis();
            write("load/begin-load.cypher", Map.of("load", load, "dataset", name));
            long version;
            try {
                writeVersion(folder, load, rank, existing, progress);
                List<String> after = new ArrayList<>(others);
                after.add(load);
                prepareViews(load, after, declaredIds(load, id -> true, "load/declared-ids.cypher"), progress);
                prepareViews(load, after, oldIds, progress);
                version = switchTo(folder, load, rank);
                awaitSearch();
            } catch (RuntimeException e) {
                LOG.warn("The load of {} failed; removing what it wrote: {}", name, e.getMessage());
                removeQuietly(load, progress);
                throw e;
            }
            if (old != null) {
                waitForReaders();
                remove(old.load(), progress);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Loaded dataset {} version {}: {} sources, {} entities, {} statements in {} ms", name, version,
                    folder.sourceCount(), folder.entityCount(), folder.statementCount(), millis);
            return new LoadReport(name, folder.fingerprint(), folder.sourceCount(), folder.entityCount(),
                    folder.statementCount(), false, millis, load, version);
        }
    }

    /**
     * Removes exactly the dataset {@code name}: its statements, its sources, and what it alone contributed to
     * actors. Actors another dataset declares keep what that dataset gave them. Refused, with nothing changed,
     * when another dataset still refers to an actor that only this one declares.
     */
    public LoadReport unload(String name, Progress progress) {
        long started = System.nanoTime();
        applySchema();
        String op = name + "@unload-" + UUID.randomUUID().toString().substring(0, 8);
        try (LoadLock lock = LoadLock.take(driver, database, op)) {
            removeUnfinished(progress);
            Map<String, LiveDataset> live = live();
            LiveDataset old = live.get(name);
            if (old == null) {
                throw new LoadRefusedException("There is no dataset \"" + name + "\" to unload; loaded: "
                        + (live.isEmpty() ? "none" : String.join(", ", live.keySet())));
            }
            List<String> others = otherLoads(live, name);
            List<String> declared = declaredIds(old.load(), id -> true);
            refuseOrphans(name, declared, others, "unloading \"" + name + "\" would remove");
            prepareViews(op, others, declared, progress);
            try (Session session = session()) {
                session.executeWriteWithoutResult(tx -> {
                    tx.run(CypherFiles.read("load/switch-unload.cypher"), Map.of("dataset", name)).consume();
                    tx.run(CypherFiles.read("load/apply-views.cypher"), Map.of("op", op)).consume();
                });
            }
            awaitSearch();
            waitForReaders();
            remove(old.load(), progress);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Unloaded dataset {} in {} ms", name, millis);
            return new LoadReport(name, old.fingerprint(), old.sources(), old.entities(), old.statements(), false,
                    millis, old.load(), 0);
        }
    }

    /**
     * At start-up: turns a database written before datasets had versions into an empty one (its dataset is
     * loaded again), and removes the leftovers of loads that died.
     */
    public void recover() {
        applySchema();
        boolean legacy;
        try (Session session = session()) {
            legacy = session.run(CypherFiles.read("load/legacy-data.cypher")).single().get("legacy").asBoolean();
            if (legacy) {
                LOG.info("The database holds data written before datasets had versions; removing it to load it again");
                session.run(CypherFiles.read("load/remove-legacy.cypher")).consume();
            }
        }
        // a loader killed a moment ago may still hold the lock until the database notices its connection is gone
        try (LoadLock lock = LoadLock.take(driver, database, "recover@" + UUID.randomUUID().toString().substring(0, 8),
                Duration.ofSeconds(15))) {
            removeUnfinished(Progress.NONE);
        } catch (LoadRefusedException running) {
            LOG.info("A load is running against this database; it removes any leftovers itself");
        }
    }

    /**
     * After a bulk import, on the new database's first start: gives actors without aliases the empty list the online
     * loader writes, then builds the schema and the full-text index. Returns the milliseconds it took.
     */
    public long finishImport(Progress progress) {
        long started = System.nanoTime();
        Progress.Phase phase = progress.phase("build indexes", -1);
        try (Session session = session()) {
            // before any index exists, so these writes update no index (after, each went through the full-text index)
            session.run(CypherFiles.read("load/empty-lists.cypher")).consume();
        }
        long listed = System.nanoTime();
        applySchema(true);
        long indexed = System.nanoTime();
        awaitSearch();
        phase.done();
        long finished = System.nanoTime();
        LOG.info("After the import: empty alias lists {} ms, schema and indexes {} ms, full-text refresh {} ms",
                (listed - started) / 1_000_000, (indexed - listed) / 1_000_000, (finished - indexed) / 1_000_000);
        return (finished - started) / 1_000_000;
    }

    /** Runs {@code cypher/schema.cypher}; every statement in it is idempotent. */
    public void applySchema() {
        applySchema(false);
    }

    /**
     * Runs {@code cypher/schema.cypher}. {@code together}: in one transaction, so the database populates every new
     * index in one job, one pass over the nodes and one over the relationships (after a bulk import), where one
     * transaction per index made one job, and one pass, per index.
     */
    private void applySchema(boolean together) {
        List<String> statements = CypherFiles.statements("schema.cypher");
        try (Session session = session()) {
            if (together) {
                session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement).consume()));
            } else {
                statements.forEach(statement -> session.run(statement).consume());
            }
            session.run(CypherFiles.read("load/lock-node.cypher")).consume();
            // a new index populates in the background; the batched MATCHes below need it online
            session.run(CypherFiles.read("load/await-indexes.cypher")).consume();
        }
    }

    private void writeVersion(SeedFolder folder, String load, long rank, Set<String> existing, Progress progress) {
        Map<String, Object> scope = Map.of("dataset", folder.name(), "load", load, "rank", rank);
        batches(folder::sources, "sources", folder.sourceCount(), "load/sources.cypher", scope, GraphLoader::sourceRow, progress);
        Consumer<Consumer<SeedDataset.Source>> references = sink -> folder.sources(s -> {
            if (!s.parent().isEmpty()) {
                sink.accept(s);
            }
        });
        batches(references, "citations", -1, "load/citations.cypher", scope,
                s -> Map.of("id", s.id(), "parent", s.parent(), "ref", s.ref()), progress);
        batches(folder::entities, "entities", folder.entityCount(), "load/entities.cypher", scope,
                e -> entityRow(e, folder.name(), existing.contains(e.id())), progress);
        batches(folder::statements, "statements", folder.statementCount(), "load/statements.cypher", scope,
                GraphLoader::statementRow, progress);
    }

    /**
     * Streams {@code items} to {@code file} in batches of {@code batchSize} rows, each committed on its own, by
     * {@code writers} sessions at once while this thread reads the next batches (at most two waiting per writer,
     * so memory stays bounded). A failed batch stops the phase and is rethrown.
     */
    private <T> void batches(Consumer<Consumer<T>> items, String what, long total, String file,
                             Map<String, Object> scope, Function<T, Map<String, Object>> toRow, Progress progress) {
        String cypher = CypherFiles.read(file);
        Progress.Phase phase = progress.phase("write " + what, total);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        Semaphore inFlight = new Semaphore(2 * writers);
        List<Future<?>> pending = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>(batchSize);
        Consumer<List<Map<String, Object>>> submit = batch -> {
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", e);
            }
            pending.removeIf(f -> f.isDone() && done(f));
            Map<String, Object> params = new HashMap<>(scope);
            params.put("rows", batch);
            pending.add(pool.submit(() -> {
                try (Session session = session()) {
                    session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
                    synchronized (phase) {
                        phase.advance(batch.size());
                    }
                } finally {
                    inFlight.release();
                }
            }));
        };
        try {
            items.accept(item -> {
                rows.add(toRow.apply(item));
                if (rows.size() == batchSize) {
                    submit.accept(List.copyOf(rows));
                    rows.clear();
                }
            });
            if (!rows.isEmpty()) {
                submit.accept(List.copyOf(rows));
            }
            pending.forEach(GraphLoader::done);
        } finally {
            pool.shutdownNow();
        }
        phase.done();
    }

    /** Waits for a batch; its failure becomes this thread's. */
    private static boolean done(Future<?> batch) {
        try {
            batch.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Computes, for the actors in {@code ids}, the merged view they take once the loads {@code after} are live,
     * and stores it on the actor as pending under {@code op} where it differs from the current one.
     */
    private void prepareViews(String op, List<String> after, List<String> ids, Progress progress) {
        Progress.Phase phase = progress.phase("prepare shared actors", ids.size());
        try (Session session = session()) {
            for (int from = 0; from < ids.size(); from += PAGE) {
                List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
                List<Record> records = session.executeRead(tx -> tx.run(CypherFiles.read("load/entity-records.cypher"),
                        Map.of("ids", page, "after", after)).list());
                List<Map<String, Object>> changed = new ArrayList<>();
                for (Record r : records) {
                    List<Map<String, Object>> declarations = new ArrayList<>(r.get("records").asList(v -> v.asMap()));
                    declarations.sort(Comparator.comparing((Map<String, Object> d) -> ((Number) d.get("rank")).longValue())
                            .thenComparing(d -> (String) d.get("dataset")));
                    if (declarations.isEmpty()) {
                        continue; // no live declaration remains: removed with the old version
                    }
                    Map<String, Object> view = EntityView.of(declarations);
                    if (!EntityView.same(view, r)) {
                        changed.add(Map.of("id", r.get("id").asString(), "view", view));
                    }
                }
                if (!changed.isEmpty()) {
                    session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.read("load/pending-views.cypher"),
                            Map.of("rows", changed, "op", op)).consume());
                }
                phase.advance(page.size());
            }
        }
        phase.done();
    }

    /** Waits until name search sees everything committed so far. */
    private void awaitSearch() {
        try (Session session = session()) {
            session.run(CypherFiles.read("load/await-search.cypher")).consume();
        }
    }

    /** The switch: one small transaction. Returns the dataset's new version number. */
    private long switchTo(SeedFolder folder, String load, long rank) {
        Map<String, Object> params = new HashMap<>();
        params.put("dataset", folder.name());
        params.put("load", load);
        params.put("rank", rank);
        params.put("fingerprint", folder.fingerprint());
        params.put("sources", folder.sourceCount());
        params.put("entities", folder.entityCount());
        params.put("statements", folder.statementCount());
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                long version = tx.run(CypherFiles.read("load/switch.cypher"), params).single().get("version").asLong();
                tx.run(CypherFiles.read("load/apply-views.cypher"), Map.of("op", load)).consume();
                return version;
            });
        }
    }

    /**
     * Waits until every transaction that began before now has ended (bounded by the query time limit plus a
     * margin), so no read that started on the old version is still running when the old version is removed.
     */
    private void waitForReaders() {
        long started = System.nanoTime();
        try {
            awaitOlderTransactions(started + readerWait.toNanos());
        } finally {
            LOG.info("Waited {} ms for the reads that began before the switch", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void awaitOlderTransactions(long deadline) {
        OffsetDateTime since = null;
        try (Session session = session()) {
            while (System.nanoTime() < deadline) {
                List<Record> txs = session.run(CypherFiles.read("load/transactions.cypher"))
                        .list();
                if (since == null) {
                    // the SHOW itself began now: its start time is the server's "now"
                    since = txs.stream().filter(r -> r.get("currentQuery").asString("").startsWith("SHOW TRANSACTIONS"))
                            .map(r -> startTime(r)).max(OffsetDateTime::compareTo).orElse(null);
                    if (since == null) {
                        break;
                    }
                }
                OffsetDateTime cutoff = since;
                boolean older = txs.stream().anyMatch(r -> database.equals(r.get("database").asString(""))
                        && !LoadLock.METADATA_VALUE.equals(r.get("metaData").asMap().get(LoadLock.METADATA_KEY))
                        && !r.get("currentQuery").asString("").startsWith("SHOW TRANSACTIONS")
                        && startTime(r).isBefore(cutoff));
                if (!older) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // SHOW TRANSACTIONS may be refused (a user without the privilege): fall back to the time limit
            LOG.debug("Cannot list transactions ({}); waiting {} for reads on the old version", e.getMessage(), readerWait);
            sleepUntil(deadline);
            return;
        }
    }

    private static OffsetDateTime startTime(Record r) {
        var v = r.get("startTime");
        try {
            return v.asZonedDateTime().toOffsetDateTime();
        } catch (RuntimeException notADateTime) {
            return ZonedDateTime.parse(v.asString()).toOffsetDateTime();
        }
    }

    private static void sleepUntil(long deadline) {
        try {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes leftovers: loads that died while writing, and retired versions whose removal was cut short. */
    private void removeUnfinished(Progress progress) {
        List<Record> unfinished;
        try (Session session = session()) {
            unfinished = session.executeRead(tx -> tx.run(CypherFiles.read("load/unfinished-loads.cypher")).list());
        }
        for (Record r : unfinished) {
            LOG.info("Removing the leftovers of {} load {} of dataset {}", r.get("state").asString(),
                    r.get("load").asString(), r.get("dataset").asString());
            remove(r.get("load").asString(), progress);
        }
        // pending views of an unload that died (an unload writes no Load node of its own)
        try (Session session = session()) {
            session.run(CypherFiles.read("load/forget-pending-views.cypher")).consume();
        }
    }

    /** Removes every trace of one load, in batches (auto-commit transactions with CALL ... IN TRANSACTIONS). */
    private void remove(String load, Progress progress) {
        Progress.Phase phase = progress.phase("remove version " + load, -1);
        try (Session session = session()) {
            for (String file : List.of("load/remove-statements.cypher", "load/remove-sources.cypher",
                    "load/remove-records.cypher", "load/forget-load.cypher")) {
                session.run(CypherFiles.read(file), Map.of("load", load)).consume();
            }
        }
        phase.done();
    }

    private void removeQuietly(String load, Progress progress) {
        try {
            remove(load, progress);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the failed load {} now ({}); the next load or start removes it", load, e.getMessage());
        }
    }

    /** Refuses a reload or unload that would leave another dataset referring to an actor nobody declares. */
    private void refuseOrphans(String name, List<String> dropped, List<String> others, String what) {
        if (dropped.isEmpty() || others.isEmpty()) {
            return;
        }
        Map<String, Set<String>> users = new LinkedHashMap<>();
        Set<String> undeclared = new java.util.HashSet<>(); // actors no other dataset declares
        try (Session session = session()) {
            for (int from = 0; from < dropped.size(); from += PAGE) {
                List<String> page = dropped.subList(from, Math.min(dropped.size(), from + PAGE));
                session.executeRead(tx -> tx.run(CypherFiles.read("load/orphans.cypher"),
                        Map.of("ids", page, "others", others)).list()).forEach(r -> {
                    undeclared.add(r.get("id").asString());
                    List<String> datasets = r.get("datasets").asList(v -> v.asString());
                    if (!datasets.isEmpty()) {
                        users.computeIfAbsent(r.get("id").asString(), k -> new LinkedHashSet<>()).addAll(datasets);
                    }
                });
            }
            if (!undeclared.isEmpty()) {
                session.executeRead(tx -> tx.run(CypherFiles.read("load/named-by-property.cypher"), Map.of("others", others)).list())
                        .stream().filter(r -> undeclared.contains(r.get("id").asString()))
                        .forEach(r -> users.computeIfAbsent(r.get("id").asString(), k -> new LinkedHashSet<>())
                                .add(r.get("dataset").asString()));
            }
        }
        if (!users.isEmpty()) {
            Map.Entry<String, Set<String>> first = users.entrySet().iterator().next();
            throw new LoadRefusedException(what + " the actor \"" + first.getKey() + "\"" + (users.size() > 1
                    ? " and " + (users.size() - 1) + " more" : "") + ", which the dataset(s) " + String.join(", ", first.getValue())
                    + " still refer to and no other dataset declares; declare it there, or unload those datasets first. "
                    + "Nothing was changed.");
        }
    }

    private List<String> declaredIds(String load, java.util.function.Predicate<String> keep) {
        return declaredIds(load, keep, "load/old-declared-ids.cypher");
    }

    /** The entity ids that {@code load} declares (for the new load: those it did not create), in pages. */
    private List<String> declaredIds(String load, java.util.function.Predicate<String> keep, String file) {
        List<String> ids = new ArrayList<>();
        String after = "";
        try (Session session = session()) {
            while (true) {
                Map<String, Object> params = Map.of("load", load, "after", after, "limit", PAGE);
                List<String> page = session.executeRead(tx -> tx.run(CypherFiles.read(file), params).list(r -> r.get("id").asString()));
                page.stream().filter(keep).forEach(ids::add);
                if (page.size() < PAGE) {
                    return ids;
                }
                after = page.get(page.size() - 1);
            }
        }
    }

    private EntityCatalog catalog(List<String> others) {
        if (others.isEmpty()) {
            return EntityCatalog.NONE;
        }
        return ids -> {
            Map<String, EntityCatalog.Declared> known = new HashMap<>();
            try (Session session = session()) {
                session.executeRead(tx -> tx.run(CypherFiles.read("load/lookup-entities.cypher"),
                        Map.of("ids", ids, "others", others)).list()).forEach(r -> known.put(r.get("id").asString(),
                        new EntityCatalog.Declared(r.get("type").asString(), r.get("dataset").asString())));
            }
            return known;
        };
    }

    private static List<String> otherLoads(Map<String, LiveDataset> live, String name) {
        return live.values().stream().filter(d -> !d.name().equals(name)).map(LiveDataset::load).toList();
    }

    private void write(String file, Map<String, Object> params) {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.read(file), params).consume());
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

    private static Map<String, Object> entityRow(SeedDataset.Entity e, String dataset, boolean exists) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", e.type());
        record.put("name", e.name());
        record.put("aliases", e.aliases());
        record.put("description", e.description());
        Map<String, Object> declaration = new HashMap<>(record);
        declaration.put("dataset", dataset);
        return Map.of("id", e.id(), "type", e.type(), "exists", exists, "record", record,
                "view", EntityView.of(List.of(declaration)));
    }

    private static Map<String, Object> statementRow(SeedDataset.Statement s) {
        Map<String, Object> row = new HashMap<>(16);
        row.put("type", s.type());
        row.put("subject", s.subject());
        row.put("object", s.object());
        row.put("id", s.id());
        row.put("status", s.status());
        row.put("date", s.date());
        row.put("dateEnd", s.dateEnd());
        row.put("datePrecision", s.datePrecision());
        row.put("claimedBy", s.claimedBy());
        row.put("source", s.source());
        // an empty list is left out, as the bulk importer leaves it out (a null sets no property)
        row.put("ref", s.ref() == null || s.ref().isEmpty() ? null : s.ref());
        row.put("excerpt", s.excerpt());
        row.put("place", s.place());
        row.put("note", s.note());
        return row;
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

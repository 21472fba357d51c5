package org.conflictgraph.load;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bulk path for a new, empty database: converts validated seed folders, as streams, into the CSV files of
 * Neo4j's own offline importer ({@code neo4j-admin database import full}, which ships with the harness), and runs
 * that importer in this process. The graph it writes is the one the online loader writes (entities, entity
 * records, sources, citations, statements, the Dataset and Load nodes of one live version per dataset); the
 * schema and the full-text index are built when the database first starts.
 */
public final class BulkImport {
    private static final Logger LOG = LoggerFactory.getLogger(BulkImport.class);
    private static final CsvMapper CSV = new CsvMapper();
    static final String ARRAY = "|";

    private final SeedReader reader;

    public BulkImport(Vocabulary vocabulary) {
        this.reader = new SeedReader(vocabulary);
    }

    /** What was imported. */
    public record Report(List<String> datasets, long entities, long statements, long sources, long millis) {}

    /**
     * Validates {@code folders} (a later folder may refer to and re-declare actors of an earlier one), writes the
     * importer's files into {@code csvDir}, and imports them into the database {@code database} under {@code dataDir},
     * which must hold no database yet.
     */
    public Report importInto(List<Path> folders, Path dataDir, String database, Path csvDir, Progress progress) {
        long started = System.nanoTime();
        if (Files.isDirectory(dataDir.resolve("databases").resolve(database))) {
            throw new LoadRefusedException("The data folder " + dataDir + " already holds a database \"" + database
                    + "\"; the bulk import only creates a new one. Use load to add datasets to it, or choose an empty "
                    + "folder with NEO4J_EMBEDDED_DATA_DIR.");
        }
        try {
            Files.createDirectories(csvDir);
            ImportFiles out = ImportFiles.write(csvDir, folders, reader, progress);
            runImporter(out, dataDir, database, csvDir, progress);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Imported {} into a new database in {} ms", out.datasets, millis);
            return new Report(out.datasets, out.entities, out.statements, out.sources, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The importer's input, written from the seed folders. */
    static final class ImportFiles {
        final List<String> datasets = new ArrayList<>();
        final List<String> nodeArgs = new ArrayList<>();
        final List<String> relationshipArgs = new ArrayList<>();
        long entities;
        long statements;
        long sources;
        /** Whether a value holds a line break: the importer then reads fields across lines, which is slower. */
        boolean multiline;

        static ImportFiles write(Path csvDir, List<Path> folders, SeedReader reader, Progress progress) throws IOException {
            ImportFiles out = new ImportFiles();
            Map<String, EntityCatalog.Declared> earlier = new HashMap<>();
            // statement id -> the dataset (an earlier folder) that has it: an id names one statement in the database
            Map<String, String> statementIds = new HashMap<>();
            try (Table entities = new Table(csvDir, "entities.csv", "id:ID(Entity)", ":LABEL", "type", "name",
                    "aliases:string[]", "description", "datasets:string[]", "searchText", "createdBy");
                 Table records = new Table(csvDir, "records.csv", ":ID(Record)", ":LABEL", "id", "load", "dataset",
                         "rank:long", "type", "name", "aliases:string[]", "description", "created:boolean");
                 Table sources = new Table(csvDir, "sources.csv", ":ID(Source)", ":LABEL", "id", "load", "dataset", "kind",
                         "title", "publisher", "published", "url", "file", "parent", "ref", "note");
                 Table meta = new Table(csvDir, "datasets.csv", ":ID(Meta)", ":LABEL", "name", "live", "version:long",
                         "loadedAt:datetime", "firstLoadedAt:datetime", "fingerprint", "sources:int", "entities:int",
                         "statements:int");
                 Table loads = new Table(csvDir, "loads.csv", ":ID(Meta)", ":LABEL", "id", "dataset", "state",
                         "version:long", "startedAt:datetime", "liveAt:datetime");
                 Table statements = new Table(csvDir, "statements.csv", ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE",
                         "id", "status", "date:date", "dateEnd:date", "datePrecision", "claimedBy", "source", "ref:string[]",
                         "excerpt", "place", "note", "dataset", "load");
                 Table cites = new Table(csvDir, "cites.csv", ":START_ID(Source)", ":END_ID(Source)", ":TYPE", "ref")) {
                long rank = System.currentTimeMillis();
                String now = Instant.now().toString();
                for (Path dir : folders) {
                    // the first folder has no other dataset to refer to; later ones may refer to earlier ones' actors
                    EntityCatalog catalog = earlier.isEmpty() ? EntityCatalog.NONE : ids -> {
                        Map<String, EntityCatalog.Declared> known = new HashMap<>();
                        ids.forEach(id -> {
                            if (earlier.containsKey(id)) {
                                known.put(id, earlier.get(id));
                            }
                        });
                        return known;
                    };
                    String name = SeedReader.datasetName(dir);
                    if (out.datasets.contains(name)) {
                        throw new LoadRefusedException("Two folders are named " + name + "; a dataset is named after its folder");
                    }
                    String load = name + "@" + UUID.randomUUID().toString().substring(0, 8);
                    long taken = rank++;
                    Map<String, String> clashes = new HashMap<>();
                    // only a folder that another follows keeps its ids (one folder alone holds none)
                    boolean later = folders.indexOf(dir) < folders.size() - 1;
                    // one pass: each row is written to the importer's files as it is validated; on a problem the
                    // files are thrown away with the temporary folder and nothing reaches a database
                    SeedReader.Rows rows = new SeedReader.Rows(
                            s -> {
                                sources.row(load + "/" + s.id(), "Source", s.id(), load, name, s.kind(), s.title(), s.publisher(),
                                        s.published(), s.url(), s.file(), s.parent(), s.ref(), s.note());
                                if (!s.parent().isEmpty()) {
                                    cites.row(load + "/" + s.parent(), load + "/" + s.id(), "CITES", s.ref());
                                }
                            },
                            e -> {
                                if (earlier.containsKey(e.id())) {
                                    throw new LoadRefusedException("The bulk import takes each actor from one folder; \"" + e.id()
                                            + "\" is declared again in " + name + ". Import the first folder, then load this one.");
                                }
                                Map<String, Object> view = EntityView.of(List.of(Map.of("dataset", name, "type", e.type(),
                                        "name", e.name(), "aliases", e.aliases(), "description", e.description())));
                                entities.row(e.id(), "Entity" + ARRAY + e.type(), e.type(), e.name(),
                                        String.join(ARRAY, e.aliases()), e.description(), name, (String) view.get("searchText"), load);
                                records.row(load + "/" + e.id(), "EntityRecord", e.id(), load, name, String.valueOf(taken), e.type(),
                                        e.name(), String.join(ARRAY, e.aliases()), e.description(), "true");
                            },
                            s -> {
                                String first = later ? statementIds.putIfAbsent(s.id(), name) : statementIds.get(s.id());
                                if (first != null && !first.equals(name)) {
                                    clashes.put(s.id(), first);
                                }
                                statements.row(s.subject(), s.object(), s.type(), s.id(), s.status(), date(s.date()),
                                        date(s.dateEnd()), s.datePrecision(), s.claimedBy(), s.source(), String.join(ARRAY, s.ref()),
                                        s.excerpt(), s.place(), s.note(), name, load);
                            });
                    SeedFolder folder = reader.validate(dir, catalog, progress, rows);
                    if (!clashes.isEmpty()) {
                        throw reader.takenStatementIds(folder, clashes);
                    }
                    folder.entityTypes().forEach((id, type) -> earlier.putIfAbsent(id, new EntityCatalog.Declared(type, name)));
                    out.datasets.add(name);
                    meta.row("dataset/" + name, "Dataset", name, load, "1", now, Instant.ofEpochMilli(taken).toString(),
                            folder.fingerprint(), String.valueOf(folder.sourceCount()), String.valueOf(folder.entityCount()),
                            String.valueOf(folder.statementCount()));
                    loads.row("load/" + load, "Load", load, name, "live", "1", now, now);
                    out.entities += folder.entityCount();
                    out.statements += folder.statementCount();
                    out.sources += folder.sourceCount();
                }
                out.multiline = List.of(entities, records, sources, statements, cites).stream().anyMatch(t -> t.multiline);
                for (Table t : List.of(entities, records, sources, meta, loads)) {
                    out.nodeArgs.add("--nodes=" + t.path);
                }
                for (Table t : List.of(statements, cites)) {
                    out.relationshipArgs.add("--relationships=" + t.path);
                }
            }
            return out;
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Runs {@code neo4j-admin database import full} on the files, in this process. */
    private static void runImporter(ImportFiles files, Path dataDir, String database, Path csvDir, Progress progress)
            throws IOException {
        Path home = csvDir.resolve("neo4j-home");
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("neo4j.conf"),
                "server.directories.data=" + dataDir.toAbsolutePath() + "\n"
                        + "server.directories.logs=" + home.resolve("logs").toAbsolutePath() + "\n");
        List<String> args = new ArrayList<>(List.of("database", "import", "full"));
        args.addAll(files.nodeArgs);
        args.addAll(files.relationshipArgs);
        args.addAll(List.of("--array-delimiter=" + ARRAY, "--ignore-empty-strings=true", "--multiline-fields=" + files.multiline,
                "--report-file=" + csvDir.resolve("import.report").toAbsolutePath(), database));
        // the exact arguments, so a benchmark can run the importer alone on the same files
        Files.write(csvDir.resolve("import.args"), args);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Progress.Phase phase = progress.phase("neo4j-admin database import full", -1);
        int exit;
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            exit = AdminTool.execute(new ExecutionContext(home, conf, out, out, new org.neo4j.io.fs.DefaultFileSystemAbstraction()),
                    args.toArray(String[]::new));
        }
        phase.done();
        Files.writeString(csvDir.resolve("import.log"), log.toString(StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("neo4j-admin database import failed (exit " + exit + "); see "
                    + csvDir.resolve("import.log") + ": " + log.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(""));
        }
    }

    /** One importer CSV file, written row by row. */
    static final class Table implements AutoCloseable {
        final Path path;
        private final Writer writer;
        private final SequenceWriter rows;

        Table(Path dir, String file, String... header) throws IOException {
            this.path = dir.resolve(file).toAbsolutePath();
            this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.rows = CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(writer);
            rows.write(header);
        }

        boolean multiline;

        void row(String... values) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    values[i] = "";
                } else if (!multiline && (values[i].indexOf('\n') >= 0 || values[i].indexOf('\r') >= 0)) {
                    multiline = true;
                }
            }
            try {
                rows.write(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            rows.close();
            writer.close();
        }
    }
}

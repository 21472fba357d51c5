package org.conflictgraph.load;

import org.conflictgraph.vocabulary.Vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads and validates a seed folder against the vocabulary, as streams: a file is read record by record,
 * several times if need be, and only ids are held in memory, so a folder of a million statements validates
 * in bounded memory. Every problem in every file is collected before anything is reported (up to
 * {@link #MAX_PROBLEMS}), so one run shows the curator the whole list.
 *
 * <p>Entities may come from other datasets: an {@link EntityCatalog} says which ids the database already
 * declares, with their type, so a folder may refer to them, and may declare them again with the same type.
 */
public final class SeedReader {
    public static final String SOURCES = "sources.csv";
    public static final String ENTITIES = "entities.csv";
    public static final String RELATIONSHIPS = "relationships.csv";

    static final List<String> SOURCE_REQUIRED = List.of("id", "kind", "title");
    static final List<String> SOURCE_OPTIONAL = List.of("publisher", "published", "url", "file", "parent", "ref", "note");
    static final List<String> ENTITY_REQUIRED = List.of("id", "type", "name", "description");
    static final List<String> ENTITY_OPTIONAL = List.of("aliases");
    static final List<String> STATEMENT_REQUIRED = List.of("id", "type", "subject", "object", "date", "date_precision",
            "status", "claimed_by", "source", "excerpt");
    static final List<String> STATEMENT_OPTIONAL = List.of("date_end", "ref", "place", "note");

    /** Excerpts are short quotations; "about 30 words", with some slack for long names. */
    static final int MAX_EXCERPT_WORDS = 40;
    /** Problems beyond this many are counted, not listed. */
    static final int MAX_PROBLEMS = 1000;
    /** Ids asked of the catalog at once. */
    private static final int LOOKUP_BATCH = 10_000;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Vocabulary vocabulary;

    public SeedReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads {@code dir} on its own, into memory: for small folders and tests. The dataset's name is the folder's name.
     *
     * @throws SeedValidationException listing every problem, when there is any
     */
    public SeedDataset read(Path dir) {
        SeedFolder folder = validate(dir, EntityCatalog.NONE, Progress.NONE);
        List<SeedDataset.Source> sources = new ArrayList<>();
        List<SeedDataset.Entity> entities = new ArrayList<>();
        List<SeedDataset.Statement> statements = new ArrayList<>();
        folder.sources(sources::add);
        folder.entities(entities::add);
        folder.statements(statements::add);
        return new SeedDataset(folder.name(), folder.fingerprint(), sources, entities, statements);
    }

    /**
     * Validates {@code dir} as a stream, against the vocabulary and against the entities that {@code catalog}
     * knows from other datasets.
     *
     * @return the folder, whose rows can then be streamed again to a writer
     * @throws SeedValidationException listing every problem, when there is any
     */
    public SeedFolder validate(Path dir, EntityCatalog catalog, Progress progress) {
        return validate(dir, catalog, progress, Rows.NONE);
    }

    /** Where the validating pass hands each row it read, already converted: a writer that needs no second pass. */
    public record Rows(Consumer<SeedDataset.Source> sources, Consumer<SeedDataset.Entity> entities,
                       Consumer<SeedDataset.Statement> statements) {
        public static final Rows NONE = new Rows(s -> {}, e -> {}, s -> {});
    }

    /**
     * As {@link #validate(Path, EntityCatalog, Progress)}, handing every row to {@code rows} as it is checked. The
     * rows are only good to use once this returns without an exception.
     */
    public SeedFolder validate(Path dir, EntityCatalog catalog, Progress progress, Rows rows) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(new SeedProblem(dir.toString(), 0, 0, "", "the dataset folder does not exist",
                    "a folder holding " + SOURCES + ", " + ENTITIES + " and " + RELATIONSHIPS));
            throw problems.exception(dir);
        }
        CsvTable sourceTable = CsvTable.open(dir, SOURCES, SOURCE_REQUIRED, SOURCE_OPTIONAL);
        CsvTable entityTable = CsvTable.open(dir, ENTITIES, ENTITY_REQUIRED, ENTITY_OPTIONAL);
        CsvTable statementTable = CsvTable.open(dir, RELATIONSHIPS, STATEMENT_REQUIRED, STATEMENT_OPTIONAL);
        for (CsvTable t : List.of(sourceTable, entityTable, statementTable)) {
            t.problems().forEach(problems::add);
            t.problems().clear();
        }

        Set<String> sourceIds = readSources(sourceTable, problems, rows.sources());
        Map<String, Declaration> declared = readEntities(entityTable, problems, rows.entities());
        Set<String> shared = checkAgainstCatalog(declared, catalog, problems);
        Map<String, String> entityTypes = new HashMap<>();
        // an entity whose own type is wrong was reported once; its statements are not blamed for it
        declared.forEach((id, d) -> entityTypes.put(id, vocabulary.entityType(d.type()).isPresent() ? d.type() : null));
        boolean referencesCheckable = sourceTable.problems().isEmpty() && entityTable.problems().isEmpty()
                && sourceTable.readable() && entityTable.readable();
        int statements;
        Set<String> statementIds = new HashSet<>();
        if (referencesCheckable && catalog != EntityCatalog.NONE && rows != Rows.NONE) {
            // a writer takes the rows as they are checked: learn the other datasets' types first, in a pass of its own
            entityTypes.putAll(referencedElsewhere(statementTable, entityTypes.keySet(), catalog));
            statements = readStatements(statementTable, entityTypes, sourceIds, true, problems, progress,
                    rows.statements(), statementIds);
        } else if (referencesCheckable && catalog != EntityCatalog.NONE) {
            // one pass that takes an id the folder does not declare on trust, noting it; only when some were noted,
            // ask the catalog for their types and check the statements again with them
            Optimistic trusting = new Optimistic(entityTypes);
            int mark = problems.mark();
            statements = readStatements(statementTable, trusting, sourceIds, true, problems, progress,
                    rows.statements(), statementIds);
            if (!trusting.noted.isEmpty()) {
                problems.reset(mark);
                statementTable.problems().clear();
                lookup(catalog, new ArrayList<>(trusting.noted)).forEach((id, d) -> entityTypes.put(id, d.type()));
                statements = readStatements(statementTable, entityTypes, sourceIds, true, problems, progress,
                        rows.statements(), statementIds);
            }
        } else {
            statements = readStatements(statementTable, entityTypes, sourceIds, referencesCheckable, problems, progress,
                    rows.statements(), statementIds);
        }
        for (CsvTable t : List.of(sourceTable, entityTable, statementTable)) {
            t.problems().forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw problems.exception(dir);
        }
        Map<String, String> types = new HashMap<>();
        declared.forEach((id, d) -> types.put(id, d.type()));
        return new SeedFolder(this, dir, datasetName(dir), fingerprint(dir), sourceTable, entityTable, statementTable,
                sourceIds.size(), types, shared, statements, statementIds);
    }

    /**
     * The problems of statement ids that other datasets use: {@code taken} maps each such id of {@code folder} to the
     * dataset that has it. Reported at the id's line, as validation reports.
     */
    public SeedValidationException takenStatementIds(SeedFolder folder, Map<String, String> taken) {
        Problems problems = new Problems();
        folder.statementRows(r -> {
            String dataset = taken.get(r.get("id"));
            if (dataset != null) {
                problems.add(r.problem("id", "the statement id \"" + r.get("id") + "\" is used by the dataset \""
                        + dataset + "\"", "an id no other loaded dataset uses: a statement id names one statement in "
                        + "the whole database (a prefix of the dataset's own keeps them apart)"));
            }
        });
        return problems.exception(folder.dir());
    }

    /**
     * The folder's entity types, taking any other id on trust as an entity of unknown type (so it is neither
     * reported nor type-checked) and noting it.
     */
    private static final class Optimistic extends HashMap<String, String> {
        final Set<String> noted = new HashSet<>();

        Optimistic(Map<String, String> local) {
            super(local);
        }

        @Override
        public boolean containsKey(Object id) {
            if (!super.containsKey(id) && !"".equals(id)) {
                noted.add((String) id);
            }
            return true;
        }
    }

    /** An entity row: its type and where the row is, to report a clash with another dataset there. */
    private record Declaration(String type, SeedProblem at) {}

    /** The problems of one validation: the first {@link #MAX_PROBLEMS} are kept, the rest counted. */
    static final class Problems {
        private final List<SeedProblem> kept = new ArrayList<>();
        private int total;

        void add(SeedProblem p) {
            total++;
            if (kept.size() < MAX_PROBLEMS) {
                kept.add(p);
            }
        }

        boolean isEmpty() { return total == 0; }

        /** How many problems there are now, to go back to with {@link #reset}. */
        int mark() { return total; }

        /** Forgets the problems found since {@code mark}. */
        void reset(int mark) {
            while (kept.size() > Math.min(mark, MAX_PROBLEMS)) {
                kept.remove(kept.size() - 1);
            }
            total = mark;
        }

        SeedValidationException exception(Path dir) {
            return new SeedValidationException(dir, kept, total);
        }
    }

    private Set<String> readSources(CsvTable table, Problems problems, Consumer<SeedDataset.Source> sink) {
        Set<String> ids = new HashSet<>();
        List<Map.Entry<String, SeedProblem>> parents = new ArrayList<>(); // checked once every id is known
        table.forEach(r -> {
            sink.accept(toSource(r, ids, problems::add));
            if (!r.get("parent").isEmpty()) {
                parents.add(Map.entry(r.get("parent"),
                        r.problem("parent", "unknown source \"" + r.get("parent") + "\"", "the id of a source in " + SOURCES)));
            }
        });
        parents.stream().filter(p -> !ids.contains(p.getKey())).forEach(p -> problems.add(p.getValue()));
        return ids;
    }

    /** One sources.csv row, checked; {@code ids} collects the ids seen so far (null: do not check duplicates). */
    SeedDataset.Source toSource(CsvTable.Record r, Set<String> ids, Consumer<SeedProblem> problems) {
        String id = r.get("id");
        if (ids != null) {
            checkId(r, "id", ids, problems);
        }
        String kind = r.get("kind");
        if (!vocabulary.sourceKinds().contains(kind)) {
            problems.accept(r.problem("kind", describe(kind, "source kind"), "one of " + String.join(", ", vocabulary.sourceKinds())));
        }
        require(r, "title", "the document's title", problems);
        String published = r.get("published");
        if (!published.isEmpty() && parseDate(published).isEmpty()) {
            problems.accept(r.problem("published", "\"" + published + "\" is not a date", "YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        if ("reference".equals(kind)) {
            require(r, "parent", "the id of the source that cites this reference", problems);
            require(r, "ref", "the reference's number in its parent", problems);
        }
        return new SeedDataset.Source(id, kind, r.get("title"), r.get("publisher"), published, r.get("url"),
                r.get("file"), r.get("parent"), r.get("ref"), r.get("note"));
    }

    private Map<String, Declaration> readEntities(CsvTable table, Problems problems, Consumer<SeedDataset.Entity> sink) {
        Map<String, Declaration> declared = new HashMap<>();
        Set<String> ids = new HashSet<>();
        table.forEach(r -> {
            SeedDataset.Entity e = toEntity(r, ids, problems::add);
            sink.accept(e);
            if (!e.id().isEmpty()) {
                declared.putIfAbsent(e.id(), new Declaration(e.type(), r.problem("type", "", "")));
            }
        });
        return declared;
    }

    /** One entities.csv row, checked; {@code ids} collects the ids seen so far (null: do not check duplicates). */
    SeedDataset.Entity toEntity(CsvTable.Record r, Set<String> ids, Consumer<SeedProblem> problems) {
        if (ids != null) {
            checkId(r, "id", ids, problems);
        }
        String type = r.get("type");
        if (vocabulary.entityType(type).isEmpty()) {
            problems.accept(r.problem("type", describe(type, "entity type"), "one of " + String.join(", ", vocabulary.entityTypeNames())));
        }
        require(r, "name", "the entity's name", problems);
        require(r, "description", "one sentence that tells this entity apart", problems);
        return new SeedDataset.Entity(r.get("id"), type, r.get("name"), list(r.get("aliases")), r.get("description"));
    }

    /**
     * An entity id names one actor in the whole database: a folder may declare an actor that another dataset
     * declares, with the same type. A different type is a problem on the entity's row. Returns the declared ids
     * that another dataset declares too.
     */
    private Set<String> checkAgainstCatalog(Map<String, Declaration> declared, EntityCatalog catalog, Problems problems) {
        if (catalog == EntityCatalog.NONE || declared.isEmpty()) {
            return Set.of();
        }
        List<String> ids = new ArrayList<>(declared.keySet());
        Collections.sort(ids); // problems in a stable order
        Map<String, EntityCatalog.Declared> known = lookup(catalog, ids);
        List<SeedProblem> clashes = new ArrayList<>();
        for (String id : ids) {
            EntityCatalog.Declared other = known.get(id);
            Declaration mine = declared.get(id);
            // an unknown type was reported on its own; it is no clash with anyone
            if (other != null && !other.type().equals(mine.type()) && vocabulary.entityType(mine.type()).isPresent()) {
                SeedProblem at = mine.at();
                clashes.add(new SeedProblem(at.file(), at.line(), at.column(), "type",
                        "\"" + id + "\" is a " + other.type() + " in the dataset \"" + other.dataset()
                                + "\", which declared it first, not a " + mine.type(),
                        "the type " + other.type() + ": an entity id names one actor in every dataset (or another id for another actor)"));
            }
        }
        clashes.sort(java.util.Comparator.comparingLong(SeedProblem::line));
        clashes.forEach(problems::add);
        return known.keySet();
    }

    /** The types of the entities that the statements name and the folder does not declare, as other datasets declare them. */
    private Map<String, String> referencedElsewhere(CsvTable table, Set<String> local, EntityCatalog catalog) {
        Set<String> wanted = new HashSet<>();
        table.forEach(r -> {
            for (String column : List.of("subject", "object", "claimed_by", "place")) {
                String id = r.get(column);
                if (!id.isEmpty() && !local.contains(id)) {
                    wanted.add(id);
                }
            }
        });
        table.problems().clear(); // the validating pass below reports the file's structural problems
        Map<String, String> types = new HashMap<>();
        lookup(catalog, new ArrayList<>(wanted)).forEach((id, d) -> types.put(id, d.type()));
        return types;
    }

    private static Map<String, EntityCatalog.Declared> lookup(EntityCatalog catalog, List<String> ids) {
        Map<String, EntityCatalog.Declared> known = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            known.putAll(catalog.lookup(ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH))));
        }
        return known;
    }

    /** Checks every statement row, handing each to {@code sink}; {@code ids} collects their ids (emptied first). */
    private int readStatements(CsvTable table, Map<String, String> entityTypes, Set<String> sourceIds,
                               boolean referencesCheckable, Problems problems, Progress progress,
                               Consumer<SeedDataset.Statement> sink, Set<String> ids) {
        ids.clear();
        Progress.Phase phase = progress.phase("validate statements", -1);
        int[] count = {0};
        table.forEach(r -> {
            sink.accept(toStatement(r, ids, referencesCheckable ? entityTypes : null, sourceIds, problems::add));
            count[0]++;
            phase.advance(1);
        });
        phase.done();
        return count[0];
    }

    /**
     * One relationships.csv row, checked. {@code ids} collects the ids seen so far (null: do not check
     * duplicates); {@code entityTypes} maps every known entity id to its type (null: do not check references).
     */
    SeedDataset.Statement toStatement(CsvTable.Record r, Set<String> ids, Map<String, String> entityTypes,
                                      Set<String> sourceIds, Consumer<SeedProblem> problems) {
        if (ids != null) {
            checkId(r, "id", ids, problems);
        }
        String type = r.get("type");
        Vocabulary.RelationshipType relType = vocabulary.relationshipTypesByName().get(type);
        if (relType == null) {
            problems.accept(r.problem("type", describe(type, "relationship type"), "one of " + String.join(", ", vocabulary.relationshipTypeNames())));
        }
        if (entityTypes != null) {
            checkEndpoint(r, "subject", relType == null ? null : relType.subjects(), type, entityTypes, problems);
            checkEndpoint(r, "object", relType == null ? null : relType.objects(), type, entityTypes, problems);
            String place = r.get("place");
            boolean known = entityTypes.containsKey(place);
            String placeType = entityTypes.get(place); // null also for an entity whose own type was wrong
            if (!place.isEmpty() && (!known || placeType != null && !"Location".equals(placeType))) {
                problems.accept(r.problem("place", known
                        ? "\"" + place + "\" is a " + placeType + ", not a Location"
                        : "unknown entity \"" + place + "\"", "the id of a Location in " + ENTITIES));
            }
            String source = r.get("source");
            if (source.isEmpty()) {
                problems.accept(r.problem("source", "no source", "the id of a source in " + SOURCES));
            } else if (!sourceIds.contains(source)) {
                problems.accept(r.problem("source", "unknown source \"" + source + "\"", "the id of a source in " + SOURCES));
            }
        }
        LocalDate[] range = checkDates(r, problems);
        String status = r.get("status");
        var claimStatus = vocabulary.claimStatus(status);
        String claimedBy = r.get("claimed_by");
        if (claimStatus.isEmpty()) {
            problems.accept(r.problem("status", describe(status, "claim status"), "one of " + String.join(", ", vocabulary.claimStatusNames())));
        } else if (claimStatus.get().needsClaimant() && claimedBy.isEmpty()) {
            problems.accept(r.problem("claimed_by", "status \"" + status + "\" without a claimant",
                    "the id of the entity that " + ("denied".equals(status) ? "denies it" : "makes the claim")));
        }
        if (!claimedBy.isEmpty() && entityTypes != null && !entityTypes.containsKey(claimedBy)) {
            problems.accept(r.problem("claimed_by", "unknown entity \"" + claimedBy + "\"", "the id of an entity in " + ENTITIES));
        }
        String excerpt = r.get("excerpt").replaceAll("\\s+", " ");
        if (excerpt.isEmpty()) {
            problems.accept(r.problem("excerpt", "no excerpt", "a short verbatim passage of the source that supports the statement"));
        } else if (excerpt.split(" ").length > MAX_EXCERPT_WORDS) {
            problems.accept(r.problem("excerpt", "the excerpt has " + excerpt.split(" ").length + " words",
                    "a short quotation of at most " + MAX_EXCERPT_WORDS + " words"));
        }
        return new SeedDataset.Statement(r.get("id"), type, r.get("subject"), r.get("object"),
                range[0], range[1], range[0] == null ? null : r.get("date_precision"), status,
                claimedBy.isEmpty() ? null : claimedBy, r.get("source"), list(r.get("ref")), excerpt,
                r.get("place").isEmpty() ? null : r.get("place"), r.get("note").isEmpty() ? null : r.get("note"));
    }

    private void checkEndpoint(CsvTable.Record r, String column, List<String> allowed, String type,
                               Map<String, String> entityTypes, Consumer<SeedProblem> problems) {
        String id = r.get(column);
        if (id.isEmpty()) {
            problems.accept(r.problem(column, "no " + column, "the id of an entity in " + ENTITIES));
            return;
        }
        String entityType = entityTypes.get(id);
        if (!entityTypes.containsKey(id)) {
            problems.accept(r.problem(column, "unknown entity \"" + id + "\"", "the id of an entity in " + ENTITIES));
        } else if (entityType != null && allowed != null && !allowed.contains(entityType)) {
            problems.accept(r.problem(column, "\"" + id + "\" is a " + entityType + ", which " + type + " does not allow as its " + column,
                    "a " + String.join(" or ", allowed) + " as " + column));
        }
    }

    /** Returns {first day, last day}, or {null, null} for an undated statement. */
    private LocalDate[] checkDates(CsvTable.Record r, Consumer<SeedProblem> problems) {
        String date = r.get("date");
        String end = r.get("date_end");
        String precision = r.get("date_precision");
        LocalDate[] none = {null, null};
        if (date.isEmpty()) {
            if (!precision.isEmpty()) {
                problems.accept(r.problem("date_precision", "a precision without a date", "an empty precision, or a date"));
            }
            if (!end.isEmpty()) {
                problems.accept(r.problem("date_end", "an end date without a date", "an empty date_end, or a date"));
            }
            return none;
        }
        if (vocabulary.datePrecision(precision).isEmpty()) {
            problems.accept(r.problem("date_precision", precision.isEmpty() ? "no precision for the date \"" + date + "\""
                    : describe(precision, "date precision"), "one of " + String.join(", ", vocabulary.datePrecisionNames())));
            return none;
        }
        LocalDate[] first = parseAt(r, "date", date, precision, problems);
        if (first == null) {
            return none;
        }
        if (end.isEmpty()) {
            return first;
        }
        LocalDate[] last = parseAt(r, "date_end", end, precision, problems);
        if (last == null) {
            return none;
        }
        if (last[1].isBefore(first[0])) {
            problems.accept(r.problem("date_end", "\"" + end + "\" is before the date \"" + date + "\"", "an end on or after the date"));
            return none;
        }
        return new LocalDate[] {first[0], last[1]};
    }

    private LocalDate[] parseAt(CsvTable.Record r, String column, String value, String precision, Consumer<SeedProblem> problems) {
        Pattern shape = switch (precision) {
            case "day" -> DAY;
            case "month" -> MONTH;
            default -> YEAR;
        };
        String pattern = vocabulary.datePrecision(precision).map(Vocabulary.DatePrecision::pattern).orElse(precision);
        if (!shape.matcher(value).matches()) {
            problems.accept(r.problem(column, "\"" + value + "\" does not match the precision \"" + precision + "\"",
                    pattern + " for precision " + precision + (parseDate(value).isPresent() ? ", or a precision that fits the date" : "")));
            return null;
        }
        var range = parseDate(value);
        if (range.isEmpty()) {
            problems.accept(r.problem(column, "\"" + value + "\" is not a real date", "a date that exists in the calendar, as " + pattern));
            return null;
        }
        return range.get();
    }

    /** Parses YYYY-MM-DD, YYYY-MM or YYYY into its first and last day. */
    static java.util.Optional<LocalDate[]> parseDate(String value) {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate d = LocalDate.parse(value);
                return java.util.Optional.of(new LocalDate[] {d, d});
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth m = YearMonth.parse(value);
                return java.util.Optional.of(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
            }
            if (YEAR.matcher(value).matches()) {
                Year y = Year.parse(value);
                return java.util.Optional.of(new LocalDate[] {y.atDay(1), y.atMonth(12).atEndOfMonth()});
            }
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private static void checkId(CsvTable.Record r, String column, Set<String> seen, Consumer<SeedProblem> problems) {
        String id = r.get(column);
        if (id.isEmpty()) {
            problems.accept(r.problem(column, "no id", "a unique slug of lowercase letters, digits and hyphens"));
        } else if (!ID.matcher(id).matches()) {
            problems.accept(r.problem(column, "\"" + id + "\" is not a slug", "lowercase letters, digits and hyphens, such as ahmad-massoud"));
        } else if (!seen.add(id)) {
            problems.accept(r.problem(column, "duplicate id \"" + id + "\"", "an id used once in the file"));
        }
    }

    private static void require(CsvTable.Record r, String column, String expected, Consumer<SeedProblem> problems) {
        if (r.get(column).isEmpty()) {
            problems.accept(r.problem(column, "the value is empty", expected));
        }
    }

    private static String describe(String value, String what) {
        return value.isEmpty() ? "no " + what : "unknown " + what + " \"" + value + "\"";
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A dataset is named after its folder. */
    static String datasetName(Path dir) {
        return dir.toAbsolutePath().normalize().getFileName().toString();
    }

    /** SHA-256 over the vocabulary, the search-text version and the three files, read as streams; unreadable files are an {@link UncheckedIOException}. */
    static String fingerprint(Path dir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = SeedReader.class.getClassLoader().getResourceAsStream(Vocabulary.RESOURCE)) {
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            }
            digest.update(SearchText.VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] buffer = new byte[1 << 16];
            for (String file : List.of(SOURCES, ENTITIES, RELATIONSHIPS)) {
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (var in = Files.newInputStream(dir.resolve(file))) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a seed folder against the vocabulary. Every problem in every file is collected
 * before anything is reported, so one run shows the curator the whole list.
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

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Vocabulary vocabulary;

    public SeedReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads {@code dir}; the dataset's name is the folder's name.
     *
     * @throws SeedValidationException listing every problem, when there is any
     */
    public SeedDataset read(Path dir) {
        List<SeedProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new SeedProblem(dir.toString(), 0, 0, "", "the dataset folder does not exist",
                    "a folder holding " + SOURCES + ", " + ENTITIES + " and " + RELATIONSHIPS));
            throw new SeedValidationException(dir, problems);
        }
        CsvTable sourceTable = CsvTable.read(dir, SOURCES, SOURCE_REQUIRED, SOURCE_OPTIONAL);
        CsvTable entityTable = CsvTable.read(dir, ENTITIES, ENTITY_REQUIRED, ENTITY_OPTIONAL);
        CsvTable statementTable = CsvTable.read(dir, RELATIONSHIPS, STATEMENT_REQUIRED, STATEMENT_OPTIONAL);
        for (CsvTable t : List.of(sourceTable, entityTable, statementTable)) {
            problems.addAll(t.problems());
        }

        List<SeedDataset.Source> sources = readSources(sourceTable, problems);
        List<SeedDataset.Entity> entities = readEntities(entityTable, problems);
        Map<String, String> entityTypes = new HashMap<>();
        // an entity whose own type is wrong was reported once; its statements are not blamed for it
        entities.forEach(e -> entityTypes.put(e.id(), vocabulary.entityType(e.type()).isPresent() ? e.type() : null));
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        boolean referencesCheckable = sourceTable.problems().isEmpty() && entityTable.problems().isEmpty();
        List<SeedDataset.Statement> statements = readStatements(statementTable, entityTypes, sourceIds,
                referencesCheckable, problems);

        if (!problems.isEmpty()) {
            throw new SeedValidationException(dir, problems);
        }
        return new SeedDataset(datasetName(dir), fingerprint(dir),
                sources, entities, statements);
    }

    private List<SeedDataset.Source> readSources(CsvTable table, List<SeedProblem> problems) {
        List<SeedDataset.Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, CsvTable.Record> parents = new HashMap<>();
        for (CsvTable.Record r : table.records()) {
            String id = r.get("id");
            checkId(r, "id", ids, problems);
            String kind = r.get("kind");
            if (!vocabulary.sourceKinds().contains(kind)) {
                problems.add(r.problem("kind", describe(kind, "source kind"), "one of " + String.join(", ", vocabulary.sourceKinds())));
            }
            require(r, "title", "the document's title", problems);
            String published = r.get("published");
            if (!published.isEmpty() && parseDate(published).isEmpty()) {
                problems.add(r.problem("published", "\"" + published + "\" is not a date", "YYYY-MM-DD, YYYY-MM or YYYY"));
            }
            if ("reference".equals(kind)) {
                require(r, "parent", "the id of the source that cites this reference", problems);
                require(r, "ref", "the reference's number in its parent", problems);
            }
            if (!r.get("parent").isEmpty()) {
                parents.put(id, r);
            }
            sources.add(new SeedDataset.Source(id, kind, r.get("title"), r.get("publisher"), published, r.get("url"),
                    r.get("file"), r.get("parent"), r.get("ref"), r.get("note")));
        }
        parents.forEach((id, r) -> {
            if (!ids.contains(r.get("parent"))) {
                problems.add(r.problem("parent", "unknown source \"" + r.get("parent") + "\"", "the id of a source in " + SOURCES));
            }
        });
        return sources;
    }

    private List<SeedDataset.Entity> readEntities(CsvTable table, List<SeedProblem> problems) {
        List<SeedDataset.Entity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Record r : table.records()) {
            checkId(r, "id", ids, problems);
            String type = r.get("type");
            if (vocabulary.entityType(type).isEmpty()) {
                problems.add(r.problem("type", describe(type, "entity type"), "one of " + String.join(", ", vocabulary.entityTypeNames())));
            }
            require(r, "name", "the entity's name", problems);
            require(r, "description", "one sentence that tells this entity apart", problems);
            entities.add(new SeedDataset.Entity(r.get("id"), type, r.get("name"), list(r.get("aliases")), r.get("description")));
        }
        return entities;
    }

    private List<SeedDataset.Statement> readStatements(CsvTable table, Map<String, String> entityTypes,
                                                       Set<String> sourceIds, boolean referencesCheckable,
                                                       List<SeedProblem> problems) {
        List<SeedDataset.Statement> statements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Vocabulary.RelationshipType> types = vocabulary.relationshipTypesByName();
        for (CsvTable.Record r : table.records()) {
            checkId(r, "id", ids, problems);
            String type = r.get("type");
            Vocabulary.RelationshipType relType = types.get(type);
            if (relType == null) {
                problems.add(r.problem("type", describe(type, "relationship type"), "one of " + String.join(", ", vocabulary.relationshipTypeNames())));
            }
            if (referencesCheckable) {
                checkEndpoint(r, "subject", relType == null ? null : relType.subjects(), type, entityTypes, problems);
                checkEndpoint(r, "object", relType == null ? null : relType.objects(), type, entityTypes, problems);
                String place = r.get("place");
                boolean known = entityTypes.containsKey(place);
                String placeType = entityTypes.get(place); // null also for an entity whose own type was wrong
                if (!place.isEmpty() && (!known || placeType != null && !"Location".equals(placeType))) {
                    problems.add(r.problem("place", entityTypes.containsKey(place)
                            ? "\"" + place + "\" is a " + entityTypes.get(place) + ", not a Location"
                            : "unknown entity \"" + place + "\"", "the id of a Location in " + ENTITIES));
                }
                String source = r.get("source");
                if (source.isEmpty()) {
                    problems.add(r.problem("source", "no source", "the id of a source in " + SOURCES));
                } else if (!sourceIds.contains(source)) {
                    problems.add(r.problem("source", "unknown source \"" + source + "\"", "the id of a source in " + SOURCES));
                }
            }
            LocalDate[] range = checkDates(r, problems);
            String status = r.get("status");
            var claimStatus = vocabulary.claimStatus(status);
            String claimedBy = r.get("claimed_by");
            if (claimStatus.isEmpty()) {
                problems.add(r.problem("status", describe(status, "claim status"), "one of " + String.join(", ", vocabulary.claimStatusNames())));
            } else if (claimStatus.get().needsClaimant() && claimedBy.isEmpty()) {
                problems.add(r.problem("claimed_by", "status \"" + status + "\" without a claimant",
                        "the id of the entity that " + ("denied".equals(status) ? "denies it" : "makes the claim")));
            }
            if (!claimedBy.isEmpty() && referencesCheckable && !entityTypes.containsKey(claimedBy)) {
                problems.add(r.problem("claimed_by", "unknown entity \"" + claimedBy + "\"", "the id of an entity in " + ENTITIES));
            }
            String excerpt = r.get("excerpt").replaceAll("\\s+", " ");
            if (excerpt.isEmpty()) {
                problems.add(r.problem("excerpt", "no excerpt", "a short verbatim passage of the source that supports the statement"));
            } else if (excerpt.split(" ").length > MAX_EXCERPT_WORDS) {
                problems.add(r.problem("excerpt", "the excerpt has " + excerpt.split(" ").length + " words",
                        "a short quotation of at most " + MAX_EXCERPT_WORDS + " words"));
            }
            statements.add(new SeedDataset.Statement(r.get("id"), type, r.get("subject"), r.get("object"),
                    range[0], range[1], range[0] == null ? null : r.get("date_precision"), status,
                    claimedBy.isEmpty() ? null : claimedBy, r.get("source"), list(r.get("ref")), excerpt,
                    r.get("place").isEmpty() ? null : r.get("place"), r.get("note").isEmpty() ? null : r.get("note")));
        }
        return statements;
    }

    private void checkEndpoint(CsvTable.Record r, String column, List<String> allowed, String type,
                               Map<String, String> entityTypes, List<SeedProblem> problems) {
        String id = r.get(column);
        if (id.isEmpty()) {
            problems.add(r.problem(column, "no " + column, "the id of an entity in " + ENTITIES));
            return;
        }
        String entityType = entityTypes.get(id);
        if (!entityTypes.containsKey(id)) {
            problems.add(r.problem(column, "unknown entity \"" + id + "\"", "the id of an entity in " + ENTITIES));
        } else if (entityType != null && allowed != null && !allowed.contains(entityType)) {
            problems.add(r.problem(column, "\"" + id + "\" is a " + entityType + ", which " + type + " does not allow as its " + column,
                    "a " + String.join(" or ", allowed) + " as " + column));
        }
    }

    /** Returns {first day, last day}, or {null, null} for an undated statement. */
    private LocalDate[] checkDates(CsvTable.Record r, List<SeedProblem> problems) {
        String date = r.get("date");
        String end = r.get("date_end");
        String precision = r.get("date_precision");
        LocalDate[] none = {null, null};
        if (date.isEmpty()) {
            if (!precision.isEmpty()) {
                problems.add(r.problem("date_precision", "a precision without a date", "an empty precision, or a date"));
            }
            if (!end.isEmpty()) {
                problems.add(r.problem("date_end", "an end date without a date", "an empty date_end, or a date"));
            }
            return none;
        }
        if (vocabulary.datePrecision(precision).isEmpty()) {
            problems.add(r.problem("date_precision", precision.isEmpty() ? "no precision for the date \"" + date + "\""
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
            problems.add(r.problem("date_end", "\"" + end + "\" is before the date \"" + date + "\"", "an end on or after the date"));
            return none;
        }
        return new LocalDate[] {first[0], last[1]};
    }

    private LocalDate[] parseAt(CsvTable.Record r, String column, String value, String precision, List<SeedProblem> problems) {
        Pattern shape = switch (precision) {
            case "day" -> DAY;
            case "month" -> MONTH;
            default -> YEAR;
        };
        String pattern = vocabulary.datePrecision(precision).map(Vocabulary.DatePrecision::pattern).orElse(precision);
        if (!shape.matcher(value).matches()) {
            problems.add(r.problem(column, "\"" + value + "\" does not match the precision \"" + precision + "\"",
                    pattern + " for precision " + precision + (parseDate(value).isPresent() ? ", or a precision that fits the date" : "")));
            return null;
        }
        var range = parseDate(value);
        if (range.isEmpty()) {
            problems.add(r.problem(column, "\"" + value + "\" is not a real date", "a date that exists in the calendar, as " + pattern));
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

    private static void checkId(CsvTable.Record r, String column, Set<String> seen, List<SeedProblem> problems) {
        String id = r.get(column);
        if (id.isEmpty()) {
            problems.add(r.problem(column, "no id", "a unique slug of lowercase letters, digits and hyphens"));
        } else if (!ID.matcher(id).matches()) {
            problems.add(r.problem(column, "\"" + id + "\" is not a slug", "lowercase letters, digits and hyphens, such as ahmad-massoud"));
        } else if (!seen.add(id)) {
            problems.add(r.problem(column, "duplicate id \"" + id + "\"", "an id used once in the file"));
        }
    }

    private static void require(CsvTable.Record r, String column, String expected, List<SeedProblem> problems) {
        if (r.get(column).isEmpty()) {
            problems.add(r.problem(column, "the value is empty", expected));
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

    /** SHA-256 over the vocabulary and the three files; unreadable files are an {@link UncheckedIOException}. */
    static String fingerprint(Path dir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = SeedReader.class.getClassLoader().getResourceAsStream(Vocabulary.RESOURCE)) {
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            }
            for (String file : List.of(SOURCES, ENTITIES, RELATIONSHIPS)) {
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(dir.resolve(file)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

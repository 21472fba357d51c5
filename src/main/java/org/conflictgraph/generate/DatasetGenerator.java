package org.conflictgraph.generate;

import org.conflictgraph.load.SeedReader;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes a synthetic dataset in the seed format ({@code sources.csv}, {@code entities.csv},
 * {@code relationships.csv}) for tests and benchmarks. The same vocabulary, seed, counts and prefix give
 * byte-identical files. Statements are written as they are drawn, so memory grows with the entities
 * and documents only, never with the statements.
 *
 * <p>Its shape imitates the curated data: every relationship type, claim status and date precision
 * occurs; endpoints are drawn by a Zipf law over each entity type, so a few hubs take tens of thousands
 * of statements of a million while most entities have a handful; every endpoint type is one the
 * vocabulary allows.
 */
public final class DatasetGenerator {
    public static final int MIN_STATEMENTS = 100;
    public static final int MIN_ENTITIES = 50;

    /** Share of each entity type among the entities (a type not listed here gets {@link #OTHER_SHARE}). */
    private static final Map<String, Double> ENTITY_SHARES = Map.of(
            "Person", 0.44, "Faction", 0.15, "State", 0.01, "Organization", 0.12, "Location", 0.28);
    /** How often a statement's endpoint is of each type, where the relationship type allows several. */
    private static final Map<String, Double> ENDPOINT_WEIGHTS = Map.of(
            "Person", 1.0, "Faction", 2.0, "State", 1.2, "Organization", 0.6, "Location", 1.0);
    /** How common each relationship type is: battle reports outnumber family ties. */
    private static final Map<String, Double> TYPE_WEIGHTS = Map.ofEntries(
            Map.entry("FOUGHT", 10.0), Map.entry("ATTACKED", 10.0), Map.entry("KILLED", 5.0),
            Map.entry("WOUNDED", 3.0), Map.entry("CAPTURED", 5.0), Map.entry("CONTROLS", 4.0),
            Map.entry("OPERATED_IN", 5.0), Map.entry("SUPPORTED", 6.0), Map.entry("OPPOSED", 3.0),
            Map.entry("ALLIED_WITH", 3.0), Map.entry("NEGOTIATED_WITH", 3.0), Map.entry("MEMBER_OF", 4.0),
            Map.entry("LEADS", 3.0), Map.entry("ACCUSED", 3.0), Map.entry("CONDEMNED", 3.0),
            Map.entry("RELATIVE_OF", 0.5), Map.entry("LOCATED_IN", 1.0));
    private static final Map<String, Double> STATUS_WEIGHTS = Map.of(
            "confirmed", 40.0, "reported", 22.0, "claimed", 14.0, "alleged", 7.0, "unconfirmed", 7.0, "denied", 10.0);
    private static final Map<String, Double> PRECISION_WEIGHTS = Map.of("day", 55.0, "month", 27.0, "year", 18.0);
    /** For a type or status the vocabulary adds later: it still occurs, modestly. */
    private static final double OTHER_WEIGHT = 1.5;
    private static final double OTHER_SHARE = 0.05;

    /** Zipf exponents: near 1 for endpoints (a few hubs), flatter for the documents cited. */
    private static final double ENTITY_EXPONENT = 1.0;
    private static final double DOCUMENT_EXPONENT = 0.8;
    /**
     * The share of endpoints drawn uniformly instead: a floor under the Zipf tail, so that most entities
     * have a handful of statements rather than a third of them none.
     */
    private static final double UNIFORM_ENDPOINTS = 0.3;

    private static final double UNDATED = 0.08;
    private static final double PERIOD = 0.12;
    private static final double WITH_PLACE = 0.25;
    private static final double WITH_REF = 0.55;
    private static final double WITH_NOTE = 0.10;
    private static final double ENCYCLOPEDIA = 0.3;

    /** Statements start between these days; periods end by the last day of 2024. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1979, 1, 1);
    private static final LocalDate LAST_START = LocalDate.of(2022, 12, 31);

    static final String LOCATION = "Location";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String[] OUTLETS = {
        "Example Herald", "Synthetic Wire", "The Sample Times", "Placeholder Radio", "Test Pattern Daily", "Mock Gazette",
    };

    private final Vocabulary vocabulary;
    private final long seed;
    private final int statements;
    private final int entities;
    private final String prefix;

    /** What was written, for the command to print. */
    public record Report(Path dir, int documents, int references, int entities, int statements, List<Hub> busiest) {}

    /** An entity and the number of statements it is the subject or object of. */
    public record Hub(String id, String type, String name, int statements) {}

    /**
     * @param prefix starts every id, so that two generated datasets loaded side by side do not clash
     * @throws IllegalArgumentException for counts below {@link #MIN_STATEMENTS} or {@link #MIN_ENTITIES},
     *                                  or a prefix that is not a slug
     */
    public DatasetGenerator(Vocabulary vocabulary, long seed, int statements, int entities, String prefix) {
        if (statements < MIN_STATEMENTS) {
            throw new IllegalArgumentException("--statements must be at least " + MIN_STATEMENTS + ", not " + statements);
        }
        if (entities < MIN_ENTITIES) {
            throw new IllegalArgumentException("--entities must be at least " + MIN_ENTITIES + ", not " + entities);
        }
        if (!SLUG.matcher(prefix).matches()) {
            throw new IllegalArgumentException("--prefix must be a slug (lowercase letters, digits, hyphens), not \"" + prefix + "\"");
        }
        for (String kind : List.of("news", "encyclopedia", "reference")) {
            if (!vocabulary.sourceKinds().contains(kind)) {
                throw new IllegalStateException("the vocabulary has no source kind \"" + kind + "\"");
            }
        }
        this.vocabulary = vocabulary;
        this.seed = seed;
        this.statements = statements;
        this.entities = entities;
        this.prefix = prefix;
    }

    /** The default number of entities for a number of statements: one for every five statements. */
    public static int defaultEntities(int statements) {
        return Math.max(MIN_ENTITIES, statements / 5);
    }

    /** The default prefix: the folder's name as a slug. */
    public static String defaultPrefix(Path dir) {
        return Names.slug(dir.toAbsolutePath().normalize().getFileName().toString());
    }

    /** Writes the three files into {@code dir} (created when missing), replacing files of the same names. */
    public Report write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        Documents documents = writeSources(dir.resolve(SeedReader.SOURCES), random);
        Cast cast = writeEntities(dir.resolve(SeedReader.ENTITIES), random);
        int[] degree = writeStatements(dir.resolve(SeedReader.RELATIONSHIPS), random, documents, cast);
        return new Report(dir, documents.ids.length, documents.references, entities, statements, busiest(cast, degree, 5));
    }

    /** The documents statements cite, in order of how often they are cited, with their reference counts. */
    private record Documents(String[] ids, int[] refCounts, int references, Cumulative citations) {}

    private Documents writeSources(Path file, SplittableRandom random) throws IOException {
        int count = Math.max(10, Math.min(400, statements / 2500));
        String[] ids = new String[count];
        int[] refCounts = new int[count];
        int references = 0;
        int width = Math.max(4, digits(count));
        try (CsvWriter csv = new CsvWriter(file, "id", "kind", "title", "publisher", "published", "url", "file",
                "parent", "ref", "note")) {
            for (int d = 0; d < count; d++) {
                String id = prefix + "-src-" + pad(d + 1, width);
                // the most cited document is an encyclopedia article, as in the curated data
                boolean encyclopedia = d == 0 || d != 1 && random.nextDouble() < ENCYCLOPEDIA;
                String place = Names.word(random).text();
                String title = encyclopedia
                        ? Names.pick(random, place + " conflict", "Battle of " + place, place + " insurgency",
                                "Siege of " + place + ", " + (1980 + random.nextInt(44)))
                        : Names.pick(random, "Clashes near " + place + " leave " + (2 + random.nextInt(60)) + " dead",
                                place + " talks stall, officials say", "Fighters enter " + place + " Valley",
                                "\"No retreat,\" says " + place + " commander");
                String publisher = encyclopedia ? "Generated Encyclopedia" : Names.pick(random, OUTLETS);
                String published = randomPublished(random);
                String note = random.nextDouble() < 0.1 ? "Synthetic document, generated with seed " + seed + "; not a real source." : null;
                csv.row(id, encyclopedia ? "encyclopedia" : "news", title, publisher, published,
                        "https://example.org/" + prefix + "/" + id, null, null, null, note);
                int refs = encyclopedia ? 20 + random.nextInt(100) : random.nextInt(4);
                for (int k = 1; k <= refs; k++) {
                    csv.row(id + "-r" + k, "reference",
                            "Reference " + k + ": " + Names.word(random).text() + " "
                                    + Names.pick(random, "report", "interview", "communique", "press release"),
                            random.nextBoolean() ? Names.pick(random, OUTLETS) : null, null, null, null, id, k, null);
                }
                ids[d] = id;
                refCounts[d] = refs;
                references += refs;
            }
        }
        return new Documents(ids, refCounts, references, Cumulative.zipf(count, DOCUMENT_EXPONENT));
    }

    /**
     * The entities in memory (the only thing that is): their ids, names and types, and per type the
     * members in rank order with a Zipf sampler over them.
     */
    private record Cast(String[] ids, String[] names, String[] types, Map<String, int[]> members,
                        Map<String, Cumulative> rank) {}

    private Cast writeEntities(Path file, SplittableRandom random) throws IOException {
        List<String> typeNames = vocabulary.entityTypeNames();
        int[] counts = typeCounts(typeNames);
        // interleave the types, so that an id says nothing about its type or its rank
        String[] types = new String[entities];
        int at = 0;
        for (int t = 0; t < typeNames.size(); t++) {
            for (int i = 0; i < counts[t]; i++) {
                types[at++] = typeNames.get(t);
            }
        }
        for (int i = types.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = types[i];
            types[i] = types[j];
            types[j] = swap;
        }
        String[] ids = new String[entities];
        String[] names = new String[entities];
        Map<String, int[]> members = new TreeMap<>();
        Map<String, Integer> filled = new TreeMap<>();
        for (int t = 0; t < typeNames.size(); t++) {
            members.put(typeNames.get(t), new int[counts[t]]);
            filled.put(typeNames.get(t), 0);
        }
        int width = Math.max(6, digits(entities));
        try (CsvWriter csv = new CsvWriter(file, "id", "type", "name", "aliases", "description")) {
            for (int e = 0; e < entities; e++) {
                String type = types[e];
                Names.Name name = Names.of(type, random);
                ids[e] = prefix + "-e-" + pad(e + 1, width);
                names[e] = name.text();
                int rank = filled.merge(type, 1, Integer::sum) - 1;
                members.get(type)[rank] = e;
                String kind = type.toLowerCase(Locale.ROOT);
                csv.row(ids[e], type, name.text(), String.join("|", Names.aliases(name, random)),
                        "Generated " + kind + " no. " + (rank + 1) + " of " + prefix + ", synthetic; not a real "
                                + (LOCATION.equals(type) ? "place." : "party."));
            }
        }
        Map<String, Cumulative> rank = new TreeMap<>();
        members.forEach((type, m) -> rank.put(type, Cumulative.zipf(m.length, ENTITY_EXPONENT)));
        return new Cast(ids, names, types, members, rank);
    }

    /** Entities per type by {@link #ENTITY_SHARES}, at least two of each; the largest type absorbs rounding. */
    private int[] typeCounts(List<String> typeNames) {
        double total = typeNames.stream().mapToDouble(t -> ENTITY_SHARES.getOrDefault(t, OTHER_SHARE)).sum();
        int[] counts = new int[typeNames.size()];
        int sum = 0;
        int largest = 0;
        for (int t = 0; t < counts.length; t++) {
            double share = ENTITY_SHARES.getOrDefault(typeNames.get(t), OTHER_SHARE) / total;
            counts[t] = Math.max(2, (int) Math.round(entities * share));
            sum += counts[t];
            largest = counts[t] > counts[largest] ? t : largest;
        }
        counts[largest] += entities - sum;
        if (counts[largest] < 2) {
            throw new IllegalArgumentException("--entities " + entities + " is too few for " + counts.length + " entity types");
        }
        return counts;
    }

    private int[] writeStatements(Path file, SplittableRandom random, Documents documents, Cast cast) throws IOException {
        List<Vocabulary.RelationshipType> relTypes = vocabulary.relationshipTypes();
        List<Vocabulary.ClaimStatus> statuses = vocabulary.claimStatuses();
        List<Vocabulary.DatePrecision> precisions = vocabulary.datePrecisions();
        Cumulative typePick = weighted(relTypes, t -> TYPE_WEIGHTS.getOrDefault(t.name(), OTHER_WEIGHT));
        Cumulative statusPick = weighted(statuses, s -> STATUS_WEIGHTS.getOrDefault(s.name(), OTHER_WEIGHT));
        Cumulative precisionPick = weighted(precisions, p -> PRECISION_WEIGHTS.getOrDefault(p.name(), OTHER_WEIGHT));
        List<Cumulative> subjectTypes = relTypes.stream().map(t -> endpointTypes(t.subjects())).toList();
        List<Cumulative> objectTypes = relTypes.stream().map(t -> endpointTypes(t.objects())).toList();
        List<String> claimantTypeNames = vocabulary.entityTypeNames().stream().filter(t -> !LOCATION.equals(t)).toList();
        Cumulative claimantTypes = endpointTypes(claimantTypeNames);
        List<String> placeTypes = List.of(LOCATION);
        Cumulative placeType = endpointTypes(placeTypes);
        for (Vocabulary.DatePrecision p : precisions) {
            DateShape.of(p); // fails early on a precision this generator cannot write
        }

        int[] degree = new int[entities];
        int width = Math.max(7, digits(statements));
        try (CsvWriter csv = new CsvWriter(file, "id", "type", "subject", "object", "date", "date_end",
                "date_precision", "status", "claimed_by", "source", "ref", "excerpt", "place", "note")) {
            for (int k = 0; k < statements; k++) {
                // the first rows go through every type, status and date form once, so that each occurs
                int t = k < relTypes.size() ? k : typePick.pick(random);
                Vocabulary.RelationshipType type = relTypes.get(t);
                int subject = draw(cast, type.subjects(), subjectTypes.get(t), random, -1);
                int object = draw(cast, type.objects(), objectTypes.get(t), random, subject);
                degree[subject]++;
                degree[object]++;

                Vocabulary.ClaimStatus status = statuses.get(k < statuses.size() ? k : statusPick.pick(random));
                int claimant = -1;
                if (status.needsClaimant()) {
                    double who = random.nextDouble();
                    claimant = who < 0.5 || who < 0.7 && LOCATION.equals(cast.types[object]) ? subject
                            : who < 0.7 ? object
                            : draw(cast, claimantTypeNames, claimantTypes, random, -1);
                }

                String[] date = dates(k, precisions, precisionPick, random);

                int document = documents.citations.pick(random);
                String ref = null;
                int refs = documents.refCounts[document];
                if (refs > 0 && random.nextDouble() < WITH_REF) {
                    int first = 1 + random.nextInt(refs);
                    int last = Math.min(refs, first + (random.nextDouble() < 0.8 ? 0 : 1 + random.nextInt(2)));
                    StringBuilder b = new StringBuilder().append(first);
                    for (int n = first + 1; n <= last; n++) {
                        b.append('|').append(n);
                    }
                    ref = b.toString();
                }

                int place = random.nextDouble() < WITH_PLACE
                        ? draw(cast, placeTypes, placeType, random, -1) : -1;
                String note = random.nextDouble() < WITH_NOTE ? note(random) : null;
                String excerpt = excerpt(status, claimant < 0 ? null : cast.names[claimant], cast.names[subject],
                        type.label(), cast.names[object], place < 0 ? null : cast.names[place]);

                csv.row(prefix + "-s-" + pad(k + 1, width), type.name(), cast.ids[subject], cast.ids[object],
                        date[0], date[1], date[2], status.name(), claimant < 0 ? null : cast.ids[claimant],
                        documents.ids[document], ref, excerpt, place < 0 ? null : cast.ids[place], note);
            }
        }
        return degree;
    }

    /**
     * Draws an entity: first its type among {@code allowed} (by {@link #ENDPOINT_WEIGHTS}), then its
     * rank within the type, by the Zipf law or, for {@link #UNIFORM_ENDPOINTS} of the draws, uniformly. Never returns {@code not} (no statement links an entity to itself).
     */
    private static int draw(Cast cast, List<String> allowed, Cumulative typePick, SplittableRandom random, int not) {
        String type = allowed.get(typePick.pick(random));
        int[] members = cast.members.get(type);
        int rank = random.nextDouble() < UNIFORM_ENDPOINTS ? random.nextInt(members.length) : cast.rank.get(type).pick(random);
        if (members[rank] == not) {
            rank = (rank + 1) % members.length;
        }
        return members[rank];
    }

    private static Cumulative endpointTypes(List<String> types) {
        return weighted(types, t -> ENDPOINT_WEIGHTS.getOrDefault(t, OTHER_WEIGHT));
    }

    private static <T> Cumulative weighted(List<T> items, Function<T, Double> weight) {
        return new Cumulative(items.stream().mapToDouble(weight::apply).toArray());
    }

    /** How a date of one precision is drawn and written, told by the precision's declared pattern. */
    private enum DateShape {
        DAY, MONTH, YEAR;

        static DateShape of(Vocabulary.DatePrecision precision) {
            return switch (precision.pattern()) {
                case "YYYY-MM-DD" -> DAY;
                case "YYYY-MM" -> MONTH;
                case "YYYY" -> YEAR;
                default -> throw new IllegalStateException("cannot generate dates of precision " + precision.name()
                        + " (pattern " + precision.pattern() + ")");
            };
        }
    }

    /** {date, date_end, date_precision}, each possibly null. */
    private static String[] dates(int k, List<Vocabulary.DatePrecision> precisions, Cumulative precisionPick,
                                  SplittableRandom random) {
        // forms in turn for the first rows: undated, then each precision as a single date and as a period
        int forms = 1 + 2 * precisions.size();
        boolean undated;
        int p;
        boolean period;
        if (k < forms) {
            undated = k == 0;
            p = Math.max(0, (k - 1) / 2);
            period = k > 0 && (k - 1) % 2 == 1;
        } else {
            undated = random.nextDouble() < UNDATED;
            p = precisionPick.pick(random);
            period = random.nextDouble() < PERIOD;
        }
        if (undated) {
            return new String[3];
        }
        Vocabulary.DatePrecision precision = precisions.get(p);
        LocalDate start = FIRST_DAY.plusDays(random.nextLong(LAST_START.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
        return switch (DateShape.of(precision)) {
            case DAY -> new String[] {start.toString(),
                    period ? start.plusDays(1 + random.nextInt(730)).toString() : null, precision.name()};
            case MONTH -> new String[] {YearMonth.from(start).toString(),
                    period ? YearMonth.from(start).plusMonths(1 + random.nextInt(24)).toString() : null, precision.name()};
            case YEAR -> new String[] {Year.from(start).toString(),
                    period ? Year.from(start).plusYears(1 + random.nextInt(2)).toString() : null, precision.name()};
        };
    }

    private static String randomPublished(SplittableRandom random) {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(35 * 365));
        return random.nextDouble() < 0.8 ? day.toString() : YearMonth.from(day).toString();
    }

    /** A short synthetic sentence (at most 20 words) in the voice its status calls for. */
    static String excerpt(Vocabulary.ClaimStatus status, String claimant, String subject, String label, String object,
                          String place) {
        String clause = subject + " " + label + " " + object + (place == null ? "" : " in " + place) + ".";
        return switch (status.name()) {
            case "reported" -> "Reports said " + clause;
            case "alleged" -> "It was alleged that " + clause;
            case "unconfirmed" -> "Unconfirmed reports said " + clause;
            case "denied" -> claimant + " denied that " + clause;
            default -> status.needsClaimant() ? claimant + " said " + clause : clause;
        };
    }

    private static String note(SplittableRandom random) {
        int n = 2 + random.nextInt(300);
        return Names.pick(random, n + " fighters", n + " civilians", "recapture", "count disputed, between " + n
                + " and " + (n + 1 + random.nextInt(50)), "the \"second\" report of the event", "as provincial governor");
    }

    private static List<Hub> busiest(Cast cast, int[] degree, int count) {
        List<Hub> hubs = new ArrayList<>();
        boolean[] taken = new boolean[degree.length];
        for (int h = 0; h < Math.min(count, degree.length); h++) {
            int best = -1;
            for (int e = 0; e < degree.length; e++) {
                if (!taken[e] && (best < 0 || degree[e] > degree[best])) {
                    best = e;
                }
            }
            taken[best] = true;
            hubs.add(new Hub(cast.ids[best], cast.types[best], cast.names[best], degree[best]));
        }
        return hubs;
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}

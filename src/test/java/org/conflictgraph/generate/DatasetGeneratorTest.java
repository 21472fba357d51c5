package org.conflictgraph.generate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.conflictgraph.load.SeedDataset;
import org.conflictgraph.load.SeedReader;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The dataset generator")
class DatasetGeneratorTest {
    static final Vocabulary VOCABULARY = Vocabulary.load();
    static final int STATEMENTS = 20_000;
    static final int ENTITIES = DatasetGenerator.defaultEntities(STATEMENTS);
    static final List<String> FILES = List.of(SeedReader.SOURCES, SeedReader.ENTITIES, SeedReader.RELATIONSHIPS);

    @TempDir
    static Path temp;

    static Path dir;
    static DatasetGenerator.Report report;
    static SeedDataset dataset;
    static List<Map<String, String>> rows;

    @BeforeAll
    static void generate() throws IOException {
        dir = temp.resolve("gen-test");
        report = new DatasetGenerator(VOCABULARY, 42, STATEMENTS, ENTITIES, "gt").write(dir);
        // the real validator: endpoint types, statuses, claimants, dates, sources, excerpts, slugs, unique ids
        dataset = new SeedReader(VOCABULARY).read(dir);
        rows = csv(dir.resolve(SeedReader.RELATIONSHIPS));
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    @Test
    @DisplayName("writes a dataset the seed validator accepts, with the counts asked for")
    void shouldPassTheSeedValidatorWithTheCountsAskedFor() {
        assertEquals(STATEMENTS, dataset.statements().size());
        assertEquals(ENTITIES, dataset.entities().size());
        assertEquals(report.documents() + report.references(), dataset.sources().size());
        assertEquals("gen-test", dataset.name());
    }

    @Test
    @DisplayName("writes byte-identical files for the same seed, and other files for another seed")
    void shouldBeDeterministicInItsSeed() throws IOException {
        Path again = temp.resolve("again");
        Path other = temp.resolve("other");
        new DatasetGenerator(VOCABULARY, 42, STATEMENTS, ENTITIES, "gt").write(again);
        new DatasetGenerator(VOCABULARY, 43, STATEMENTS, ENTITIES, "gt").write(other);
        for (String file : FILES) {
            assertEquals(-1, Files.mismatch(dir.resolve(file), again.resolve(file)), file + " differs on a second run");
            assertNotEquals(-1, Files.mismatch(dir.resolve(file), other.resolve(file)), file + " ignores the seed");
        }
    }

    @Test
    @DisplayName("starts every id with the prefix and numbers statements from 1")
    void shouldPrefixEveryId() {
        assertTrue(dataset.sources().stream().allMatch(s -> s.id().startsWith("gt-src-")));
        assertTrue(dataset.entities().stream().allMatch(e -> e.id().startsWith("gt-e-")));
        assertEquals("gt-s-0000001", dataset.statements().get(0).id());
        assertEquals("gt-s-0020000", dataset.statements().get(STATEMENTS - 1).id());
    }

    @Test
    @DisplayName("uses every entity type, with aliases on some entities")
    void shouldUseEveryEntityType() {
        assertEquals(new TreeSet<>(VOCABULARY.entityTypeNames()),
                dataset.entities().stream().map(SeedDataset.Entity::type).collect(Collectors.toCollection(TreeSet::new)));
        long withAliases = dataset.entities().stream().filter(e -> !e.aliases().isEmpty()).count();
        assertTrue(withAliases > ENTITIES / 10 && withAliases < ENTITIES / 2, "entities with aliases: " + withAliases);
        assertTrue(dataset.entities().stream().flatMap(e -> e.aliases().stream()).anyMatch(a -> a.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)),
                "no alias in Persian script");
    }

    @Test
    @DisplayName("uses every relationship type, claim status and date precision")
    void shouldUseEveryTypeStatusAndPrecision() {
        assertEquals(new TreeSet<>(VOCABULARY.relationshipTypeNames()), column("type"));
        assertEquals(new TreeSet<>(VOCABULARY.claimStatusNames()), column("status"));
        Set<String> precisions = column("date_precision");
        assertTrue(precisions.remove(""), "no undated statement");
        assertEquals(new TreeSet<>(VOCABULARY.datePrecisionNames()), precisions);
        for (String precision : VOCABULARY.datePrecisionNames()) {
            assertTrue(rows.stream().anyMatch(r -> precision.equals(r.get("date_precision")) && !r.get("date_end").isEmpty()),
                    "no period of precision " + precision);
        }
    }

    @Test
    @DisplayName("gives a claimant to exactly the statements whose status needs one")
    void shouldGiveClaimantsWhereTheStatusNeedsOne() {
        for (SeedDataset.Statement s : dataset.statements()) {
            boolean needs = VOCABULARY.claimStatus(s.status()).orElseThrow().needsClaimant();
            assertEquals(needs, s.claimedBy() != null, s.id() + " " + s.status() + " claimed by " + s.claimedBy());
        }
    }

    @Test
    @DisplayName("cites documents, with reference numbers that exist in the cited document")
    void shouldCiteReferencesOfTheCitedDocument() {
        Map<String, SeedDataset.Source> sources = dataset.sources().stream()
                .collect(Collectors.toMap(SeedDataset.Source::id, Function.identity()));
        Set<String> references = dataset.sources().stream().filter(s -> "reference".equals(s.kind()))
                .map(s -> s.parent() + "#" + s.ref()).collect(Collectors.toSet());
        Set<String> kinds = dataset.sources().stream().map(SeedDataset.Source::kind).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("encyclopedia", "news", "reference"), kinds);
        long withRef = 0;
        for (SeedDataset.Statement s : dataset.statements()) {
            assertNotEquals("reference", sources.get(s.source()).kind(), s.id() + " cites a reference, not a document");
            for (String ref : s.ref()) {
                assertTrue(references.contains(s.source() + "#" + ref), s.id() + ": no reference " + ref + " in " + s.source());
            }
            withRef += s.ref().isEmpty() ? 0 : 1;
        }
        assertTrue(withRef > STATEMENTS / 10, "statements with a ref: " + withRef);
        assertTrue(dataset.statements().stream().anyMatch(s -> s.ref().size() > 1), "no statement cites several references");
    }

    @Test
    @DisplayName("puts places and notes on some statements, and keeps excerpts to 20 words")
    void shouldWritePlacesNotesAndShortExcerpts() {
        long places = dataset.statements().stream().filter(s -> s.place() != null).count();
        long notes = dataset.statements().stream().filter(s -> s.note() != null).count();
        assertTrue(places > STATEMENTS / 10 && places < STATEMENTS / 2, "statements with a place: " + places);
        assertTrue(notes > STATEMENTS / 20 && notes < STATEMENTS / 4, "statements with a note: " + notes);
        int longest = dataset.statements().stream().mapToInt(s -> s.excerpt().split(" ").length).max().orElseThrow();
        assertTrue(longest <= 20, "longest excerpt: " + longest + " words");
        assertTrue(dataset.statements().stream().noneMatch(s -> s.subject().equals(s.object())), "a statement links an entity to itself");
    }

    @Test
    @DisplayName("draws a heavy tail: a few hubs with many statements, most entities with a handful")
    void shouldHaveHeavyTailedDegrees() {
        Map<String, Integer> degree = new HashMap<>();
        dataset.entities().forEach(e -> degree.put(e.id(), 0));
        for (SeedDataset.Statement s : dataset.statements()) {
            degree.merge(s.subject(), 1, Integer::sum);
            degree.merge(s.object(), 1, Integer::sum);
        }
        int[] sorted = degree.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int busiest = sorted[sorted.length - 1];
        int median = sorted[sorted.length / 2];
        double mean = Arrays.stream(sorted).average().orElseThrow();
        assertTrue(busiest >= STATEMENTS / 50, "busiest entity: " + busiest + " statements");
        assertTrue(median <= mean / 2, "median degree " + median + ", mean " + mean);
        assertEquals(busiest, report.busiest().get(0).statements());
        assertEquals(busiest, degree.get(report.busiest().get(0).id()));
    }

    @Test
    @DisplayName("refuses too few statements or entities, and a prefix that is not a slug")
    void shouldRefuseBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetGenerator(VOCABULARY, 1, 99, 100, "gt"));
        assertThrows(IllegalArgumentException.class, () -> new DatasetGenerator(VOCABULARY, 1, 1000, 49, "gt"));
        assertThrows(IllegalArgumentException.class, () -> new DatasetGenerator(VOCABULARY, 1, 1000, 200, "Gen_1"));
    }

    private static Set<String> column(String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toCollection(TreeSet::new));
    }
}

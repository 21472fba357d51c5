package org.conflictgraph.actor;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Search recall over the spellings the five source documents use. {@code search/spellings.csv} lists, for
 * every entity, each way a document names it (full names, surnames, titles, plurals and possessives,
 * acronyms, Persian script, handles), read from the documents, not from the aliases column. Recall is the
 * share of spellings whose entity is among the first three answers of {@code GET /api/entities?q=}.
 * Run {@code mvn -B test -Dtest=SpellingRecallTest}; the recall line is printed to the console.
 */
@MicronautTest
@DisplayName("Search finds every spelling the documents use")
@SuppressWarnings("unchecked")
class SpellingRecallTest {
    static final Path DOCUMENTS = Path.of("../shared/seeds");
    static final Path ENTITIES = Path.of("seeds/panjshir/entities.csv");
    static final int TOP = 3;
    /** Entities the documents only describe, never name ("his supporters", "the residence where Saleh had been hiding"). */
    static final Set<String> DESCRIBED_ONLY = Set.of("central-afghanistan-holdouts", "saleh-residence-panjshir",
            "makhdum-alem-supporters", "indian-army", "afghan-parliament");

    record Spelling(String entityId, String spelling, String document) {}

    static List<Spelling> spellings;

    @Inject
    @Client("/")
    HttpClient client;

    @BeforeAll
    static void readSpellings() throws IOException {
        try (InputStream in = SpellingRecallTest.class.getResourceAsStream("/search/spellings.csv")) {
            MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            spellings = rows.readAll().stream()
                    .map(r -> new Spelling(r.get("entity_id"), r.get("spelling"), r.get("document"))).toList();
        }
    }

    private List<String> top(String q) {
        UriBuilder uri = UriBuilder.of("/api/entities").queryParam("q", q).queryParam("limit", String.valueOf(TOP));
        List<Map<String, Object>> hits = client.toBlocking().retrieve(HttpRequest.GET(uri.build()), List.class);
        return hits.stream().map(h -> (String) h.get("id")).toList();
    }

    @Test
    @DisplayName("every spelling's entity ranks in the top 3; prints the recall")
    void recall() {
        List<String> misses = new ArrayList<>();
        for (Spelling s : spellings) {
            List<String> ids;
            try {
                ids = top(s.spelling());
            } catch (HttpClientResponseException e) {
                ids = List.of("HTTP " + e.getStatus().getCode());
            }
            if (!ids.contains(s.entityId())) {
                misses.add(s.entityId() + " <- \"" + s.spelling() + "\" got " + ids);
            }
        }
        int found = spellings.size() - misses.size();
        System.out.printf("Search recall (entity in top %d): %d/%d = %.1f%%%n", TOP, found, spellings.size(),
                100.0 * found / spellings.size());
        misses.forEach(m -> System.out.println("  missed: " + m));
        assertEquals(List.of(), misses, "spellings whose entity is not in the top " + TOP);
    }

    @Test
    @DisplayName("every spelling occurs in the document it names (case-insensitive, as a whole word)")
    void spellingsOccurInTheirDocuments() throws IOException {
        assumeTrue(Files.isDirectory(DOCUMENTS),
                "skipped: the source documents are not at " + DOCUMENTS.toAbsolutePath() + " (shared/seeds beside the clone)");
        Map<String, String> texts = new HashMap<>();
        List<String> absent = new ArrayList<>();
        for (Spelling s : spellings) {
            String text = texts.computeIfAbsent(s.document(), d -> {
                try {
                    return Files.readString(DOCUMENTS.resolve(d));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + d, e);
                }
            });
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(s.spelling()) + "(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (!word.matcher(text).find()) {
                absent.add(s.entityId() + ": \"" + s.spelling() + "\" not in " + s.document());
            }
        }
        assertEquals(List.of(), absent);
    }

    @Test
    @DisplayName("every entity the documents name has at least one spelling, and every spelling names a known entity")
    void everyEntityIsCovered() throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(ENTITIES.toFile())) {
            rows.readAll().forEach(r -> ids.add(r.get("id")));
        }
        Set<String> listed = new LinkedHashSet<>();
        spellings.forEach(s -> listed.add(s.entityId()));
        List<String> unknown = listed.stream().filter(id -> !ids.contains(id)).toList();
        List<String> uncovered = ids.stream().filter(id -> !listed.contains(id) && !DESCRIBED_ONLY.contains(id)).toList();
        assertEquals(List.of(), unknown, "spellings for ids that are not in entities.csv");
        assertEquals(List.of(), uncovered, "entities with no spelling in search/spellings.csv");
        assertTrue(ids.containsAll(DESCRIBED_ONLY), "DESCRIBED_ONLY names only existing entities");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} in the top 3")
    @DisplayName("spellings readers type that the documents happen not to use")
    @CsvSource(delimiter = ';', value = {
            "Gen. Hasibullah; general-hasibullah",
            "Commander Massoud; ahmad-massoud",
            "Senator Lindsey Graham; lindsey-graham",
            "Al Qaeda; al-qaeda",
            "al-Qaida; al-qaeda",
            "IS KP; iskp",
            "I.S.K.P.; iskp",
            "ISIS K; iskp",
            "Taliban fighters; taliban",
            "Herat province; herat-province",
            "Andarab valley; andarab",
            "Tajikistan government; tajikistan",
            "Hazara people; hazaras",
            "Soviet; soviet-union",
            "Massoud's forces; ahmad-massoud",
    })
    void otherSpellings(String q, String id) {
        List<String> ids = top(q);
        assertTrue(ids.contains(id), id + " in the top 3 for \"" + q + "\": " + ids);
    }

    @ParameterizedTest(name = "\"{0}\" shows {1} and {2} in the top 3")
    @DisplayName("one real-world actor split in two: either name surfaces both")
    @CsvSource({
            "Taliban, taliban, islamic-emirate-of-afghanistan",
            "Islamic Emirate of Afghanistan, islamic-emirate-of-afghanistan, taliban",
            "BBC, bbc, bbc-persian",
            "BBC Persian, bbc-persian, bbc",
            "Panjshir Province, panjshir-province, panjshir-valley",
            "Panjshir Valley, panjshir-valley, panjshir-province",
            "Kabul, kabul, kabul-province",
            "Kabul Province, kabul-province, kabul",
    })
    void splitEntities(String q, String first, String other) {
        List<String> ids = top(q);
        assertEquals(first, ids.get(0), "the exact name first: " + ids);
        assertTrue(ids.contains(other), other + " in the top 3: " + ids);
    }
}

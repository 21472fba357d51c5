package org.conflictgraph.dataset;

import org.conflictgraph.load.SeedDataset;
import org.conflictgraph.load.SeedReader;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Quality bars for the curated Panjshir dataset in seeds/panjshir. */
@DisplayName("The Panjshir dataset")
class PanjshirDatasetTest {
    static final Path SEEDS = Path.of("seeds/panjshir");
    /** The stored source documents live beside the repository, in shared/seeds. */
    static final Path DOCUMENTS = Path.of("../shared/seeds");

    static SeedDataset dataset;

    @BeforeAll
    static void read() {
        // validation covers: known types, endpoint types the vocabulary allows, statuses, claimants, sources, excerpts
        dataset = new SeedReader(Vocabulary.load()).read(SEEDS);
    }

    static String normalise(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    @Test
    @DisplayName("is large enough: at least 80 entities and 250 statements")
    void size() {
        assertTrue(dataset.entities().size() >= 80, "entities: " + dataset.entities().size());
        assertTrue(dataset.statements().size() >= 250, "statements: " + dataset.statements().size());
    }

    @Test
    @DisplayName("every excerpt occurs verbatim in its source document")
    void excerptsAreVerbatim() throws IOException {
        assumeTrue(Files.isDirectory(DOCUMENTS),
                "skipped: the source documents are not at " + DOCUMENTS.toAbsolutePath() + " (shared/seeds beside the clone)");
        Map<String, SeedDataset.Source> sources = dataset.sources().stream()
                .collect(Collectors.toMap(SeedDataset.Source::id, Function.identity()));
        Map<String, String> documents = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (SeedDataset.Statement s : dataset.statements()) {
            if ("background".equals(sources.get(s.source()).kind())) {
                continue; // plain geography that no document states; its excerpt is our own wording
            }
            String file = sources.get(s.source()).file();
            assertTrue(file != null && !file.isEmpty(), s.id() + ": its source " + s.source() + " names no stored document");
            String text = documents.computeIfAbsent(file, f -> {
                try {
                    return normalise(Files.readString(DOCUMENTS.resolve(f)));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            });
            if (!text.contains(normalise(s.excerpt()))) {
                missing.add(s.id() + " (" + file + "): " + s.excerpt());
            }
        }
        assertEquals(List.of(), missing, "excerpts not found verbatim");
    }

    @Test
    @DisplayName("every reference number a statement cites exists as a reference of its source")
    void refsResolve() {
        Set<String> references = dataset.sources().stream().filter(s -> "reference".equals(s.kind()))
                .map(s -> s.parent() + "#" + s.ref()).collect(Collectors.toSet());
        List<String> dangling = dataset.statements().stream()
                .flatMap(s -> s.ref().stream().map(r -> s.source() + "#" + r + " in " + s.id()))
                .filter(key -> !references.contains(key.substring(0, key.indexOf(" in "))))
                .toList();
        assertEquals(List.of(), dangling);
    }

    @Test
    @DisplayName("the encyclopedia's 174 numbered references are sources linked to the article")
    void referencesAreSources() {
        long references = dataset.sources().stream()
                .filter(s -> "reference".equals(s.kind()) && "wp-panjshir-conflict".equals(s.parent())).count();
        assertEquals(174, references);
    }

    @Test
    @DisplayName("keeps both sides of a contradiction: Pakistan's backing of the Taliban is unconfirmed, and denied by Pakistan's Foreign Office")
    void contradictionsKept() {
        Set<String> pakistanItself = dataset.statements().stream()
                .filter(s -> s.type().equals("MEMBER_OF") && s.object().equals("pakistan"))
                .map(SeedDataset.Statement::subject).collect(Collectors.toSet());
        assertTrue(pakistanItself.contains("pakistan-foreign-office"), "the Foreign Office is an organ of Pakistan");
        var backing = dataset.statements().stream()
                .filter(s -> s.type().equals("SUPPORTED") && s.subject().equals("pakistan") && s.object().equals("taliban"))
                .toList();
        assertTrue(backing.stream().anyMatch(s -> s.status().equals("unconfirmed")), "an unconfirmed statement");
        assertTrue(backing.stream().anyMatch(s -> s.status().equals("denied") && pakistanItself.contains(s.claimedBy())),
                "a denial by Pakistan");
    }

    @Test
    @DisplayName("keeps the Massouds apart: the NRF leader and his late father are different people")
    void noSilentMerge() {
        var massouds = dataset.entities().stream().filter(e -> e.id().equals("ahmad-massoud") || e.id().equals("ahmad-shah-massoud")).toList();
        assertEquals(2, massouds.size());
        assertTrue(dataset.statements().stream().anyMatch(s -> s.type().equals("RELATIVE_OF")
                && Set.of(s.subject(), s.object()).equals(Set.of("ahmad-massoud", "ahmad-shah-massoud"))));
    }

    @Test
    @DisplayName("records every spelling: Amarullah for Amrullah Saleh, Dashti for Fahim Dashty")
    void aliases() {
        Map<String, SeedDataset.Entity> byId = dataset.entities().stream()
                .collect(Collectors.toMap(SeedDataset.Entity::id, Function.identity()));
        assertTrue(byId.get("amrullah-saleh").aliases().stream().anyMatch(a -> a.contains("Amarullah")));
        assertTrue(byId.get("fahim-dashty").aliases().contains("Fahim Dashti"));
    }
}

package org.conflictgraph.filter;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statements are found by id through per-type relationship indexes, never by scanning every relationship. */
@MicronautTest
@DisplayName("Lookups of statements by id are index seeks")
class StatementLookupTest {
    static final Pattern INDEX = Pattern.compile(
            "CREATE INDEX statement_id_(\\w+) IF NOT EXISTS FOR \\(\\)-\\[r:(\\w+)]-\\(\\) ON \\(r\\.id\\);");
    static final Pattern DATE_INDEX = Pattern.compile(
            "CREATE INDEX statement_date_(\\w+) IF NOT EXISTS FOR \\(\\)-\\[r:(\\w+)]-\\(\\) ON \\(r\\.date\\);");
    static final Pattern TYPE_LIST = Pattern.compile("\\[r:([A-Z_|]+)]");

    @Inject
    Driver driver;

    @Inject
    Vocabulary vocabulary;

    @Test
    @DisplayName("cypher/schema.cypher indexes the id of exactly the relationship types of seeds/vocabulary.yml")
    void schemaCoversTheVocabulary() throws IOException {
        assertEquals(vocabulary.relationshipTypeNames(), indexedTypes(INDEX));
    }

    @Test
    @DisplayName("cypher/schema.cypher indexes the date of exactly the relationship types of seeds/vocabulary.yml")
    void dateIndexesCoverTheVocabulary() throws IOException {
        assertEquals(vocabulary.relationshipTypeNames(), indexedTypes(DATE_INDEX));
    }

    /** The types of the schema's indexes that {@code index} matches, each index named after its type. */
    private static List<String> indexedTypes(Pattern index) throws IOException {
        List<String> indexed = new ArrayList<>();
        Matcher m = index.matcher(Files.readString(Path.of("cypher", "schema.cypher")));
        while (m.find()) {
            assertEquals(m.group(2).toLowerCase(), m.group(1), "the index is named after its type");
            indexed.add(m.group(2));
        }
        return indexed;
    }

    @Test
    @DisplayName("the network as of a day names every type of the vocabulary and reads its dated statements through their date indexes")
    void networkAsOfSeeksByDate() {
        String cypher = CypherFiles.read("queries/network-as-of.cypher");
        Matcher m = TYPE_LIST.matcher(cypher);
        assertTrue(m.find(), "network-as-of names the statement types");
        assertEquals(vocabulary.relationshipTypeNames(), List.of(m.group(1).split("\\|")));

        // a range seek per type (on the seed's few statements the planner may scan a type's small date index instead);
        // the undated statements, last, are the one full scan, read only when the dated ones run out
        List<String> operators = operators("network-as-of", cypher);
        long indexed = operators.stream().filter(o -> o.contains("RelationshipIndexSeekByRange") || o.contains("RelationshipIndexScan")).count();
        assertEquals(vocabulary.relationshipTypeNames().size(), indexed, operators.toString());
        assertTrue(operators.stream().noneMatch(o -> o.contains("RelationshipTypeScan")), operators.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lookup/statement-exists.cypher", "queries/sources-for.cypher", "network/subgraph.cypher"})
    @DisplayName("each lookup by id names every type of the vocabulary, and its plan seeks and never scans")
    void lookupSeeks(String file) {
        String cypher = CypherFiles.read(file);
        Matcher m = TYPE_LIST.matcher(cypher);
        assertTrue(m.find(), file + " names the statement types");
        assertEquals(vocabulary.relationshipTypeNames(), List.of(m.group(1).split("\\|")), file);

        List<String> operators = operators(file, cypher);
        assertTrue(operators.stream().anyMatch(o -> o.contains("RelationshipIndexSeek")), file + ": " + operators);
        assertTrue(operators.stream().noneMatch(o -> o.contains("AllRelationshipsScan")), file + ": " + operators);
    }

    @Test
    @DisplayName("the check can fail: a lookup without a type scans every relationship")
    void untypedLookupScans() {
        List<String> operators = operators("untyped", "MATCH ()-[r]->() WHERE r.id = $id RETURN r");
        assertTrue(operators.stream().anyMatch(o -> o.contains("AllRelationshipsScan")), operators.toString());
    }

    /** Every operator of the query's EXPLAIN plan, with typical parameters. */
    private List<String> operators(String name, String cypher) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", "c-172");
        p.put("statement", "c-172");
        p.put("from", null);
        p.put("to", null);
        p.put("statementIds", List.of("c-172", "a-001"));
        p.put("entityIds", List.of());
        p.put("loads", List.of("any"));
        // a day, as the service passes it (network-as-of requires one)
        p.put("asOf", java.time.LocalDate.of(2021, 8, 20));
        p.put("mode", "certain");
        p.put("statuses", List.of());
        p.put("entityTypes", List.of());
        p.put("relationshipTypes", List.of());
        p.put("limit", 200);
        p.put("offset", 0);
        Plan plan = driver.executableQuery("EXPLAIN " + cypher).withParameters(p).execute().summary().plan();
        List<String> out = new ArrayList<>();
        collect(plan, out);
        assertFalse(out.isEmpty(), name);
        return out;
    }

    private static void collect(Plan plan, List<String> out) {
        out.add(plan.operatorType());
        plan.children().forEach(c -> collect(c, out));
    }
}

package org.conflictgraph.load;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The seed loader")
public class GraphLoaderTest {

    @Inject
    GraphLoader loader;

    @Inject
    Driver driver;

    /** A folder under src/test/resources/fixtures. */
    public static Path fixture(String name) {
        try {
            return Path.of(GraphLoaderTest.class.getClassLoader().getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything a reader could see: node and relationship counts per label/type and each dataset's fingerprint. */
    private String snapshot() {
        return driver.executableQuery("""
                        CALL { MATCH (n) RETURN count(n) AS nodes }
                        CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
                        CALL { MATCH (d:Dataset) RETURN collect(d.name + '=' + d.fingerprint) AS datasets }
                        CALL { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS c ORDER BY label RETURN collect(label + c) AS labels }
                        RETURN nodes, relationships, datasets, labels""")
                .execute().records().get(0).asMap().toString();
    }

    private Record one(String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher).withParameters(params).execute().records().get(0);
    }

    @Test
    @Order(1)
    @DisplayName("loads the fixture: entities with type labels and alias lists, statements with Neo4j dates")
    void loadsFixture() {
        GraphLoader.LoadReport report = loader.load(fixture("small"));
        assertEquals("small", report.dataset());
        assertEquals(List.of(2, 6, 5), List.of(report.sources(), report.entities(), report.statements()));

        Record counts = one("""
                MATCH (d:Dataset {name: 'small'})
                RETURN COUNT { MATCH (x:EntityRecord {load: d.live}) } AS entities,
                       COUNT { MATCH ()-[r]->() WHERE r.load = d.live AND r.dataset = 'small' } AS statements""", Map.of());
        assertEquals(6, counts.get("entities").asInt());
        assertEquals(5, counts.get("statements").asInt());

        Record leader = one("MATCH (e:Entity {id: 'fx-leader'}) RETURN labels(e) AS labels, e.aliases AS aliases", Map.of());
        assertEquals(List.of("Entity", "Person"), leader.get("labels").asList(org.neo4j.driver.Value::asString));
        assertTrue(leader.get("aliases").hasType(TypeSystem.getDefault().LIST()), "aliases are a list");
        assertEquals(List.of("Ahmed Fixture", "Ahmad Fixtúre"), leader.get("aliases").asList(org.neo4j.driver.Value::asString));

        Record backing = one("MATCH (:Entity {id: 'fx-state'})-[r:SUPPORTED {id: 'st-1'}]->(:Entity {id: 'fx-movement'}) RETURN r", Map.of());
        var r = backing.get("r").asRelationship();
        assertTrue(r.get("date").hasType(TypeSystem.getDefault().DATE()), "date is a Neo4j date");
        assertEquals(LocalDate.of(2021, 9, 1), r.get("date").asLocalDate());
        assertEquals(LocalDate.of(2021, 9, 30), r.get("dateEnd").asLocalDate());
        assertEquals("month", r.get("datePrecision").asString());
        assertEquals(List.of("1", "2"), r.get("ref").asList(org.neo4j.driver.Value::asString));
        assertTrue(r.get("excerpt").asString().endsWith("Persian: جبهه"), "Persian script round-trips");

        Record range = one("MATCH ()-[r {id: 'st-4'}]->() RETURN r.date AS date, r.dateEnd AS dateEnd", Map.of());
        assertEquals(LocalDate.of(2022, 2, 25), range.get("dateEnd").asLocalDate());

        Record citation = one("MATCH (:Source {id: 'article'})-[c:CITES]->(ref:Source) RETURN c.ref AS ref, ref.publisher AS publisher", Map.of());
        assertEquals("1", citation.get("ref").asString());
        assertEquals("Daily Fixture", citation.get("publisher").asString());
    }

    @Test
    @Order(2)
    @DisplayName("loading the same files twice leaves the same graph")
    void idempotent() {
        loader.load(fixture("small"));
        String before = snapshot();
        loader.load(fixture("small"));
        assertEquals(before, snapshot());
    }

    @Test
    @Order(3)
    @DisplayName("running the schema twice changes nothing")
    void schemaIdempotent() {
        loader.applySchema();
        int constraints = one("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c", Map.of()).get("c").asInt();
        loader.applySchema();
        assertEquals(constraints, one("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c", Map.of()).get("c").asInt());
        assertEquals(5, constraints, "entity_id, source_load_id, dataset_name, load_id, load_lock_name");
    }

    @Test
    @Order(4)
    @DisplayName("an unchanged dataset is not reloaded; a changed one is")
    void loadIfChanged() throws IOException {
        assertTrue(loader.loadIfChanged(fixture("small")).skipped());
        Path copy = Files.createTempDirectory("small-changed").resolve("small");
        Files.createDirectories(copy);
        for (String f : List.of(SeedReader.SOURCES, SeedReader.ENTITIES, SeedReader.RELATIONSHIPS)) {
            Files.copy(fixture("small").resolve(f), copy.resolve(f));
        }
        Files.writeString(copy.resolve(SeedReader.ENTITIES),
                "fx-extra,Location,Extra Village,,A village added to change the files.\n", java.nio.file.StandardOpenOption.APPEND);
        GraphLoader.LoadReport report = loader.loadIfChanged(copy);
        assertFalse(report.skipped());
        assertEquals(7, report.entities());
        assertEquals(7, one("MATCH (x:EntityRecord {dataset: 'small'}) RETURN count(x) AS c", Map.of()).get("c").asInt(),
                "the old version's records are gone");
        loader.load(fixture("small"));
    }

    static Stream<String> malformedCases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(fixture("malformed"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedCases")
    @Order(5)
    @DisplayName("a malformed dataset is rejected with file:line:column messages, and the database is unchanged")
    void rejectsMalformed(String name) throws IOException {
        Path dir = fixture("malformed/" + name);
        List<String> expected = Files.readAllLines(dir.resolve("expected-problems.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        assertFalse(expected.isEmpty(), "the fixture names the problems it expects");
        String before = snapshot();

        SeedValidationException e = assertThrows(SeedValidationException.class, () -> loader.load(dir));

        assertEquals(expected, e.problems().stream().map(SeedProblem::toString).toList());
        assertEquals(before, snapshot(), "the database is exactly as it was");
    }

    @Test
    @Order(6)
    @DisplayName("an actor declared again with another type is refused at its line, naming the dataset that declared it first")
    void typeClash() {
        String before = snapshot();
        SeedValidationException e = assertThrows(SeedValidationException.class, () -> loader.load(fixture("datasets/type-clash")));
        assertEquals(List.of("entities.csv:3:2: type: \"taliban\" is a Faction in the dataset \"panjshir\", which declared it "
                        + "first, not a Person; expected the type Faction: an entity id names one actor in every dataset "
                        + "(or another id for another actor)"),
                e.problems().stream().map(SeedProblem::toString).toList());
        assertEquals(before, snapshot(), "nothing was written");
    }

    @Test
    @Order(7)
    @DisplayName("an actor that neither the folder nor a loaded dataset declares is unknown, at its line and column")
    void unknownActor() {
        String before = snapshot();
        SeedValidationException e = assertThrows(SeedValidationException.class, () -> loader.load(fixture("datasets/unknown-actor")));
        assertEquals(List.of("relationships.csv:3:3: subject: unknown entity \"no-such-actor\"; expected the id of an entity in entities.csv"),
                e.problems().stream().map(SeedProblem::toString).toList(), "taliban, declared by panjshir, is known");
        assertEquals(before, snapshot(), "nothing was written");
    }
}

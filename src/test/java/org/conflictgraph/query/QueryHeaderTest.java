package org.conflictgraph.query;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Reading a canned query's header")
class QueryHeaderTest {

    private static final String FILE = """
            // Who fled where
            //
            // Every FLED_TO statement,
            // grouped by who and where to.
            //
            // @param actor entity required the person
            // @param limit integer 1..1000 = 200 the most rows returned
            // @param asOf date only statements dated on or before this day
            //
            // @example actor=amrullah-saleh
            // @expect who.id=amrullah-saleh statuses=denied statuses=confirmed
            // @expect-first to.id=tajikistan
            MATCH (n) RETURN n LIMIT $limit
            """;

    @Test
    @DisplayName("title, description, parameters, example and expectations")
    void readsEverything() {
        CannedQuery q = QueryHeader.parse("fled-to", FILE);
        assertEquals("Who fled where", q.title());
        assertEquals("Every FLED_TO statement, grouped by who and where to.", q.description());
        assertEquals(List.of("actor", "limit", "asOf"), q.parameters().stream().map(QueryParameter::name).toList());
        QueryParameter actor = q.parameters().get(0);
        assertEquals(ParameterType.ENTITY, actor.type());
        assertTrue(actor.required());
        assertEquals("the person", actor.description());
        QueryParameter limit = q.parameters().get(1);
        assertEquals("200", limit.defaultValue());
        assertEquals(1, limit.min());
        assertEquals(1000, limit.max());
        assertFalse(limit.required());
        assertNull(q.parameters().get(2).defaultValue());
        assertEquals(Map.of("actor", "amrullah-saleh"), q.example());
        assertEquals(2, q.expectations().size());
        assertEquals(3, q.expectations().get(0).conditions().size(), "the same path may be tested for several values");
        assertTrue(q.expectations().get(1).firstRow());
        assertEquals(FILE, q.cypher(), "the text is the whole file");
    }

    @Test
    @DisplayName("a malformed header stops start-up with the file named")
    void rejectsMalformedHeaders() {
        assertThrows(IllegalStateException.class, () -> QueryHeader.parse("x", "MATCH (n) RETURN n"), "no title");
        var e = assertThrows(IllegalStateException.class,
                () -> QueryHeader.parse("x", "// T\n// @param limit integer = 5 no range\nRETURN 1"));
        assertTrue(e.getMessage().startsWith("x.cypher"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> QueryHeader.parse("x", "// T\n// @param a colour the colour\nRETURN 1"));
        assertThrows(IllegalStateException.class, () -> QueryHeader.parse("x", "// T\n// @example b=1\nRETURN 1"),
                "an example may only set declared parameters");
        assertThrows(IllegalStateException.class, () -> QueryHeader.parse("x", "// T\n// @expct a=1\nRETURN 1"), "typo in a tag");
    }

    @Test
    @DisplayName("the guide turns parameter values into Cypher literals")
    void literals() {
        assertEquals("'O\\'Brien'", BrowserGuide.literal("O'Brien"));
        assertEquals("date('2021-08-20')", BrowserGuide.literal(java.time.LocalDate.of(2021, 8, 20)));
        assertEquals("['denied', 'claimed']", BrowserGuide.literal(List.of("denied", "claimed")));
        assertEquals("[]", BrowserGuide.literal(List.of()));
        assertEquals("null", BrowserGuide.literal(null));
        assertEquals("4", BrowserGuide.literal(4L));
    }
}

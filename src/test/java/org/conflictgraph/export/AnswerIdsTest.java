package org.conflictgraph.export;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The ids in a canned query's answer")
class AnswerIdsTest {

    @Test
    @DisplayName("finds statements and entities however deeply the rows nest them")
    void shouldFindNestedStatementsAndEntities() {
        Map<String, Object> subject = Map.of("id", "pakistan", "name", "Pakistan", "type", "State");
        Map<String, Object> object = Map.of("id", "taliban", "name", "Taliban", "type", "Faction");
        List<Map<String, Object>> rows = List.of(
                Map.of("backer", subject, "statements", List.of(
                        Map.of("id", "a-100", "subject", subject, "object", object, "status", "unconfirmed"),
                        Map.of("id", "a-101", "subject", subject, "object", object, "status", "denied"))),
                Map.of("path", Map.of("hops", List.of(List.of(
                        Map.of("id", "a-200", "subject", object, "object", Map.of("id", "nrf", "name", "NRF", "type", "Faction")))))),
                Map.of("actor", Map.of("id", "amrullah-saleh", "name", "Amrullah Saleh", "type", "Person"), "betweenness", 0.4));
        AnswerIds ids = AnswerIds.in(rows);
        assertEquals(Set.of("a-100", "a-101", "a-200"), ids.statementIds());
        assertEquals(Set.of("pakistan", "taliban", "nrf", "amrullah-saleh"), ids.entityIds());
    }
}

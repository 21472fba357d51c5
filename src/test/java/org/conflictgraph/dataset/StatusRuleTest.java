package org.conflictgraph.dataset;

import org.conflictgraph.load.SeedDataset;
import org.conflictgraph.load.SeedReader;
import org.conflictgraph.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parts of the status-and-claimant rule (seeds/panjshir/README.md, "How statuses were decided") that a
 * machine can check, applied to every statement of the Panjshir dataset.
 */
@DisplayName("The status rule of the Panjshir dataset")
class StatusRuleTest {
    static final Set<String> NEEDS_CLAIMANT = Set.of("claimed", "alleged", "denied");
    static final Set<String> NO_CLAIMANT = Set.of("confirmed", "reported");
    static final Set<String> ACTORS = Set.of("Person", "Faction", "State", "Organization");

    /** Words by which a document hands a statement to someone else's word or leaves it open. */
    static final Pattern HEDGE = Pattern.compile("\\b(reportedly|reported|allegedly|alleged|allegations?|claimed|claiming"
            + "|according to|said to|apparently|possibly|probably|likely|purportedly|unconfirmed|unverified|rumou?red)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Types whose fact is the act of speaking: "the NRF claimed that the Taliban had begun to massacre civilians" is a
     * confirmed ACCUSED, and its excerpt names the claim. For every other type a hedge in the excerpt hedges the fact.
     */
    static final Set<String> SPEECH_ACTS = Set.of("ACCUSED", "CONDEMNED", "DECLARED", "ENDORSED");

    static SeedDataset dataset;
    static Map<String, SeedDataset.Entity> entities;

    @BeforeAll
    static void read() {
        dataset = new SeedReader(Vocabulary.load()).read(PanjshirDatasetTest.SEEDS);
        entities = dataset.entities().stream().collect(Collectors.toMap(SeedDataset.Entity::id, Function.identity()));
    }

    @Test
    @DisplayName("every claimed, alleged and denied statement names its claimant")
    void claimsNameTheirClaimant() {
        List<String> missing = dataset.statements().stream()
                .filter(s -> NEEDS_CLAIMANT.contains(s.status()) && s.claimedBy() == null)
                .map(s -> s.id() + " (" + s.status() + ")").toList();
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("no confirmed or reported statement has a claimant: a named source makes it a claim")
    void confirmedAndReportedHaveNoClaimant() {
        List<String> named = dataset.statements().stream()
                .filter(s -> NO_CLAIMANT.contains(s.status()) && s.claimedBy() != null)
                .map(s -> s.id() + " (" + s.status() + " by " + s.claimedBy() + ")").toList();
        assertEquals(List.of(), named);
    }

    @Test
    @DisplayName("every claimant is an actor, not a place")
    void claimantsAreActors() {
        List<String> places = dataset.statements().stream()
                .filter(s -> s.claimedBy() != null && !ACTORS.contains(entities.get(s.claimedBy()).type()))
                .map(s -> s.id() + " (claimed by " + s.claimedBy() + ", a " + entities.get(s.claimedBy()).type() + ")").toList();
        assertEquals(List.of(), places);
    }

    @Test
    @DisplayName("no confirmed statement's excerpt hedges its fact (reportedly, allegedly, claimed, according to, ...)")
    void confirmedExcerptsDoNotHedge() {
        List<String> hedged = dataset.statements().stream()
                .filter(s -> "confirmed".equals(s.status()) && !SPEECH_ACTS.contains(s.type()))
                .filter(s -> HEDGE.matcher(s.excerpt()).find())
                .map(s -> s.id() + " " + s.type() + ": " + s.excerpt()).toList();
        assertEquals(List.of(), hedged);
    }

    @Test
    @DisplayName("every alleged wrong has its accusation: an ACCUSED from the accuser to the accused or a group it belongs to")
    void allegationsHaveTheirAccusation() {
        Set<String> accusations = dataset.statements().stream().filter(s -> "ACCUSED".equals(s.type()))
                .map(s -> s.subject() + ">" + s.object()).collect(Collectors.toSet());
        Map<String, List<String>> memberOf = dataset.statements().stream().filter(s -> "MEMBER_OF".equals(s.type()))
                .collect(Collectors.groupingBy(SeedDataset.Statement::subject,
                        Collectors.mapping(SeedDataset.Statement::object, Collectors.toList())));
        List<String> unaccused = dataset.statements().stream()
                .filter(s -> "alleged".equals(s.status()))
                .filter(s -> selfAndGroups(s.subject(), memberOf).stream()
                        .noneMatch(accused -> accusations.contains(s.claimedBy() + ">" + accused)))
                .map(s -> s.id() + " (" + s.subject() + ", alleged by " + s.claimedBy() + ")").toList();
        assertEquals(List.of(), unaccused);
    }

    static Set<String> selfAndGroups(String id, Map<String, List<String>> memberOf) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(memberOf.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }
}

package org.conflictgraph.export;

import org.conflictgraph.statement.Statement;
import org.conflictgraph.statement.Statement.EntityRef;
import org.conflictgraph.statement.Statement.SourceRef;

import java.time.LocalDate;
import java.util.List;

/**
 * A small network in the shape of {@code fixtures/small}: a state that is said to back a movement
 * (unconfirmed) and denies it (two parallel statements), a claimed capture, a dated leadership and an
 * undated geographic fact. Text carries commas, quotes, a newline-free multi-clause excerpt and Persian.
 */
final class FixtureNetwork {
    private FixtureNetwork() {}

    static final EntityRef STATE = new EntityRef("fx-state", "Fixtureland", "State");
    static final EntityRef MOVEMENT = new EntityRef("fx-movement", "Fixture Movement", "Faction");
    static final EntityRef VALLEY = new EntityRef("fx-valley", "Fixture Valley", "Location");
    static final EntityRef PROVINCE = new EntityRef("fx-province", "Fixture Province", "Location");
    static final EntityRef LEADER = new EntityRef("fx-leader", "Ahmad Fixture", "Person");
    static final EntityRef FRONT = new EntityRef("fx-front", "Fixture Front", "Faction");
    static final SourceRef ARTICLE = new SourceRef("article", "A fixture article");

    static Network network() {
        return new Network(
                List.of(node(FRONT, List.of("FF", "جبهه"), "A resistance movement invented for tests."),
                        node(LEADER, List.of("Ahmed Fixture"), "The front's leader (the son)."),
                        node(MOVEMENT, List.of("The Movement"), "A ruling movement invented for tests."),
                        node(PROVINCE, List.of(), null),
                        node(STATE, List.of(), "A neighbouring state invented for tests."),
                        node(VALLEY, List.of(), "A valley invented for tests.")),
                List.of(
                        new Statement("st-1", "SUPPORTED", STATE, MOVEMENT, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30),
                                "month", "unconfirmed", null, ARTICLE, List.of("1", "2"),
                                "Fixtureland (unconfirmed) backed the movement, with commas, \"quotes\" and Persian: جبهه", null, null),
                        new Statement("st-2", "SUPPORTED", STATE, MOVEMENT, LocalDate.of(2021, 9, 6), LocalDate.of(2021, 9, 6),
                                "day", "denied", STATE, ARTICLE, List.of("1"), "Fixtureland denied any support.", null, null),
                        new Statement("st-3", "CAPTURED", MOVEMENT, VALLEY, LocalDate.of(2021, 9, 6), LocalDate.of(2021, 9, 6),
                                "day", "claimed", MOVEMENT, ARTICLE, List.of(), "The movement claimed the valley.", VALLEY, null),
                        new Statement("st-4", "LEADS", LEADER, FRONT, LocalDate.of(2021, 8, 17), LocalDate.of(2022, 2, 25),
                                "day", "confirmed", null, ARTICLE, List.of(), "The front is led by Ahmad Fixture, who spoke for it.", null, null),
                        new Statement("st-5", "LOCATED_IN", VALLEY, PROVINCE, null, null,
                                null, "confirmed", null, ARTICLE, List.of(), "The valley lies in the province.", null, "geography")));
    }

    private static Network.Node node(EntityRef e, List<String> aliases, String description) {
        return new Network.Node(e.id(), e.name(), e.type(), aliases, description);
    }
}

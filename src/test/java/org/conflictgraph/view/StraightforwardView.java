package org.conflictgraph.view;

import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The web view's answers as the view tests compare them, and the straightforward reading they are compared with. */
@SuppressWarnings("unchecked")
final class StraightforwardView {
    private StraightforwardView() {
    }

    static List<Map<String, Object>> list(Map<String, Object> view, String key) {
        return (List<Map<String, Object>>) view.get(key);
    }

    static List<String> ids(Map<String, Object> view) {
        return list(view, "nodes").stream().map(n -> (String) n.get("id")).toList();
    }

    /** A tie as compared: its count, its types and statuses (as sets), its strongest status and whether it is contested. */
    static String tie(Map<String, Object> t) {
        return t.get("count") + " " + new TreeSet<>((List<String>) t.get("types")) + " " + new TreeSet<>((List<String>) t.get("statuses"))
                + " " + t.get("status") + " " + t.get("contested");
    }

    /**
     * The straightforward answer: {@code view.cypher} reading the cast's actors (as added actors, none chosen by
     * degree) under the whole filter, date included. Its nodes are every actor of the cast, with a degree of 0
     * for those without a statement by the day; its ties every tie among them by the day. With {@code expand},
     * each expanded actor with every neighbour it has by the day.
     */
    static Map<String, Object> read(GraphReads reads, Vocabulary vocabulary, List<String> cast, List<String> expand, String asOf, String mode, String statuses) {
        StatementFilter filter = StatementFilter.parse(vocabulary, asOf, mode, statuses, null, null);
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("limit", 0);
        p.put("expand", expand);
        p.put("neighbours", 100_000);
        p.put("add", cast);
        p.put("families", vocabulary.familyOfType());
        Record row = reads.run(CypherFiles.read("network/view.cypher"), p, List.of()).records().get(0);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("nodes", row.get("nodes").asList(v -> Map.of("id", v.get("id").asString(), "degree", v.get("degree").asLong())));
        answer.put("ties", row.get("ties").asList(v -> {
            List<String> st = v.get("statuses").asList(Value::asString);
            String strongest = vocabulary.claimStatusNames().stream().filter(st::contains).findFirst().orElse(null);
            Map<String, Object> tie = new LinkedHashMap<>();
            tie.put("id", v.get("source").asString() + ">" + v.get("target").asString() + ":" + v.get("family").asString());
            tie.put("source", v.get("source").asString());
            tie.put("target", v.get("target").asString());
            tie.put("family", v.get("family").asString());
            tie.put("count", v.get("count").asLong());
            tie.put("types", v.get("types").asList(Value::asString));
            tie.put("statuses", st);
            tie.put("status", strongest);
            tie.put("contested", st.contains("denied"));
            return tie;
        }));
        answer.put("expansions", row.get("expansions").asList(v -> Map.of("actor", v.get("actor").asString(),
                "neighbours", v.get("neighbours").asList(Value::asString))));
        return answer;
    }

}

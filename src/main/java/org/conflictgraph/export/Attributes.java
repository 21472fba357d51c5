package org.conflictgraph.export;

import org.conflictgraph.statement.Statement;
import org.conflictgraph.vocabulary.Vocabulary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat attributes every file format carries, named once so GraphML, GEXF, CSV and Cytoscape agree.
 * Lists (aliases, cited reference numbers) are joined with "|", as in the seed files; absent values
 * are empty strings, because most graph tools have no null.
 */
final class Attributes {
    private Attributes() {}

    static final List<String> NODE = List.of("name", "type", "aliases", "description");

    static final List<String> EDGE = List.of("type", "label", "status", "claimedBy", "claimedByName", "date", "dateEnd",
            "datePrecision", "sourceId", "sourceTitle", "ref", "excerpt", "place", "placeName", "note");

    static Map<String, String> node(Network.Node n) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("name", text(n.name()));
        a.put("type", text(n.type()));
        a.put("aliases", String.join("|", n.aliases()));
        a.put("description", text(n.description()));
        return a;
    }

    static Map<String, String> edge(Statement s, Vocabulary vocabulary) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("type", s.type());
        a.put("label", label(s, vocabulary));
        a.put("status", s.status());
        a.put("claimedBy", s.claimedBy() == null ? "" : s.claimedBy().id());
        a.put("claimedByName", s.claimedBy() == null ? "" : text(s.claimedBy().name()));
        a.put("date", date(s.date()));
        a.put("dateEnd", date(s.dateEnd()));
        a.put("datePrecision", text(s.datePrecision()));
        a.put("sourceId", s.source() == null ? "" : s.source().id());
        a.put("sourceTitle", s.source() == null ? "" : text(s.source().title()));
        a.put("ref", String.join("|", s.ref()));
        a.put("excerpt", text(s.excerpt()));
        a.put("place", s.place() == null ? "" : s.place().id());
        a.put("placeName", s.place() == null ? "" : text(s.place().name()));
        a.put("note", text(s.note()));
        return a;
    }

    /** The vocabulary's human label ("supported", "fled to"), or the type itself if it has none. */
    static String label(Statement s, Vocabulary vocabulary) {
        return vocabulary.relationshipType(s.type()).map(Vocabulary.RelationshipType::label).orElse(s.type());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}

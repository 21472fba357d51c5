package org.conflictgraph.statement;

import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.vocabulary.Vocabulary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters every graph question shares, parsed and checked once. Their one meaning is written in
 * {@code cypher/filters/statement.cypher}, the Cypher every query contains word for word: a statement passes when
 * its dataset is one of {@code datasets}, its status one of {@code statuses}, its type one of the relationship
 * types, both its ends have one of the entity types (empty lists mean "all"), and, when {@code asOf} is set, it is
 * undated or its {@code dateEnd} ("certain") or {@code date} ("possible") is on or before {@code asOf}.
 * As Cypher parameters they are {@code $asOf}, {@code $mode}, {@code $statuses}, {@code $entityTypes} and
 * {@code $relationshipTypes}; {@code datasets} narrows {@code $loads} (see {@code GraphReads}).
 */
public record StatementFilter(LocalDate asOf, String mode, List<String> statuses, List<String> entityTypes,
                              List<String> relationshipTypes, List<String> datasets) {

    public static final List<String> MODES = List.of("certain", "possible");

    /** Parses raw request values (any may be null); unknown or malformed values are a {@link BadRequestException}. */
    public static StatementFilter parse(Vocabulary vocabulary, String asOf, String mode, String statuses, String types,
                                        String datasets) {
        return new StatementFilter(asOf(asOf), mode(mode), statuses(vocabulary, statuses), entityTypes(vocabulary, types),
                relationshipTypes(vocabulary, types), datasets(datasets));
    }

    /** {@code asOf}: an ISO date, or null when absent. */
    public static LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("asOf", "asOf \"" + asOf + "\" is not a date; expected an ISO date such as 2021-09-06");
        }
    }

    /** {@code mode}: "certain" (the default) or "possible". */
    public static String mode(String mode) {
        String m = mode == null || mode.isBlank() ? "certain" : mode.strip();
        if (!MODES.contains(m)) {
            throw new BadRequestException("mode", "mode \"" + mode + "\" is unknown; expected one of " + MODES);
        }
        return m;
    }

    /** {@code statuses}: claim statuses from the vocabulary. */
    public static List<String> statuses(Vocabulary vocabulary, String statuses) {
        List<String> list = list("statuses", statuses);
        for (String s : list) {
            if (vocabulary.claimStatus(s).isEmpty()) {
                throw new BadRequestException("statuses", "status \"" + s + "\" is unknown; expected some of "
                        + vocabulary.claimStatusNames());
            }
        }
        return list;
    }

    /** The entity types among {@code types}; an item that is neither an entity nor a relationship type is a 400. */
    public static List<String> entityTypes(Vocabulary vocabulary, String types) {
        return types(vocabulary, types, true);
    }

    /** The relationship types among {@code types}. */
    public static List<String> relationshipTypes(Vocabulary vocabulary, String types) {
        return types(vocabulary, types, false);
    }

    /** {@code datasets}: dataset names; whether each is loaded is checked where {@code $loads} is read. */
    public static List<String> datasets(String datasets) {
        return list("datasets", datasets);
    }

    private static List<String> types(Vocabulary vocabulary, String types, boolean entity) {
        List<String> out = new ArrayList<>();
        for (String t : list("types", types)) {
            boolean isEntity = vocabulary.entityType(t).isPresent();
            if (!isEntity && vocabulary.relationshipType(t).isEmpty()) {
                throw new BadRequestException("types", "type \"" + t + "\" is unknown; expected entity types "
                        + vocabulary.entityTypeNames() + " or relationship types " + vocabulary.relationshipTypeNames());
            }
            if (isEntity == entity) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** The filter as Cypher parameters (without {@code datasets}, which selects {@code $loads}). */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("asOf", asOf);
        p.put("mode", mode);
        p.put("statuses", statuses);
        p.put("entityTypes", entityTypes);
        p.put("relationshipTypes", relationshipTypes);
        return p;
    }

    /**
     * A comma-separated list: absent or blank is the empty list ("all"); an empty item ({@code a,,b}, {@code a,})
     * is a 400, so a value that names nothing is never read as "no filter".
     */
    public static List<String> list(String parameter, String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : csv.split(",", -1)) {
            String s = item.strip();
            if (s.isEmpty()) {
                throw new BadRequestException(parameter, parameter + " \"" + csv + "\" has an empty item; expected names separated by commas");
            }
            items.add(s);
        }
        return List.copyOf(items);
    }
}

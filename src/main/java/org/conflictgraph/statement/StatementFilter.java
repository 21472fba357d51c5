package org.conflictgraph.statement;

import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.vocabulary.Vocabulary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters every graph question shares, parsed and checked once. As Cypher parameters they are
 * {@code $asOf} (a date or null), {@code $mode} ("certain": the statement's {@code dateEnd} is on or
 * before asOf; "possible": its {@code date} is), {@code $statuses}, {@code $entityTypes} and
 * {@code $relationshipTypes} (empty lists mean "all").
 */
public record StatementFilter(LocalDate asOf, String mode, List<String> statuses, List<String> entityTypes,
                              List<String> relationshipTypes) {

    public static final List<String> MODES = List.of("certain", "possible");

    /** Parses raw request values (any may be null); unknown names are a {@link BadRequestException}. */
    public static StatementFilter parse(Vocabulary vocabulary, String asOf, String mode, String statuses, String types) {
        LocalDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("asOf", "asOf \"" + asOf + "\" is not a date; expected an ISO date such as 2021-09-06");
            }
        }
        String m = mode == null || mode.isBlank() ? "certain" : mode.trim();
        if (!MODES.contains(m)) {
            throw new BadRequestException("mode", "mode \"" + mode + "\" is unknown; expected one of " + MODES);
        }
        List<String> statusList = list(statuses);
        for (String s : statusList) {
            if (vocabulary.claimStatus(s).isEmpty()) {
                throw new BadRequestException("statuses", "status \"" + s + "\" is unknown; expected some of "
                        + vocabulary.claimStatusNames());
            }
        }
        List<String> entityTypes = new java.util.ArrayList<>();
        List<String> relTypes = new java.util.ArrayList<>();
        for (String t : list(types)) {
            if (vocabulary.entityType(t).isPresent()) {
                entityTypes.add(t);
            } else if (vocabulary.relationshipType(t).isPresent()) {
                relTypes.add(t);
            } else {
                throw new BadRequestException("types", "type \"" + t + "\" is unknown; expected entity types "
                        + vocabulary.entityTypeNames() + " or relationship types " + vocabulary.relationshipTypeNames());
            }
        }
        return new StatementFilter(date, m, statusList, List.copyOf(entityTypes), List.copyOf(relTypes));
    }

    /** The filter as Cypher parameters. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("asOf", asOf);
        p.put("mode", mode);
        p.put("statuses", statuses);
        p.put("entityTypes", entityTypes);
        p.put("relationshipTypes", relationshipTypes);
        return p;
    }

    private static List<String> list(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

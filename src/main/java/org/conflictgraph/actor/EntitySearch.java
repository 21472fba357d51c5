package org.conflictgraph.actor;

import org.conflictgraph.load.SearchText;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a Lucene query for the {@code entity_names} index: folded like the
 * index's {@code searchText} (case, accents, Arabic-script variants), split into words, each word
 * matched exactly, as a prefix, or with one or two typos depending on its length. Every word must match.
 */
final class EntitySearch {
    private EntitySearch() {}

    /** The query folded whole, to recognise an exact name or alias. */
    static String folded(String q) {
        return String.join(" ", words(q));
    }

    static String lucene(String q) {
        return words(q).stream().map(EntitySearch::clause).collect(Collectors.joining(" AND "));
    }

    static List<String> words(String q) {
        return Arrays.stream(SearchText.fold(q).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String clause(String word) {
        String w = escape(word);
        int length = word.codePointCount(0, word.length());
        // short words get no typo allowance: "us~" would match every two-letter word
        String fuzzy = length < 4 ? "" : length < 7 ? " OR " + w + "~1" : " OR " + w + "~2";
        return "(" + w + "^4 OR " + w + "*^2" + fuzzy + ")";
    }

    /** Escapes Lucene's syntax characters; words hold only letters and digits, but the rule stays local. */
    static String escape(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}

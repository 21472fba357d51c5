package org.conflictgraph.actor;

import org.conflictgraph.load.SearchText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into the parameters of {@code actor/search.cypher}, folded like the index's
 * {@code searchText} ({@link SearchText}): the whole query as a form and as a key, the key's words, and a
 * Lucene query. The Lucene query asks for the key's words, each exactly, as a prefix, or with one or two
 * typos depending on its length; an entity with all of them scores well above one with some, and one
 * with some is still found (any-word fallback), so "Mr Massoud" or "state of Panjshir" never come back
 * empty. The query's other words (titles, generic words) only add to the score.
 */
final class EntitySearch {
    private EntitySearch() {}

    /** The query folded whole, to recognise an exact name or alias. */
    static String folded(String q) {
        return SearchText.form(q);
    }

    /** The query's key, to recognise a name or alias spelt differently ("Taliban's", "Panjshir region"). */
    static String key(String q) {
        return String.join(" ", keyWords(q));
    }

    /** The key's words; a query of nothing but titles or generic words ("Valley") keeps its folded words. */
    static List<String> keyWords(String q) {
        List<String> key = SearchText.keyWords(q);
        return key.isEmpty() ? words(q) : key;
    }

    static List<String> words(String q) {
        return SearchText.words(q);
    }

    /** Names are a few words; a pasted paragraph must not grow the Lucene query past its clause limit. */
    static final int MAX_WORDS = 16;

    static String lucene(String q) {
        List<String> key = keyWords(q).stream().distinct().limit(MAX_WORDS).toList();
        String any = key.stream().map(EntitySearch::clause).collect(Collectors.joining(" "));
        Set<String> others = new LinkedHashSet<>(words(q));
        others.removeAll(key);
        others.removeIf(w -> w.codePointCount(0, w.length()) < 2);
        String extra = others.stream().limit(MAX_WORDS).map(w -> " " + escape(w)).collect(Collectors.joining());
        if (key.size() == 1) {
            return any + extra;
        }
        String all = key.stream().map(w -> "+" + clause(w)).collect(Collectors.joining(" "));
        return "(" + all + ")^4 " + any + extra;
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

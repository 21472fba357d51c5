package org.conflictgraph.load;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The folded form of an entity's names that the full-text index searches: lower case, accents and
 * Arabic-script diacritics removed, so "Dashtī", "DASHTI" and "dashti" meet.
 */
public final class SearchText {
    private SearchText() {}

    public static String of(String name, List<String> aliases) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(fold(name));
        aliases.forEach(a -> forms.add(fold(a)));
        return String.join(" | ", forms);
    }

    /** Lower-cases and strips combining marks (Latin accents, Arabic harakat) and Persian variants of letters. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640' /* tatweel */) {
                continue;
            }
            out.append(switch (c) {
                case '\u064A', '\u0649' -> '\u06CC'; // Arabic yeh / alef maksura -> Persian yeh
                case '\u0643' -> '\u06A9'; // Arabic kaf -> Persian keheh
                case '\u200C' -> ' '; // zero-width non-joiner
                default -> c;
            });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

package org.conflictgraph.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the full-text index searches for an entity, and the same normal forms for a query, so both sides
 * are folded alike. Two kinds of form:
 * <ul>
 *   <li>a <em>form</em>: the name or alias lower-cased, without accents or Arabic-script diacritics, as its
 *   words joined by single spaces ("Dashtī" and "DASHTI" meet; "IS-KP" is "is kp");</li>
 *   <li>a <em>key</em>: the form reduced to what identifies it, so the spellings a text uses meet the name:
 *   no possessive ("Taliban's"), no title ("Mr", "General", "Mullah"), no generic word around a place or
 *   government ("Panjshir region", "village of Khenj", "US government", "Government of India"), plurals
 *   folded ("Hazaras", "Mujahideens"), acronyms joined ("U.S.", "IS-KP", "Isis-K"), handles split
 *   ("@AhmadMassoud01"), and no lone digits or initials ("Resistance 2.0", "Bilal Y. Saab").</li>
 * </ul>
 * {@link #of} stores an entity's forms, then {@code " || "}, then its keys, each list joined by {@code " | "}.
 */
public final class SearchText {
    /** Changes whenever what {@link #of} computes changes, so a dataset's fingerprint changes and it is loaded again. */
    public static final String VERSION = "search-text-2";

    private SearchText() {}

    /** Separates the forms from the keys in a stored search text. */
    public static final String KEYS = " || ";
    /** Separates two forms, or two keys. */
    public static final String OR = " | ";

    /** Titles and honorifics that precede a name, and "ex-" or "former" before a role; a name never needs them. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "general", "gen", "commander", "cmdr", "major",
            "maj", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "mullah", "mawlawi", "maulvi",
            "maulana", "sheikh", "shaikh", "haji", "qari", "ustad", "president", "senator", "sen", "congressman",
            "congresswoman", "minister", "secretary", "jr", "sr", "ex", "former", "late");
    /** Words that say what kind of place or body a name is, and the articles around them. */
    static final Set<String> GENERIC = Set.of("province", "region", "valley", "district", "area", "village", "city",
            "town", "government", "govt", "the", "of", "and", "a", "an");

    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern POSSESSIVE = Pattern.compile("['’′ʼ`]s(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+\\.?(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The stored search text of an entity: its forms, then its keys (see the class comment). */
    public static String of(String name, List<String> aliases) {
        Set<String> forms = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        forms.add(form(name));
        keys.add(key(name));
        for (String alias : aliases) {
            forms.add(form(alias));
            keys.add(key(alias));
        }
        keys.remove("");
        return String.join(OR, forms) + KEYS + String.join(OR, keys);
    }

    /** The folded words of {@code text} joined by spaces: how a name, an alias or a whole query compares exactly. */
    public static String form(String text) {
        return String.join(" ", words(text));
    }

    /** The folded words of {@code text}. */
    public static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
    }

    /** The key of {@code text} joined by spaces, or "" when nothing but titles and generic words is left. */
    public static String key(String text) {
        return String.join(" ", keyWords(text));
    }

    /** The words of the key of {@code text} (see the class comment). */
    public static List<String> keyWords(String text) {
        String t = CAMEL.matcher(text).replaceAll(" ");
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = DOTTED.matcher(t).replaceAll(m -> m.group().replace(".", ""));
        List<String> out = new ArrayList<>();
        for (String token : fold(t).split("[^\\p{L}\\p{N}-]+")) {
            for (String word : joinAcronymParts(token.split("-+"))) {
                if (word.isEmpty() || word.codePointCount(0, word.length()) == 1 || word.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String w = singular(word);
                if (!TITLES.contains(w) && !GENERIC.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** "is-kp" is one acronym, "isis-k" too, "pul-e-hisar" is "pule hisar"; "al-qaeda" stays two words. */
    private static List<String> joinAcronymParts(String[] parts) {
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            int last = words.size() - 1;
            if (last >= 0 && joins(words.get(last), part)) {
                words.set(last, words.get(last) + part);
            } else {
                words.add(part);
            }
        }
        return words;
    }

    private static boolean joins(String a, String b) {
        return a.length() == 1 || b.length() == 1 || (a.length() <= 2 && b.length() <= 2);
    }

    /** A light English plural fold: "militias" militia, "agencies" agency; "ss", "us" and "is" endings stay ("isis", "kapisa"). */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
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

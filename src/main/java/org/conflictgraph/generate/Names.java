package org.conflictgraph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic names built from syllables, each with a Persian-script spelling so that aliases exercise
 * UTF-8 the way the curated data does. None of them is meant to name a real party or place.
 */
final class Names {
    private static final String[] LATIN = {
        "ka", "ra", "man", "dar", "zan", "bad", "gul", "sha", "hir", "nur", "kan", "tal", "lo", "mir",
        "sar", "jan", "del", "bar", "zai", "kho", "ras", "pan", "ghor", "sang", "ab", "mar", "rud", "tash",
    };
    private static final String[] PERSIAN = {
        "کا", "را", "مان", "دار", "زان", "باد", "گل", "شا", "هیر", "نور", "کن", "تل", "لو", "میر",
        "سر", "جان", "دل", "بر", "زی", "خو", "رس", "پن", "غور", "سنگ", "آب", "مر", "رود", "تاش",
    };

    /** A name with the syllables it was built from, for its other spellings. */
    record Name(String text, String core, int[] syllables) {}

    private Names() {}

    /** A name of two or three syllables, such as "Karaman". */
    static Name word(SplittableRandom random) {
        int[] syllables = new int[2 + random.nextInt(2)];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables.length; i++) {
            syllables[i] = random.nextInt(LATIN.length);
            b.append(LATIN[syllables[i]]);
        }
        String text = capitalise(b.toString());
        return new Name(text, text, syllables);
    }

    /** The display name of an entity of {@code type}: at most three words. */
    static Name of(String type, SplittableRandom random) {
        Name core = word(random);
        String c = core.text();
        String text = switch (type) {
            case "Person" -> c + " " + word(random).text();
            case "Faction" -> pick(random, c + " Front", c + " Brigade", c + " Movement", "Army of " + c, c + " Militia");
            case "State" -> pick(random, "Republic of " + c, "Kingdom of " + c, c + " Emirate", c);
            case "Organization" -> pick(random, c + " Agency", c + " News", c + " Relief Council", "Council for " + c);
            case "Location" -> pick(random, c, c + " Valley", c + " District", c + " Pass", c + " Province");
            default -> c;
        };
        return new Name(text, c, core.syllables());
    }

    /** None, one or two other spellings: initials, a variant transliteration, Persian script. */
    static List<String> aliases(Name name, SplittableRandom random) {
        List<String> aliases = new ArrayList<>();
        if (random.nextDouble() >= 0.35) {
            return aliases;
        }
        String[] words = name.text().split(" ");
        if (words.length > 1 && random.nextBoolean()) {
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
            aliases.add(initials.toString());
        }
        if (random.nextBoolean()) {
            String variant = name.text().replace("k", "q").replace("u", "oo").replace("ai", "ay");
            if (!variant.equals(name.text())) {
                aliases.add(variant);
            }
        }
        if (aliases.isEmpty() || random.nextBoolean()) {
            StringBuilder persian = new StringBuilder();
            for (int s : name.syllables()) {
                persian.append(PERSIAN[s]);
            }
            aliases.add(persian.toString());
        }
        return aliases;
    }

    /** A slug of {@code text}: lowercase letters, digits and single hyphens; "gen" when nothing is left. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "gen" : slug;
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

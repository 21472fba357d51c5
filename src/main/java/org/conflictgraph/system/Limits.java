package org.conflictgraph.system;

/** Bounded whole numbers in requests (limit, depth, hop counts), read in one way everywhere. */
public final class Limits {
    public static final int MAX_LIMIT = 1000;
    /** The most rows a list may skip: deeper pages of a million-row list are for exports, not for paging. */
    public static final long MAX_OFFSET = 100_000;

    private Limits() {}

    /** Reads a {@code limit} value as text, so "abc" or 5000 is a 400 problem rather than a framework error. */
    public static int parse(String limit) {
        return (int) wholeNumber("limit", limit, 1, MAX_LIMIT);
    }

    /**
     * Reads request parameter {@code name} as a whole number from {@code min} to {@code max}.
     *
     * @throws BadRequestException when the text is not a whole number or is out of range
     */
    public static long wholeNumber(String name, String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " \"" + text + "\" is not a whole number");
        }
        if (value < min || value > max) {
            throw new BadRequestException(name, name + " " + value + " is out of range; expected " + min + " to " + max);
        }
        return value;
    }
}

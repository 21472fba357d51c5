package org.conflictgraph.system;

/** Request limits shared by every endpoint. */
public final class Limits {
    public static final int MAX_LIMIT = 1000;

    private Limits() {}

    /** Reads a {@code limit} value as text, so "abc" or 5000 is a 400 problem rather than a framework error. */
    public static int parse(String limit) {
        int value;
        try {
            value = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("limit", "limit \"" + limit + "\" is not a whole number");
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw new BadRequestException("limit", "limit " + value + " is out of range; expected 1 to " + MAX_LIMIT);
        }
        return value;
    }
}

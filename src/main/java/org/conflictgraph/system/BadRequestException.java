package org.conflictgraph.system;

/** A request parameter that is missing or malformed; the API answers 400 with a problem body. */
public final class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

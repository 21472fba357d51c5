package org.conflictgraph.system;

import io.micronaut.http.HttpStatus;

/** A request parameter that is missing or malformed; the API answers 400 with a problem body. */
public final class BadRequestException extends ProblemException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(HttpStatus.BAD_REQUEST, message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

package org.conflictgraph.system;

import io.micronaut.http.HttpStatus;

/**
 * A request the service refuses, with the HTTP status that says why; the API answers that status with a problem
 * body whose detail is the message. One handler serves every kind (see {@code ProblemHandlers}).
 */
public abstract class ProblemException extends RuntimeException {
    private final HttpStatus status;

    protected ProblemException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}

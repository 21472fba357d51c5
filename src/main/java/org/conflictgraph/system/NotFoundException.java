package org.conflictgraph.system;

import io.micronaut.http.HttpStatus;

/** An unknown entity, query, statement or source; the API answers 404 with a problem body. */
public final class NotFoundException extends ProblemException {
    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }
}

package org.conflictgraph.system;

import io.micronaut.http.HttpStatus;

/**
 * A request that names more than one thing: a source id that several loaded datasets use (two datasets may cite
 * the same document under the same id), asked for without saying which dataset. The API answers 409 with a
 * problem body that lists the candidates and how to choose one.
 */
public final class ConflictException extends ProblemException {
    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}

package org.conflictgraph.system;

/** An unknown entity, query, statement or source; the API answers 404 with a problem body. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}

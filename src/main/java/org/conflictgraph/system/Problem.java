package org.conflictgraph.system;

import io.micronaut.http.HttpStatus;

/** An RFC 9457 problem body: every error the API returns has this shape. */
public record Problem(String type, String title, int status, String detail) {
    public static Problem of(HttpStatus status, String detail) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail);
    }
}

package org.conflictgraph.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** An RFC 9457 problem body: every error the API returns has this shape. */
public record Problem(String type, String title, int status, String detail) {
    public static Problem of(HttpStatus status, String detail) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail);
    }

    /** The response every exception handler answers with: {@code status}, and this body. */
    public static MutableHttpResponse<Problem> response(HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status).body(of(status, detail));
    }
}

package org.conflictgraph.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/**
 * Where a page of a list endpoint sits in the whole list, for the endpoints whose body is a bare JSON array
 * ({@code /api/sources}, {@code /api/entities?q=}): the body stays the array, and the headers say what the canned
 * queries' {@code page} says. {@code X-Total-Count} is the exact number of items when this page is the last one;
 * otherwise {@code X-Total-At-Least} says more follow, and {@code Link} (RFC 8288, {@code rel="next"}) is the
 * request for the next page.
 */
public final class PageHeaders {
    private PageHeaders() {}

    /** A 200 with {@code items} as the body and {@code page}'s headers. */
    public static <T> MutableHttpResponse<List<T>> ok(List<T> items, Page page) {
        MutableHttpResponse<List<T>> response = HttpResponse.ok(items);
        if (page.total() != null) {
            response.header("X-Total-Count", page.total().toString());
        }
        if (page.totalAtLeast() != null) {
            response.header("X-Total-At-Least", page.totalAtLeast().toString());
        }
        if (page.next() != null) {
            response.header("Link", "<" + page.next() + ">; rel=\"next\"");
        }
        return response;
    }
}

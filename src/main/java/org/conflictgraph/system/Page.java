package org.conflictgraph.system;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one page of rows sits in a whole answer. Nothing is cut silently: either {@code total} is the
 * exact number of rows (this is the last page), or {@code totalAtLeast} says that more rows follow and
 * {@code next} is the request for the next page.
 *
 * @param offset       rows skipped before the first one returned
 * @param limit        the most rows a page holds
 * @param returned     rows on this page
 * @param total        every row of the answer, when this page is the last one; otherwise null
 * @param totalAtLeast a lower bound of the rows of the answer, when more follow; otherwise null
 * @param next         the path and query string of the next page, or null on the last page
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page(long offset, long limit, int returned, Long total, Long totalAtLeast, String next) {

    /** The page for {@code fetched} rows read with one row more than {@code limit}: that row tells whether more follow. */
    public static Page of(long offset, long limit, int fetched, String nextRequest) {
        boolean more = fetched > limit;
        int returned = more ? (int) limit : fetched;
        return new Page(offset, limit, returned,
                more ? null : offset + returned,
                more ? offset + limit + 1 : null,
                more ? nextRequest : null);
    }

    /** The request for the page that starts at {@code offset}: {@code path} with the same parameters, the next offset. */
    public static String request(String path, Map<String, String> parameters, long offset) {
        Map<String, String> next = new LinkedHashMap<>(parameters);
        next.put("offset", Long.toString(offset));
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> e : next.entrySet()) {
            url.append(separator).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }
}

package org.conflictgraph.precompute;

import java.util.Map;

/**
 * A question whose answer for the default request is worth computing ahead of time on a large network: a
 * name (a canned query's, or an endpoint's), its Cypher, the parameters of that request, and the paging the
 * stored answer is computed with (the most rows any request may ask for, plus one, so a stored answer also
 * tells whether more rows follow). A request is answered from the store when its parameters, paging aside,
 * equal {@code parameters}.
 *
 * @param waits whether a request that finds the answer still being computed waits for it (up to the query
 *              time limit, then 503 with Retry-After) rather than running the question itself: for questions
 *              that take minutes on a large network, where running them again on demand would only time out
 */
public record StoredQuestion(String name, String cypher, Map<String, Object> parameters, Map<String, Object> paging,
                             boolean waits) {}

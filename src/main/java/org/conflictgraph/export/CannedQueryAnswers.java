package org.conflictgraph.export;

import java.util.List;
import java.util.Map;

/**
 * The seam between the export and the canned-query runner ({@code org.conflictgraph.query}, issue 4):
 * runs canned query {@code name} with the request's raw parameters and returns its answer rows. The
 * export then draws exactly the statements and entities those rows name (see {@link AnswerIds}).
 *
 * <p>Implementations throw the runner's {@code NotFoundException} for an unknown query and
 * {@code BadRequestException} for bad parameters. Without an implementation bean, {@code query=}
 * answers 400.
 *
 * <p>TODO(issue 4): when the canned-query runner lands, add a small {@code @Singleton} adapter in
 * {@code org.conflictgraph.query} that implements this interface by running
 * {@code cypher/queries/<name>.cypher} through the runner and returning its rows. Nothing else here
 * changes; {@code NetworkControllerTest} covers the seam with a stub.
 */
public interface CannedQueryAnswers {
    List<Map<String, Object>> rows(String name, Map<String, String> parameters);
}

package org.conflictgraph.export;

import java.util.List;
import java.util.Map;

/**
 * The seam between the export and the canned-query runner ({@code org.conflictgraph.query}, issue 4):
 * runs canned query {@code name} with the request's raw parameters and returns its answer rows. The
 * export then draws exactly the statements and entities those rows name (see {@link AnswerIds}).
 *
 * <p>{@code org.conflictgraph.query.QueryRunner} implements it; it throws {@code NotFoundException} for an
 * unknown query and {@code BadRequestException} for bad parameters. The interface keeps the export
 * package independent of how canned queries are run.
 */
public interface CannedQueryAnswers {
    List<Map<String, Object>> rows(String name, Map<String, String> parameters);
}

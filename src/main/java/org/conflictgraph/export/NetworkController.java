package org.conflictgraph.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.Limits;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GET /api/network}: the network, filtered like the canned queries, as a file for Gephi, yEd,
 * Graphviz, Cytoscape or a spreadsheet ({@code GET /api/network/legend}, for the web view, is in {@code view/}).
 */
@Controller("/api/network")
// the driver blocks: run on the blocking pool, not on Netty's event loop (Micronaut 4 does not choose by itself)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NetworkController {
    static final int MAX_DEPTH = 4;

    /** Parameters the network itself reads; every other one is passed to the canned query. */
    private static final Set<String> OWN = Set.of("format", "around", "depth", "query");

    private final NetworkQueries queries;
    private final Vocabulary vocabulary;
    private final Map<String, NetworkExport> exports;
    private final Optional<CannedQueryAnswers> cannedQueries;

    NetworkController(NetworkQueries queries, Vocabulary vocabulary, List<NetworkExport> exports,
                      Optional<CannedQueryAnswers> cannedQueries) {
        this.queries = queries;
        this.vocabulary = vocabulary;
        this.exports = exports.stream().collect(Collectors.toMap(NetworkExport::format, Function.identity(),
                (a, b) -> a, TreeMap::new));
        this.cannedQueries = cannedQueries;
    }

    @Get
    HttpResponse<byte[]> network(HttpRequest<?> request,
                                 @Nullable @QueryValue String format,
                                 @Nullable @QueryValue String asOf,
                                 @Nullable @QueryValue String mode,
                                 @Nullable @QueryValue String statuses,
                                 @Nullable @QueryValue String types,
                                 @Nullable @QueryValue String datasets,
                                 @Nullable @QueryValue String around,
                                 @Nullable @QueryValue String depth,
                                 @Nullable @QueryValue String query) {
        NetworkExport export = exports.get(format == null || format.isBlank() ? "json" : format.trim());
        if (export == null) {
            throw new BadRequestException("format", "format \"" + format + "\" is unknown; expected one of " + exports.keySet());
        }
        StatementFilter filter = StatementFilter.parse(vocabulary, asOf, mode, statuses, types, datasets);
        Network network;
        if (query != null && !query.isBlank()) {
            network = answerOf(query.trim(), request, filter);
        } else if (around != null && !around.isBlank()) {
            network = queries.around(around.trim(), depth(depth), filter)
                    .orElseThrow(() -> new NotFoundException("No entity with id \"" + around + "\""));
        } else {
            network = queries.whole(filter);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            export.write(network, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean download = !export.format().equals("json") && !export.format().equals("cytoscape");
        return HttpResponse.ok(body.toByteArray())
                .contentType(export.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        (download ? "attachment" : "inline") + "; filename=\"" + export.fileName() + "\"");
    }

    private Network answerOf(String name, HttpRequest<?> request, StatementFilter filter) {
        CannedQueryAnswers runner = cannedQueries.orElseThrow(() -> new BadRequestException("query",
                "query=" + name + " needs the canned-query runner, which this build does not include"));
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameters().forEach((key, values) -> {
            if (!OWN.contains(key) && !values.isEmpty()) {
                parameters.put(key, values.get(0));
            }
        });
        AnswerIds ids = AnswerIds.in(runner.rows(name, parameters));
        return queries.subgraph(ids.statementIds(), ids.entityIds(), filter);
    }

    private static int depth(String depth) {
        return depth == null || depth.isBlank() ? 1 : (int) Limits.wholeNumber("depth", depth, 1, MAX_DEPTH);
    }
}

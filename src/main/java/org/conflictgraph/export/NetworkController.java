package org.conflictgraph.export;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.Limits;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GET /api/network}: the network, filtered like the canned queries, as a file for Gephi, yEd,
 * Graphviz, Cytoscape or a spreadsheet ({@code GET /api/network/legend}, for the web view, is in {@code view/}).
 * The request runs on the blocking pool, the file is written on an IO thread and read by the server on
 * another: nothing here blocks Netty's event loop.
 */
@Controller("/api/network")
// the driver blocks: run on the blocking pool, not on Netty's event loop (Micronaut 4 does not choose by itself)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NetworkController {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkController.class);

    /** Parameters the network itself reads; every other one is passed to the canned query. */
    private static final Set<String> OWN = Set.of("format", "around", "depth", "query");

    private final NetworkQueries queries;
    private final Vocabulary vocabulary;
    private final Map<String, NetworkExport> exports;
    private final Optional<CannedQueryAnswers> cannedQueries;
    private final ExecutorService writers;
    private final Duration timeout;
    private final int aroundMaxEntities;

    NetworkController(NetworkQueries queries, Vocabulary vocabulary, List<NetworkExport> exports,
                      Optional<CannedQueryAnswers> cannedQueries,
                      @Named(TaskExecutors.IO) ExecutorService writers,
                      @Value("${conflictgraph.export.timeout:15m}") Duration timeout,
                      @Value("${conflictgraph.export.around-max-entities:5000}") int aroundMaxEntities) {
        this.queries = queries;
        this.vocabulary = vocabulary;
        this.exports = exports.stream().collect(Collectors.toMap(NetworkExport::format, Function.identity(),
                (a, b) -> a, TreeMap::new));
        this.cannedQueries = cannedQueries;
        this.writers = writers;
        this.timeout = timeout;
        this.aroundMaxEntities = aroundMaxEntities;
    }

    /**
     * The network as a file. Everything that can go wrong before the first byte (bad parameters, an unknown
     * entity, a database that is down) answers a problem; then the file streams, written on its own thread
     * while the server sends it (see {@link StreamedBody} for what a failure half-way does).
     */
    @Get
    HttpResponse<StreamedFile> network(HttpRequest<?> request,
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
        StreamedBody body;
        if (query != null && !query.isBlank()) {
            body = stream(export, NetworkSource.of(answerOf(query.trim(), request, filter)), null);
        } else if (around != null && !around.isBlank()) {
            int hops = depth(depth);
            NetworkQueries.Around ego = queries.around(around.trim(), hops, aroundMaxEntities, filter)
                    .orElseThrow(() -> new NotFoundException("No entity with id \"" + around + "\""));
            if (ego.network() == null) {
                throw new BadRequestException("around", "around=" + around + " with depth=" + hops + " reaches more than "
                        + aroundMaxEntities + " entities (" + ego.tooMany() + " when the walk stopped), the most an ego "
                        + "network export holds (conflictgraph.export.around-max-entities); ask for a smaller depth or "
                        + "narrower filters, or export the whole network, which streams whatever its size");
            }
            body = stream(export, NetworkSource.of(ego.network()), null);
        } else {
            NetworkQueries.Whole whole = queries.whole(filter, timeout);
            body = stream(export, whole.network(), whole.read());
        }
        boolean download = !export.format().equals("json") && !export.format().equals("cytoscape");
        return HttpResponse.ok(new StreamedFile(body, MediaType.of(export.contentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        (download ? "attachment" : "inline") + "; filename=\"" + export.fileName() + "\"");
    }

    /**
     * Writes {@code network} on a thread of its own into the body the server reads, then closes {@code read}.
     * A failure after the response began cannot change its status any more: the body is cut short (the client
     * sees an incomplete transfer, and the file does not parse), and the log says why.
     */
    private StreamedBody stream(NetworkExport export, NetworkSource network, AutoCloseable read) {
        StreamedBody body = new StreamedBody();
        try {
            writers.execute(() -> {
                long started = System.nanoTime();
                try (AutoCloseable ignored = read) {
                    export.write(network, body.sink);
                    body.sink.close();
                    LOG.debug("Wrote a {} export in {} ms", export.format(), (System.nanoTime() - started) / 1_000_000);
                } catch (Throwable e) {
                    if (StreamedBody.ClientGone.in(e)) {
                        LOG.info("A {} export stopped after {} ms: the client closed the connection",
                                export.format(), (System.nanoTime() - started) / 1_000_000);
                        return;
                    }
                    LOG.warn("A {} export failed after {} ms, once its response had begun; the response is cut short: {}",
                            export.format(), (System.nanoTime() - started) / 1_000_000, e.toString());
                    body.sink.fail(e);
                }
            });
        } catch (RuntimeException e) {
            closeQuietly(read);
            throw e;
        }
        return body;
    }

    private static void closeQuietly(AutoCloseable read) {
        if (read != null) {
            try {
                read.close();
            } catch (Exception ignored) {
                // already failing
            }
        }
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
        return depth == null || depth.isBlank() ? 1 : (int) Limits.wholeNumber("depth", depth, 1, NetworkQueries.MAX_DEPTH);
    }
}

package org.conflictgraph.view;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictgraph.export.NetworkExport;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.BadRequestException;
import org.conflictgraph.system.Limits;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The web view's network, already aggregated: the overview of the most central actors, one actor's
 * neighbourhood, and the statements behind one tie.
 */
@Controller("/api/network")
@Tag(name = "Network view")
// the driver blocks: run on the blocking pool, not on Netty's event loop (Micronaut 4 does not choose by itself)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NetworkViewController {
    static final int MAX_ACTORS = 500;
    static final int MAX_NEIGHBOURS = 100;
    static final int MAX_LISTED = 20;
    static final int MAX_PAGE = 100;
    static final int DEFAULT_LIMIT = 150;
    static final int DEFAULT_NEIGHBOURS = 20;

    private final NetworkViews views;
    private final Vocabulary vocabulary;
    private final Map<String, NetworkExport> exports;

    NetworkViewController(NetworkViews views, Vocabulary vocabulary, List<NetworkExport> exports) {
        this.views = views;
        this.vocabulary = vocabulary;
        this.exports = exports.stream().collect(Collectors.toMap(NetworkExport::format, Function.identity(),
                (a, b) -> a, TreeMap::new));
    }

    @Get("/overview")
    @Operation(summary = "The most central actors and the ties among them (one per direction and family), "
            + "plus expanded actors' top neighbours and added actors")
    HttpResponse<?> overview(@Nullable @QueryValue String limit, @Nullable @QueryValue String expand,
                         @Nullable @QueryValue String neighbours, @Nullable @QueryValue String add,
                         @Nullable @QueryValue String asOf, @Nullable @QueryValue String mode,
                         @Nullable @QueryValue String statuses, @Nullable @QueryValue String types,
                         @Nullable @QueryValue String datasets, @Nullable @QueryValue String format) {
        NetworkExport export = export(format);
        StatementFilter filter = StatementFilter.parse(vocabulary, asOf, mode, statuses, types, datasets);
        return answer(views.view(new NetworkViews.Request(number("limit", limit, DEFAULT_LIMIT, 0, MAX_ACTORS), ids("expand", expand),
                number("neighbours", neighbours, DEFAULT_NEIGHBOURS, 1, MAX_NEIGHBOURS), ids("add", add)), filter), export, filter);
    }

    @Get("/expand")
    @Operation(summary = "One actor, its neighbours sharing the most statements with it (\"and N more\"), and the ties among them")
    HttpResponse<?> expand(@Nullable @QueryValue String actor, @Nullable @QueryValue String limit,
                       @Nullable @QueryValue String asOf, @Nullable @QueryValue String mode,
                       @Nullable @QueryValue String statuses, @Nullable @QueryValue String types,
                       @Nullable @QueryValue String datasets, @Nullable @QueryValue String format) {
        if (actor == null || actor.isBlank()) {
            throw new BadRequestException("actor", "actor is required: an entity id, e.g. actor=taliban");
        }
        NetworkExport export = export(format);
        StatementFilter filter = StatementFilter.parse(vocabulary, asOf, mode, statuses, types, datasets);
        return answer(views.view(new NetworkViews.Request(0, List.of(actor.trim()),
                number("limit", limit, 20, 1, MAX_NEIGHBOURS), List.of()), filter), export, filter);
    }

    /** The view itself, or with {@code format=} exactly the drawn view as a file of that export format. */
    private HttpResponse<?> answer(NetworkView view, NetworkExport export, StatementFilter filter) {
        if (export == null) {
            return HttpResponse.ok(view);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            export.write(views.drawn(view, filter), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(body.toByteArray()).contentType(export.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"");
    }

    /** The export {@code format=} names; null for none (the view as the page reads it). */
    private NetworkExport export(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        NetworkExport export = exports.get(format.trim());
        if (export == null) {
            throw new BadRequestException("format", "format \"" + format + "\" is unknown; expected one of " + exports.keySet());
        }
        return export;
    }

    @Get("/ties")
    @Operation(summary = "The statements behind one tie (from, to, family), in date order, paged, with their total")
    TiePage ties(@Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String family,
                 @Nullable @QueryValue String offset, @Nullable @QueryValue String limit,
                 @Nullable @QueryValue String asOf, @Nullable @QueryValue String mode,
                 @Nullable @QueryValue String statuses, @Nullable @QueryValue String types,
                         @Nullable @QueryValue String datasets) {
        for (String[] required : new String[][] {{"from", from}, {"to", to}, {"family", family}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw new BadRequestException(required[0], required[0] + " is required");
            }
        }
        if (!vocabulary.families().contains(family.trim())) {
            throw new BadRequestException("family", "family \"" + family + "\" is unknown; expected one of " + vocabulary.families());
        }
        StatementFilter filter = StatementFilter.parse(vocabulary, asOf, mode, statuses, types, datasets);
        return views.ties(from.trim(), to.trim(), family.trim(), number("offset", offset, 0, 0, 1_000_000),
                number("limit", limit, 20, 1, MAX_PAGE), filter);
    }

    private static int number(String name, String text, int otherwise, int min, int max) {
        return text == null || text.isBlank() ? otherwise : (int) Limits.wholeNumber(name, text, min, max);
    }

    private static List<String> ids(String name, String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<String> ids = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.size() > MAX_LISTED) {
            throw new BadRequestException(name, name + " lists " + ids.size() + " actors; at most " + MAX_LISTED);
        }
        return ids;
    }
}

package org.conflictgraph.view;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictgraph.export.NetworkExport;
import org.conflictgraph.export.NetworkQueries;
import org.conflictgraph.export.NetworkStyle;
import org.conflictgraph.vocabulary.Vocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code GET /api/network/legend}: what the web view's controls and legend need. It lives with the view because
 * the page waits for it before its first drawing, so its one costly part, the slider's days (every statement's
 * dates), is kept per live dataset versions like the views.
 */
@Controller("/api/network")
@Tag(name = "Network view")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LegendController {
    private final Vocabulary vocabulary;
    private final NetworkViews views;
    private final List<String> formats;

    LegendController(Vocabulary vocabulary, NetworkViews views, List<NetworkExport> exports) {
        this.vocabulary = vocabulary;
        this.views = views;
        this.formats = List.copyOf(new TreeSet<>(exports.stream().map(NetworkExport::format).toList()));
    }

    @Get("/legend")
    @Operation(summary = "Types, statuses and their looks, relationship families, export formats and the time slider's days")
    Map<String, Object> legend() {
        Map<String, Object> legend = new LinkedHashMap<>();
        legend.put("entityTypes", vocabulary.entityTypes().stream().map(t -> Map.of(
                "name", t.name(), "description", t.description(),
                "shape", NetworkStyle.node(t.name()).cytoscapeShape(), "color", NetworkStyle.node(t.name()).color())).toList());
        legend.put("statuses", vocabulary.claimStatuses().stream().map(s -> Map.of(
                "name", s.name(), "description", s.description(),
                "line", NetworkStyle.edge(s.name()).line(), "color", NetworkStyle.edge(s.name()).color())).toList());
        legend.put("relationshipTypes", vocabulary.relationshipTypes().stream().map(t -> Map.of(
                "name", t.name(), "label", t.label(), "family", t.family(), "symmetric", t.symmetric())).toList());
        legend.put("families", vocabulary.families());
        legend.put("formats", formats);
        legend.put("maxDepth", NetworkQueries.MAX_DEPTH);
        legend.put("dates", views.dates());
        return legend;
    }
}

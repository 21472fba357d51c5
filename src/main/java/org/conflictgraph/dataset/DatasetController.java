package org.conflictgraph.dataset;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;

import java.util.List;
import java.util.Map;

/** {@code GET /api/datasets}: the datasets loaded side by side, with the version each one serves. */
@Controller("/api/datasets")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DatasetController {
    private final GraphReads reads;

    DatasetController(GraphReads reads) {
        this.reads = reads;
    }

    /** Which datasets does the database serve, which version of each, loaded when, with what counts? */
    @Get
    List<Dataset> list() {
        return reads.records(CypherFiles.read("dataset/datasets.cypher"), Map.of()).stream().map(Dataset::from).toList();
    }
}

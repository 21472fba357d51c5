package org.conflictgraph.dataset;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;

/** {@code GET /api/datasets}: the datasets loaded side by side, with the version each one serves. */
@Controller("/api/datasets")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DatasetController {
    private final Datasets datasets;

    DatasetController(Datasets datasets) {
        this.datasets = datasets;
    }

    /** Which datasets does the database serve, which version of each, loaded when, with what counts? */
    @Get
    List<Dataset> list() {
        return datasets.list();
    }
}

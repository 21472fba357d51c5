package org.conflictgraph.load;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.conflictgraph.system.BaseDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * On service start, removes what a dead load left behind, then loads the default dataset unless the database
 * already holds exactly those files. Other datasets loaded beside it stay as they are.
 * A dataset that fails validation stops the start-up with the full list of problems.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
@Requires(property = "conflictgraph.seed.auto-load", value = "true", defaultValue = "true")
final class DatasetBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetBootstrap.class);

    private final GraphLoader loader;
    private final Path seedDir;

    DatasetBootstrap(GraphLoader loader, BaseDir baseDir, @Value("${conflictgraph.seed.dir:seeds/panjshir}") String seedDir) {
        this.loader = loader;
        this.seedDir = baseDir.resolve(seedDir);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        loader.recover(); // leftovers of a load that died, and data from before datasets had versions
        GraphLoader.LoadReport report = loader.loadIfChanged(seedDir);
        if (report.skipped()) {
            LOG.info("Dataset {} is already loaded and unchanged ({} entities, {} statements)",
                    report.dataset(), report.entities(), report.statements());
        }
    }
}

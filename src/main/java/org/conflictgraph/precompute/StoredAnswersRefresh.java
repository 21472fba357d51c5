package org.conflictgraph.precompute;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the live dataset versions while the service runs and has the stored answers computed for new ones:
 * after a load through the service or from the command line (a separate process), after an unload, and at
 * start-up. It starts with the HTTP server ({@link ServerStartupEvent}), so the command line never runs it.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
@Requires(property = "conflictgraph.precompute.enabled", value = "true", defaultValue = "true")
final class StoredAnswersRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(StoredAnswersRefresh.class);

    private final StoredAnswers answers;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "precompute-refresh");
        t.setDaemon(true);
        return t;
    });

    StoredAnswersRefresh(StoredAnswers answers, @Value("${conflictgraph.precompute.check-interval:10s}") Duration interval) {
        this.answers = answers;
        this.interval = interval;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        timer.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            answers.refresh();
        } catch (RuntimeException e) {
            // the database is down or busy: the next check tries again, and requests say what is wrong
            LOG.debug("Precompute: could not check the live versions: {}", e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        timer.shutdownNow();
    }
}

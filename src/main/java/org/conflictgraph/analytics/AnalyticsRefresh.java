package org.conflictgraph.analytics;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the live dataset versions and has the analytics computed for new ones: after a load through the
 * service or from the command line (a separate process), after an unload, and at start-up.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
@Requires(property = "conflictgraph.analytics.precompute", value = "true", defaultValue = "true")
final class AnalyticsRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsRefresh.class);

    private final Analytics analytics;

    AnalyticsRefresh(Analytics analytics) {
        this.analytics = analytics;
    }

    @Scheduled(initialDelay = "${conflictgraph.analytics.check-interval:10s}",
            fixedDelay = "${conflictgraph.analytics.check-interval:10s}")
    void refresh() {
        try {
            analytics.refresh();
        } catch (RuntimeException e) {
            // the database is down or busy: the next check tries again, and requests say what is wrong
            LOG.debug("Analytics: could not check the live versions: {}", e.getMessage());
        }
    }
}

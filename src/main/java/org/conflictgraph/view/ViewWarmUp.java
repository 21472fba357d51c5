package org.conflictgraph.view;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * Reads the opening view, its timeline (the time slider's answers) and the slider's days whenever the live dataset
 * versions are new (at start and after a load), so the first visitor after a load does not wait for a million
 * statements to be read, and the slider answers any day at once. Not in the command line (a load does not need
 * it) nor in the tests (which ask for the views themselves).
 */
@Singleton
@Requires(notEnv = {"cli", "test"})
@Requires(property = "conflictgraph.view.warm-up", notEquals = "false")
final class ViewWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(ViewWarmUp.class);

    private final NetworkViews views;
    private final LiveCache cache;
    private final JsonMapper json;
    private final StatementFilter none;

    ViewWarmUp(NetworkViews views, LiveCache cache, JsonMapper json, Vocabulary vocabulary) {
        this.views = views;
        this.cache = cache;
        this.json = json;
        this.none = StatementFilter.parse(vocabulary, null, null, null, null, null);
    }

    @Scheduled(initialDelay = "2s", fixedDelay = "${conflictgraph.view.warm-up-every:20s}")
    void warm() {
        NetworkViews.Request opening = new NetworkViews.Request(NetworkViewController.DEFAULT_LIMIT, List.of(),
                NetworkViewController.DEFAULT_NEIGHBOURS, List.of());
        try {
            if (!views.kept(opening, none)) {
                long start = System.nanoTime();
                views.dates();
                // written once as the page reads it, so the first visitor's answer does not wait for its first writing
                json.writeValueAsBytes(views.view(opening, none));
                LOG.info("Read the opening view for the live datasets in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
            if (!views.timelineKept(opening, none)) {
                long start = System.nanoTime();
                ViewTimeline timeline = views.timeline(opening, none);
                LOG.info("Read the opening view's timeline in {} ms: {} MB; the kept timelines hold {} MB",
                        (System.nanoTime() - start) / 1_000_000, megabytes(timeline.bytes()), megabytes(cache.sizedBytes()));
            }
        } catch (RuntimeException | IOException e) {
            LOG.debug("Could not read the opening view yet: {}", e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / 1048576.0);
    }
}

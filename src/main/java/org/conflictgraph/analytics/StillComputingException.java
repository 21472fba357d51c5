package org.conflictgraph.analytics;

import java.time.Instant;
import java.util.List;

/** The stored answer for the live versions is still being computed in the background. */
public final class StillComputingException extends RuntimeException {
    StillComputingException(String query, List<String> loads, Instant started) {
        super("The answer to " + query + " for the dataset versions " + loads + " is being computed since " + started
                + " (graph analytics on a large network take minutes); try again shortly, or narrow the request "
                + "with statuses, types, asOf or datasets, which is computed on demand");
    }
}

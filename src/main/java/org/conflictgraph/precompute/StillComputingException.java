package org.conflictgraph.precompute;

import java.time.Instant;
import java.util.List;

/** The stored answer for the live versions is still being computed in the background. */
public final class StillComputingException extends RuntimeException {
    StillComputingException(String question, List<String> loads, Instant started) {
        super("The answer to " + question + " for the dataset versions " + loads + " is being computed since " + started
                + " (on a large network this takes minutes); try again shortly, or narrow the request "
                + "with statuses, types, asOf or datasets, which is computed on demand");
    }
}

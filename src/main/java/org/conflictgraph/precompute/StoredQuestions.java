package org.conflictgraph.precompute;

import java.util.List;

/** A feature's questions whose default answers {@link StoredAnswers} keeps per set of live dataset versions. */
public interface StoredQuestions {

    /** The questions, in the order they are computed after a load (the cheap ones first). */
    List<StoredQuestion> storedQuestions();

    /** Called after each look at the live versions, for housekeeping of the feature's own (none by default). */
    default void afterCheck() {}
}

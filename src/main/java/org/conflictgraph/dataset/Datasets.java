package org.conflictgraph.dataset;

import jakarta.inject.Singleton;
import org.conflictgraph.precompute.StoredAnswers;
import org.conflictgraph.precompute.StoredQuestion;
import org.conflictgraph.precompute.StoredQuestions;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;

import java.util.List;
import java.util.Map;

/**
 * The datasets the database serves. How many actors each shares with the others is read off every actor, so on
 * a large network the list is stored per set of live versions ({@link StoredAnswers}): a load or an unload
 * changes the versions, and with them the answer.
 */
@Singleton
final class Datasets implements StoredQuestions {
    private static final String NAME = "datasets";

    private final GraphReads reads;
    private final StoredAnswers stored;

    Datasets(GraphReads reads, StoredAnswers stored) {
        this.reads = reads;
        this.stored = stored;
    }

    @Override
    public List<StoredQuestion> storedQuestions() {
        return List.of(new StoredQuestion(NAME, CypherFiles.read("dataset/datasets.cypher"), Map.of(), Map.of(), false));
    }

    List<Dataset> list() {
        return stored.answer(NAME, Map.of()).map(s -> s.answer().records())
                .orElseGet(() -> reads.records(CypherFiles.read("dataset/datasets.cypher"), Map.of()))
                .stream().map(Dataset::from).toList();
    }
}

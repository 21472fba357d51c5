package org.conflictgraph.load;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A seed folder that passed validation. Its rows are not held in memory: each accessor streams them from the
 * files again, already checked, so a writer can load a folder of any size in batches.
 */
public final class SeedFolder {
    private final SeedReader reader;
    private final Path dir;
    private final String name;
    private final String fingerprint;
    private final CsvTable sources;
    private final CsvTable entities;
    private final CsvTable statements;
    private final int sourceCount;
    private final Map<String, String> entityTypes;
    private final Set<String> sharedIds;
    private final int statementCount;
    private Set<String> statementIds;

    SeedFolder(SeedReader reader, Path dir, String name, String fingerprint, CsvTable sources, CsvTable entities,
               CsvTable statements, int sourceCount, Map<String, String> entityTypes, Set<String> sharedIds,
               int statementCount, Set<String> statementIds) {
        this.reader = reader;
        this.dir = dir;
        this.name = name;
        this.fingerprint = fingerprint;
        this.sources = sources;
        this.entities = entities;
        this.statements = statements;
        this.sourceCount = sourceCount;
        this.entityTypes = entityTypes;
        this.sharedIds = sharedIds;
        this.statementCount = statementCount;
        this.statementIds = statementIds;
    }

    public Path dir() { return dir; }

    /** The dataset's name: the folder's name. */
    public String name() { return name; }

    /** SHA-256 over the vocabulary and the three files. */
    public String fingerprint() { return fingerprint; }

    public int sourceCount() { return sourceCount; }

    public int entityCount() { return entityTypes.size(); }

    public int statementCount() { return statementCount; }

    /** The entities the folder declares: id to type. */
    public Map<String, String> entityTypes() { return entityTypes; }

    /** The entities the folder declares that another loaded dataset declares too. */
    public Set<String> sharedIds() { return sharedIds; }

    public void sources(Consumer<SeedDataset.Source> action) {
        sources.forEach(r -> action.accept(reader.toSource(r, null, p -> {})));
    }

    public void entities(Consumer<SeedDataset.Entity> action) {
        entities.forEach(r -> action.accept(reader.toEntity(r, null, p -> {})));
    }

    /**
     * The statement ids, as validation collected them, handed over once: the folder then lets go of them, so that
     * they do not stay in memory while the rows are written.
     */
    public Set<String> takeStatementIds() {
        Set<String> ids = statementIds;
        statementIds = null;
        if (ids == null) {
            throw new IllegalStateException("the statement ids of " + name + " were taken already");
        }
        return ids;
    }

    /** The statements' rows with their positions, for reporting a problem found after validation. */
    void statementRows(Consumer<CsvTable.Record> action) {
        statements.forEach(action);
    }

    public void statements(Consumer<SeedDataset.Statement> action) {
        statements.forEach(r -> action.accept(reader.toStatement(r, null, null, null, p -> {})));
    }
}

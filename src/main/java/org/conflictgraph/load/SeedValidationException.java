package org.conflictgraph.load;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The seed files were rejected before anything was written; carries the problems found (the first ones, when many). */
public final class SeedValidationException extends RuntimeException {
    private final transient List<SeedProblem> problems;
    private final int total;

    public SeedValidationException(Path dir, List<SeedProblem> problems) {
        this(dir, problems, problems.size());
    }

    public SeedValidationException(Path dir, List<SeedProblem> problems, int total) {
        super(total + " problem(s) in " + dir + ":\n"
                + problems.stream().map(SeedProblem::toString).collect(Collectors.joining("\n"))
                + (total > problems.size() ? "\n... and " + (total - problems.size()) + " more" : ""));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** The problems listed: all of them, or the first {@link SeedReader#MAX_PROBLEMS}. */
    public List<SeedProblem> problems() {
        return problems;
    }

    /** How many problems were found in all. */
    public int total() {
        return total;
    }
}

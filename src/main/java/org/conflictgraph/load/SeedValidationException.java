package org.conflictgraph.load;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The seed files were rejected before anything was written; carries every problem found. */
public final class SeedValidationException extends RuntimeException {
    private final transient List<SeedProblem> problems;

    public SeedValidationException(Path dir, List<SeedProblem> problems) {
        super(problems.size() + " problem(s) in " + dir + ":\n"
                + problems.stream().map(SeedProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SeedProblem> problems() {
        return problems;
    }
}

package org.conflictgraph.view;

import java.util.List;

/**
 * What the web view draws: actors, and ties that each stand for every statement from one actor to another
 * in one relationship family. {@code statements} is how many statements the ties stand for;
 * {@code tiesLeftOut} how many weaker ties among the drawn actors are not drawn (at most
 * {@code conflictgraph.view.max-ties} are); {@code truncated} says that the view was cut to {@code maxElements}
 * drawn elements or left ties out.
 */
public record NetworkView(List<Node> nodes, List<Tie> ties, List<Expansion> expansions, long statements,
                          long tiesLeftOut, boolean truncated, int maxElements) {

    /** An actor and its degree: how many statements under the filters name it. */
    public record Node(String id, String name, String type, long degree) {}

    /**
     * The statements from {@code source} to {@code target} in one family: how many, of which types and
     * statuses; {@code status} is the strongest of them (the vocabulary lists statuses strongest first) and
     * {@code contested} says that one of them is a denial.
     */
    public record Tie(String id, String source, String target, String family, long count, List<String> types,
                      List<String> statuses, String status, boolean contested) {}

    /** An expanded actor: the neighbours drawn for it, and how many more it has. */
    public record Expansion(String actor, List<String> neighbours, long more) {}
}

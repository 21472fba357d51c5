package org.conflictgraph.filter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared statement filter has one definition, {@code cypher/filters/statement.cypher}; every query file holds
 * its lines word for word between the markers. With {@code -Dfilters.write=true} this test rewrites every marked
 * block from the definition (the generator) and then checks as usual.
 */
@DisplayName("The statement filter: one definition, copied word for word into every query that reads statements")
class StatementFilterBlocksTest {
    static final Path CYPHER = Path.of("cypher");
    static final Path DEFINITION = CYPHER.resolve("filters/statement.cypher");
    static final String OPEN = "// statement filter: cypher/filters/statement.cypher";
    static final String CLOSE = "// end statement filter";
    /** The filter's own parameters: outside a marked block, no query may use them. */
    /**
     * Marks the one kind of use allowed outside a block: a filter parameter as the bound of an index seek (where
     * network-as-of starts reading back from asOf), which narrows what is read but leaves which statements pass to
     * the block.
     */
    static final String SEEK_BOUND = "// seek bound:";
    static final Pattern FILTER_PARAMETER = Pattern.compile("\\$(asOf|mode|statuses|entityTypes|relationshipTypes)\\b");

    static List<String> definition() throws IOException {
        return Files.readAllLines(DEFINITION, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("//")).map(String::strip).toList();
    }

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CYPHER)) {
            return files.filter(p -> p.toString().endsWith(".cypher") && !p.startsWith(CYPHER.resolve("filters")))
                    .sorted().toList();
        }
    }

    /** What is wrong with one file's blocks and filter parameters; empty when it is right. */
    static List<String> problems(String name, String text, List<String> definition) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        boolean inBlock = false;
        List<String> block = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(OPEN)) {
                inBlock = true;
                block.clear();
            } else if (line.equals(CLOSE)) {
                if (!block.equals(definition)) {
                    problems.add(name + ":" + (i + 1) + ": the block differs from " + DEFINITION + "; expected\n  "
                            + String.join("\n  ", definition) + "\nfound\n  " + String.join("\n  ", block));
                }
                inBlock = false;
            } else if (inBlock) {
                block.add(line);
            } else if (!line.startsWith("//") && !line.contains(SEEK_BOUND) && FILTER_PARAMETER.matcher(line).find()) {
                problems.add(name + ":" + (i + 1) + ": a filter parameter outside the marked block: " + line);
            }
        }
        if (inBlock) {
            problems.add(name + ": a block is not closed with \"" + CLOSE + "\"");
        }
        return problems;
    }

    /** The file with every marked block replaced by the definition, indented like its opening marker. */
    static String rewrite(String text, List<String> definition) {
        StringBuilder out = new StringBuilder();
        boolean inBlock = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().equals(OPEN)) {
                String indent = line.substring(0, line.indexOf('/'));
                out.append(line).append('\n');
                definition.forEach(d -> out.append(indent).append(d).append('\n'));
                inBlock = true;
            } else if (line.strip().equals(CLOSE)) {
                out.append(line).append('\n');
                inBlock = false;
            } else if (!inBlock) {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    @Test
    @DisplayName("every marked block is exactly cypher/filters/statement.cypher, and no filter is pasted outside one")
    void everyBlockIsTheDefinition() throws IOException {
        List<String> definition = definition();
        assertFalse(definition.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Path file : queryFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (Boolean.getBoolean("filters.write")) {
                String rewritten = rewrite(text, definition);
                if (!rewritten.equals(text)) {
                    Files.writeString(file, rewritten, StandardCharsets.UTF_8);
                    text = rewritten;
                }
            }
            problems.addAll(problems(file.toString(), text, definition));
        }
        assertTrue(problems.isEmpty(), "Run mvn test -Dtest=StatementFilterBlocksTest -Dfilters.write=true to "
                + "rewrite the blocks from the definition.\n" + String.join("\n", problems));
    }

    @Test
    @DisplayName("every canned query and every network query applies the filter")
    void everyStatementQueryHasABlock() throws IOException {
        List<Path> mustFilter = new ArrayList<>();
        try (Stream<Path> files = Files.list(CYPHER.resolve("queries"))) {
            files.filter(p -> p.toString().endsWith(".cypher")).forEach(mustFilter::add);
        }
        for (String network : List.of("network.cypher", "ego-network.cypher", "subgraph.cypher")) {
            mustFilter.add(CYPHER.resolve("network").resolve(network));
        }
        for (Path file : mustFilter) {
            assertTrue(Files.readString(file).contains(OPEN), file + " applies the statement filter");
        }
    }

    @Test
    @DisplayName("every canned query declares the shared filters with the same header lines")
    void everyQueryDeclaresTheFilters() throws IOException {
        List<String> expected = null;
        try (Stream<Path> files = Files.list(CYPHER.resolve("queries"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList()) {
                // network-as-of requires asOf; its line differs only there
                List<String> declared = Files.readAllLines(file).stream()
                        .filter(l -> l.matches("// @param (asOf|mode|statuses|types|datasets) .*"))
                        .map(l -> l.replaceFirst("^// @param asOf date required the day the network is drawn for;",
                                "// @param asOf date only statements dated on or before this day (see mode);"))
                        .toList();
                assertEquals(5, declared.size(), file + " declares asOf, mode, statuses, types and datasets");
                if (expected == null) {
                    expected = declared;
                }
                assertEquals(expected, declared, file.toString());
            }
        }
    }

    @Test
    @DisplayName("a block that drifts from the definition, or a filter pasted outside a block, is reported")
    void driftIsReported() throws IOException {
        List<String> definition = definition();
        String good = "MATCH ()-[r]->()\nWHERE\n  " + OPEN + "\n  " + String.join("\n  ", definition) + "\n  " + CLOSE
                + "\nRETURN r";
        assertEquals(List.of(), problems("good", good, definition));
        String drifted = good.replace("r.date IS NULL OR ", "");
        assertEquals(1, problems("drifted", drifted, definition).size());
        String pasted = good.replace("RETURN r", "AND r.status IN $statuses RETURN r");
        assertEquals(1, problems("pasted", pasted, definition).size());
        assertEquals(good, rewrite(drifted, definition), "the generator restores the definition");
    }
}

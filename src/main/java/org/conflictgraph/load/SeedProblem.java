package org.conflictgraph.load;

/**
 * One thing wrong in a seed file, located as precisely as a spreadsheet user needs to fix it.
 *
 * @param file     the file name, relative to the dataset folder
 * @param line     1-based line of the record (0 when the problem concerns the whole file)
 * @param column   1-based column number (0 when the problem concerns the whole record or file)
 * @param field    the column's header name, or empty
 * @param problem  what is wrong
 * @param expected what was expected instead
 */
public record SeedProblem(String file, long line, int column, String field, String problem, String expected) {

    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column;
        String what = field.isEmpty() ? problem : field + ": " + problem;
        return where + ": " + what + "; expected " + expected;
    }
}

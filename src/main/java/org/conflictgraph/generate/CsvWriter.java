package org.conflictgraph.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file row by row, as the seed format wants it: UTF-8, {@code \n} line ends, a value in
 * double quotes (inner quotes doubled) only when it holds a comma, a quote or a line break.
 */
final class CsvWriter implements Closeable {
    private final BufferedWriter out;
    private final int columns;

    CsvWriter(Path file, String... header) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        columns = header.length;
        row((Object[]) header);
    }

    /** One row; {@code null} writes an empty value. */
    void row(Object... values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (values[i] != null) {
                write(values[i].toString());
            }
        }
        out.write('\n');
    }

    private void write(String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

package org.conflictgraph.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One seed CSV file read with Jackson's CSV parser: its header and its records, each with the line it
 * starts on. Structural problems (not UTF-8, empty, broken quoting, missing or unknown columns, ragged
 * records) are collected, not thrown, so the loader can report every problem at once.
 */
final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    private final String file;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<Record> records = new ArrayList<>();
    private final List<SeedProblem> problems = new ArrayList<>();

    /** One data record. */
    final class Record {
        private final long line;
        private final String[] values;

        Record(long line, String[] values) {
            this.line = line;
            this.values = values;
        }

        long line() { return line; }

        /** The trimmed value of a column, or "" when empty or absent. */
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= values.length || values[i] == null ? "" : values[i].trim();
        }

        SeedProblem problem(String column, String problem, String expected) {
            Integer i = columns.get(column);
            return new SeedProblem(file, line, i == null ? 0 : i + 1, column, problem, expected);
        }
    }

    private CsvTable(String file) {
        this.file = file;
    }

    static CsvTable read(Path dir, String file, List<String> required, List<String> optional) {
        CsvTable table = new CsvTable(file);
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            table.problems.add(new SeedProblem(file, 0, 0, "", "the file is missing from " + dir,
                    "a file " + file + " with the header " + String.join(",", required)));
            return table;
        }
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < offset; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                table.problems.add(new SeedProblem(file, line, offset - lineStart + 1, "",
                        "the file is not valid UTF-8 (byte " + offset + ")",
                        "UTF-8 text (in a spreadsheet, save as \"CSV UTF-8\")"));
                return table;
            }
            text = out.flip().toString();
        } catch (IOException e) {
            table.problems.add(new SeedProblem(file, 0, 0, "", "the file cannot be read: " + e.getMessage(), "a readable file"));
            return table;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // the byte-order mark spreadsheets write
        }
        if (text.isBlank()) {
            table.problems.add(new SeedProblem(file, 1, 0, "", "the file is empty",
                    "a header row: " + String.join(",", required)));
            return table;
        }
        table.parse(text, required, optional);
        return table;
    }

    private void parse(String text, List<String> required, List<String> optional) {
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(new StringReader(text))) {
            boolean header = true;
            while (it.hasNextValue()) {
                // hasNextValue() has moved onto the record's first value: the parser stands on its line
                long start = it.getParser().currentLocation().getLineNr();
                String[] values = it.nextValue();
                if (header) {
                    readHeader(values, required, optional);
                    header = false;
                    if (!problems.isEmpty()) {
                        return;
                    }
                } else if (values.length != columns.size()) {
                    problems.add(new SeedProblem(file, start, 0, "",
                            "the record has " + values.length + " fields",
                            columns.size() + " fields, as many as the header has (check for a stray comma or an unquoted value with a comma)"));
                } else {
                    records.add(new Record(start, values));
                }
            }
            if (header) {
                problems.add(new SeedProblem(file, 1, 0, "", "the file has no header row",
                        "a header row: " + String.join(",", required)));
            }
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(new SeedProblem(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "",
                    "broken CSV quoting (" + e.getOriginalMessage().lines().findFirst().orElse("") + "); the rest of the file was not read",
                    "values with commas, quotes or line breaks wrapped in double quotes, with inner quotes doubled (\"\")"));
        } catch (IOException e) {
            problems.add(new SeedProblem(file, 0, 0, "", "the file cannot be read: " + e.getMessage(), "a readable file"));
        }
    }

    private void readHeader(String[] values, List<String> required, List<String> optional) {
        Set<String> known = new java.util.HashSet<>(required);
        known.addAll(optional);
        for (int i = 0; i < values.length; i++) {
            String name = values[i] == null ? "" : values[i].trim();
            if (!known.contains(name)) {
                problems.add(new SeedProblem(file, 1, i + 1, name, "unknown column",
                        "one of " + String.join(", ", concat(required, optional))));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new SeedProblem(file, 1, i + 1, name, "the column appears twice", "each column once"));
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new SeedProblem(file, 1, 0, column, "missing column",
                        "a header that includes " + column + " (required: " + String.join(", ", required) + ")"));
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    String file() { return file; }

    List<Record> records() { return records; }

    List<SeedProblem> problems() { return problems; }
}

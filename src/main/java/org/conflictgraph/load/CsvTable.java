package org.conflictgraph.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One seed CSV file, read as a stream with Jackson's CSV parser: its header, then its records one at a
 * time, each with the line it starts on, so a file of a million rows never sits in memory. Structural
 * problems (not UTF-8, empty, broken quoting, missing or unknown columns, ragged records) are collected,
 * not thrown, so the loader can report every problem at once.
 */
final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    private final Path path;
    private final String file;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<SeedProblem> problems = new ArrayList<>();
    private boolean readable;

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

    private CsvTable(Path path, String file) {
        this.path = path;
        this.file = file;
    }

    /**
     * Opens {@code dir/file}: checks that it exists, is UTF-8 and not empty (one pass over its bytes), and reads
     * its header. Records are read by {@link #forEach}, as often as needed.
     */
    static CsvTable open(Path dir, String file, List<String> required, List<String> optional) {
        CsvTable table = new CsvTable(dir.resolve(file), file);
        if (!Files.isRegularFile(table.path)) {
            table.problems.add(new SeedProblem(file, 0, 0, "", "the file is missing from " + dir,
                    "a file " + file + " with the header " + String.join(",", required)));
            return table;
        }
        if (!table.checkText(required)) {
            return table;
        }
        table.readable = true;
        table.scan(required, optional, null);
        return table;
    }

    /**
     * Streams the records to {@code action}, in file order; ragged records and broken quoting found on the way
     * are added to {@link #problems()}. Does nothing when the file could not be opened or its header is wrong.
     */
    void forEach(Consumer<Record> action) {
        if (!readable()) {
            return;
        }
        // Jackson parses on a thread of its own while this one checks (and writes) the rows it has parsed: on
        // two cores a million rows validate in about half the time. The queue holds a few chunks, no more.
        BlockingQueue<List<Record>> chunks = new ArrayBlockingQueue<>(8);
        AtomicBoolean stop = new AtomicBoolean();
        Thread parser = new Thread(() -> {
            List<Record> chunk = new ArrayList<>(CHUNK);
            try {
                scan(null, null, r -> {
                    chunk.add(r);
                    if (chunk.size() == CHUNK) {
                        hand(chunks, List.copyOf(chunk), stop);
                        chunk.clear();
                    }
                });
                hand(chunks, List.copyOf(chunk), stop);
            } catch (Stopped stopped) {
                // the reader of the rows gave up
            } finally {
                try {
                    hand(chunks, END, stop);
                } catch (Stopped stopped) {
                    // nobody reads any more
                }
            }
        }, "csv-" + file);
        parser.setDaemon(true);
        parser.start();
        try {
            for (List<Record> chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                chunk.forEach(action);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } finally {
            stop.set(true);
            chunks.clear(); // unblocks the parser if it waits to hand over a chunk
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final int CHUNK = 2000;
    private static final List<Record> END = new ArrayList<>();

    /** Thrown on the parser thread when the rows' reader has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void hand(BlockingQueue<List<Record>> chunks, List<Record> chunk, AtomicBoolean stop) {
        if (chunk.isEmpty() && chunk != END) {
            return;
        }
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private int headerProblems;

    /** Checks the bytes: valid UTF-8 (else the line and column of the first bad byte) and not blank. */
    private boolean checkText(List<String> required) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16); // UTF-8 never gives more chars than bytes
        long base = 0; // the file offset of in's first byte
        long line = 1;
        long lineStart = 0;
        boolean blank = true;
        try (InputStream stream = Files.newInputStream(path)) {
            boolean eof = false;
            while (!eof) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                eof = n < 0;
                if (!eof) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                for (int i = 0; i < in.position(); i++) {
                    if (in.get(i) == '\n') {
                        line++;
                        lineStart = base + i + 1;
                    }
                }
                if (result.isError()) {
                    long offset = base + in.position();
                    problems.add(new SeedProblem(file, line, (int) (offset - lineStart + 1), "",
                            "the file is not valid UTF-8 (byte " + offset + ")",
                            "UTF-8 text (in a spreadsheet, save as \"CSV UTF-8\")"));
                    return false;
                }
                out.flip();
                while (blank && out.hasRemaining()) {
                    char c = out.get();
                    blank = Character.isWhitespace(c) || c == '\uFEFF';
                }
                out.clear();
                base += in.position();
                in.compact(); // an incomplete sequence at the end of the chunk waits for the next one
            }
        } catch (IOException e) {
            problems.add(new SeedProblem(file, 0, 0, "", "the file cannot be read: " + e.getMessage(), "a readable file"));
            return false;
        }
        if (blank) {
            problems.add(new SeedProblem(file, 1, 0, "", "the file is empty",
                    "a header row: " + String.join(",", required)));
            return false;
        }
        return true;
    }

    /** Reads the file: the header when {@code required} is given (then stops), else every record. */
    private void scan(List<String> required, List<String> optional, Consumer<Record> action) {
        try (Reader reader = openReader();
             MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(reader)) {
            boolean header = true;
            while (it.hasNextValue()) {
                // hasNextValue() has moved onto the record's first value: the parser stands on its line
                long start = it.getParser().currentLocation().getLineNr();
                String[] values = it.nextValue();
                if (header) {
                    if (required != null) {
                        readHeader(values, required, optional);
                        headerProblems = problems.size();
                        return;
                    }
                    header = false;
                } else if (values.length != columns.size()) {
                    problems.add(new SeedProblem(file, start, 0, "",
                            "the record has " + values.length + " fields",
                            columns.size() + " fields, as many as the header has (check for a stray comma or an unquoted value with a comma)"));
                } else {
                    action.accept(new Record(start, values));
                }
            }
            if (header && required != null) {
                problems.add(new SeedProblem(file, 1, 0, "", "the file has no header row",
                        "a header row: " + String.join(",", required)));
                headerProblems = problems.size();
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

    /** The file as text, without the byte-order mark spreadsheets write. */
    private Reader openReader() throws IOException {
        BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private void readHeader(String[] values, List<String> required, List<String> optional) {
        Set<String> known = new HashSet<>(required);
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

    /** Whether the file's structure (existence, encoding, header) allows reading its records. */
    boolean readable() { return readable && headerProblems == 0; }

    List<SeedProblem> problems() { return problems; }
}

package org.conflictgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.inject.Singleton;
import org.conflictgraph.vocabulary.Vocabulary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of {@code nodes.csv} and {@code edges.csv} with every attribute. The first columns are the ones
 * Gephi's spreadsheet import recognises (Id, Label; Source, Target); the statement's own type is
 * {@code relationship}, because Gephi reads an edge column named "type" as directed/undirected. Each row is
 * written as it arrives (a zip entry needs no length up front), so the whole network streams.
 */
@Singleton
public final class CsvExport implements NetworkExport {
    static final List<String> NODE_COLUMNS = List.of("id", "label", "type", "aliases", "description");
    static final List<String> EDGE_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("id", "source", "target"));
        Attributes.EDGE.forEach(a -> columns.add(a.equals("type") ? "relationship" : a));
        EDGE_COLUMNS = List.copyOf(columns);
    }

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build();

    private final Vocabulary vocabulary;

    public CsvExport(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override public String format() { return "csv"; }

    @Override public String contentType() { return "application/zip"; }

    @Override public String fileName() { return "network-csv.zip"; }

    @Override
    public void write(NetworkSource network, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        SequenceWriter nodes = table(zip, "nodes.csv", NODE_COLUMNS);
        zip.flush();
        network.nodes((n, start) -> {
            Map<String, String> a = Attributes.node(n);
            nodes.write(List.of(n.id(), a.get("name"), a.get("type"), a.get("aliases"), a.get("description")));
        });
        nodes.flush();
        zip.closeEntry();
        SequenceWriter edges = table(zip, "edges.csv", EDGE_COLUMNS);
        network.statements(s -> {
            List<String> row = new ArrayList<>(List.of(s.id(), s.subject().id(), s.object().id()));
            row.addAll(Attributes.edge(s, vocabulary).values());
            edges.write(row);
        });
        edges.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static SequenceWriter table(ZipOutputStream zip, String name, List<String> columns) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        // the writer must not close the zip stream under it, nor flush it after every row
        return CSV.writer(schema.build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .writeValues(zip);
    }
}

package org.conflictgraph.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.inject.Singleton;
import org.conflictgraph.statement.Statement;
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
 * {@code relationship}, because Gephi reads an edge column named "type" as directed/undirected.
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
    public void write(Network network, OutputStream out) throws IOException {
        List<List<String>> nodes = new ArrayList<>();
        for (Network.Node n : network.nodes()) {
            Map<String, String> a = Attributes.node(n);
            nodes.add(List.of(n.id(), a.get("name"), a.get("type"), a.get("aliases"), a.get("description")));
        }
        List<List<String>> edges = new ArrayList<>();
        for (Statement s : network.statements()) {
            List<String> row = new ArrayList<>(List.of(s.id(), s.subject().id(), s.object().id()));
            row.addAll(Attributes.edge(s, vocabulary).values());
            edges.add(row);
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        table(zip, "nodes.csv", NODE_COLUMNS, nodes);
        table(zip, "edges.csv", EDGE_COLUMNS, edges);
        zip.finish();
    }

    private static void table(ZipOutputStream zip, String name, List<String> columns, List<List<String>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        // the writer must not close the zip stream under it
        SequenceWriter writer = CSV.writer(schema.build())
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(zip);
        for (List<String> row : rows) {
            writer.write(row);
        }
        writer.flush();
        zip.closeEntry();
    }
}

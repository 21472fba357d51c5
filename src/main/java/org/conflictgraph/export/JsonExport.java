package org.conflictgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Plain JSON {@code {nodes, statements}}, each statement in the shape every API response carries
 * (id, type, subject, object, dates, status, claimedBy, source, ref, excerpt), for scripts. Written with a
 * Jackson generator, one node or statement at a time.
 */
@Singleton
public final class JsonExport implements NetworkExport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override public String format() { return "json"; }

    @Override public String contentType() { return "application/json"; }

    @Override public String fileName() { return "network.json"; }

    @Override
    public void write(NetworkSource network, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("nodes");
            json.flush();
            network.nodes((n, start) -> JSON.writeValue(json, n));
            json.writeEndArray();
            json.writeArrayFieldStart("statements");
            network.statements(s -> JSON.writeValue(json, s));
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}

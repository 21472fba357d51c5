package org.conflictgraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Plain JSON {@code {nodes, statements}}, each statement in the shape every API response carries
 * (id, type, subject, object, dates, status, claimedBy, source, ref, excerpt), for scripts.
 */
@Singleton
public final class JsonExport implements NetworkExport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override public String format() { return "json"; }

    @Override public String contentType() { return "application/json"; }

    @Override public String fileName() { return "network.json"; }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        JSON.writeValue(out, network);
    }
}

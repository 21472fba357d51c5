package org.conflictgraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Cytoscape export's style on its own, as the style file Cytoscape desktop imports (File, Import,
 * Styles from File): a titled list of selector rules, the same rules the {@code cytoscape} export embeds.
 */
@Singleton
public final class CytoscapeStyleExport implements NetworkExport {
    @Override public String format() { return "cytoscape-style"; }

    @Override public String contentType() { return "application/json"; }

    @Override public String fileName() { return "conflict-graph-style.json"; }

    @Override
    public void write(NetworkSource network, OutputStream out) throws IOException {
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("format_version", "1.0");
        style.put("generated_by", "conflict-graph");
        style.put("target_cytoscapejs_version", "~3.33");
        style.put("title", "Conflict Graph");
        style.put("style", CytoscapeExport.style());
        new ObjectMapper().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, List.of(style));
    }
}

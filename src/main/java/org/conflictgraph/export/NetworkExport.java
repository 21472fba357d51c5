package org.conflictgraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** One file format a network can be exported to; each format is its own class. */
public interface NetworkExport {

    /** The value of {@code format=} that selects this export. */
    String format();

    /** The response's content type. */
    String contentType();

    /** The file name a download gets, with its extension. */
    String fileName();

    void write(Network network, OutputStream out) throws IOException;
}

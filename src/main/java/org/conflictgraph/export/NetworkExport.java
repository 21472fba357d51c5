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

    /**
     * Writes {@code network} to {@code out} as it reads it: a node or statement is written when it arrives and
     * then dropped, so a network streamed from the database is never held whole. {@code out} is not closed.
     */
    void write(NetworkSource network, OutputStream out) throws IOException;

    /** Writes a network held in memory: the same writer, reading the network's JGraphT graph. */
    default void write(Network network, OutputStream out) throws IOException {
        write(NetworkSource.of(network), out);
    }
}

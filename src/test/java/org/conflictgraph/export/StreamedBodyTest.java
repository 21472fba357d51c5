package org.conflictgraph.export;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The pipe between an export and its response")
class StreamedBodyTest {

    @Test
    @DisplayName("hands over every byte, in order, and then the end")
    void shouldHandOverEverything() throws Exception {
        StreamedBody body = new StreamedBody();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 100_000; i++) {
                    body.sink.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                }
                body.sink.close();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        String all = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        writer.get(10, TimeUnit.SECONDS);
        assertTrue(all.startsWith("line 0\nline 1\n"));
        assertTrue(all.endsWith("line 99999\n"));
        assertEquals(100_000, all.lines().count());
    }

    @Test
    @DisplayName("a failure after the first bytes: the reader gets those bytes, then an error instead of an end")
    void shouldCutTheStreamOnFailure() throws Exception {
        StreamedBody body = new StreamedBody();
        body.sink.write("<graphml>".getBytes(StandardCharsets.UTF_8));
        body.sink.flush();
        body.sink.fail(new IllegalStateException("the database stopped the read"));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[16];
        IOException e = assertThrows(IOException.class, () -> {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                read.write(buffer, 0, n);
            }
        });
        assertEquals("<graphml>", read.toString(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("the database stopped the read"), e.getMessage());
    }

    @Test
    @DisplayName("a client that goes away stops the export at its next write, once the pipe is full")
    void shouldStopTheWriterWhenTheReaderCloses() {
        StreamedBody body = new StreamedBody();
        body.close();
        byte[] chunk = new byte[StreamedBody.CHUNK];
        IOException e = assertThrows(IOException.class, () -> {
            for (int i = 0; i <= StreamedBody.CHUNKS + 1; i++) {
                body.sink.write(chunk);
            }
        });
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}

package org.conflictgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pipe between an export written on one thread and the HTTP response read on another: the writer
 * fills chunks of 64 KiB and hands them over, at most {@link #CHUNKS} waiting (2 MiB), so a slow client slows
 * the export down instead of filling the heap. A chunk also goes out when it is {@link #LINGER_NANOS} old, so
 * the first bytes leave at once and a slow query still shows progress.
 *
 * <p>The reader sees the end of the stream only after {@link Sink#close()}; after {@link Sink#fail} it gets
 * an {@link IOException} instead, which makes the server cut the response short (no final chunk), so the
 * client sees a broken transfer, never a file that looks whole. When the reader closes (the client went
 * away), the writer's next write throws, which ends the export and its database read.
 */
final class StreamedBody extends InputStream {
    static final int CHUNK = 64 * 1024;
    static final int CHUNKS = 32;
    static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS);
    private volatile boolean closed;
    private volatile Throwable failure;
    private byte[] current;
    private int position;
    private boolean ended;

    /** The writing end. */
    final Sink sink = new Sink();

    // ---- the reading end (the server's thread) ----

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || position == current.length) {
            if (ended) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the export");
            }
            position = 0;
            if (current == END) {
                current = null;
                ended = true;
                if (failure != null) {
                    throw new IOException("The export failed after its first bytes were sent: " + failure.getMessage(), failure);
                }
            }
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    /** The server closes the body when the response is done or the client has gone. */
    @Override
    public void close() {
        closed = true;
        chunks.clear();
    }

    /** What the writer gets once the server has closed the body: the client went away, the export stops. */
    static final class ClientGone extends IOException {
        ClientGone() {
            super("The client closed the connection");
        }

        /** Whether {@code e}, or what caused it (writers wrap what their stream throws), is a {@link ClientGone}. */
        static boolean in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ClientGone) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- the writing end (the export's thread) ----

    final class Sink extends OutputStream {
        private final byte[] buffer = new byte[CHUNK];
        private int size;
        private long firstByteAt;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (size == 0) {
                    firstByteAt = System.nanoTime();
                }
                int n = Math.min(len, CHUNK - size);
                System.arraycopy(b, off, buffer, size, n);
                size += n;
                off += n;
                len -= n;
                if (size == CHUNK || System.nanoTime() - firstByteAt >= LINGER_NANOS) {
                    push();
                }
            }
        }

        /** Sends what is buffered now, however little. */
        @Override
        public void flush() throws IOException {
            push();
        }

        private boolean done;

        /** The export is complete: the reader sees the end of the stream after the last chunk. */
        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                push();
                put(END);
            }
        }

        /** The export failed: the reader gets an error after the chunks already handed over. */
        void fail(Throwable cause) {
            if (done) {
                return;
            }
            done = true;
            failure = cause;
            try {
                put(END);
            } catch (IOException ignored) {
                // the reader is gone; nothing to tell
            }
        }

        private void push() throws IOException {
            if (size > 0) {
                put(Arrays.copyOf(buffer, size));
                size = 0;
            }
        }

        private void put(byte[] chunk) throws IOException {
            try {
                while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    if (closed) {
                        throw new ClientGone();
                    }
                }
                if (closed) {
                    throw new ClientGone();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while streaming the export");
            }
        }
    }
}

package org.conflictgraph.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long load, phase by phase: on a terminal, a bar redrawn in place with rows done, rate and
 * time left; off a terminal (a log file, CI), one log line every few seconds.
 */
public abstract class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long DRAW_EVERY_NANOS = Duration.ofMillis(200).toNanos();

    /** Reports nothing. */
    public static final Progress NONE = new Progress() {
        @Override
        void show(Phase phase, boolean last) {}
    };

    /** A bar on {@code System.err} when it is a terminal, else log lines. */
    public static Progress console() {
        return System.console() != null ? new Bar(System.err) : new Lines();
    }

    /** Starts a phase of {@code total} rows (-1 when unknown). */
    public Phase phase(String name, long total) {
        return new Phase(this, name, total);
    }

    abstract void show(Phase phase, boolean last);

    long interval() { return LOG_EVERY_NANOS; }

    /** One phase: rows done so far, reported at most every few seconds (or fractions of a second for a bar). */
    public static final class Phase {
        private final Progress progress;
        private final String name;
        private final long total;
        private final long started = System.nanoTime();
        private long done;
        private long shown = started;

        Phase(Progress progress, String name, long total) {
            this.progress = progress;
            this.name = name;
            this.total = total;
        }

        public void advance(long rows) {
            done += rows;
            long now = System.nanoTime();
            if (now - shown >= progress.interval()) {
                shown = now;
                progress.show(this, false);
            }
        }

        public void done() {
            if (progress != NONE) {
                progress.show(this, true);
            }
        }

        double seconds() { return Math.max(1e-3, (System.nanoTime() - started) / 1e9); }

        long rate() { return Math.round(done / seconds()); }

        String line() {
            StringBuilder b = new StringBuilder(name).append(": ").append(String.format("%,d", done));
            if (total > 0) {
                b.append('/').append(String.format("%,d", total));
            }
            b.append(" rows, ").append(String.format("%,d", rate())).append(" rows/s");
            if (total > 0 && done < total && rate() > 0) {
                b.append(", ").append(format((total - done) / rate())).append(" left");
            } else {
                b.append(", ").append(format(Math.round(seconds()))).append(" so far");
            }
            return b.toString();
        }

        private static String format(long seconds) {
            return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
        }
    }

    private static final class Lines extends Progress {
        @Override
        void show(Phase phase, boolean last) {
            LOG.info("{}{}", phase.line(), last ? " (done)" : "");
        }
    }

    private static final class Bar extends Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        long interval() { return DRAW_EVERY_NANOS; }

        @Override
        void show(Phase phase, boolean last) {
            String bar = "";
            if (phase.total > 0) {
                int filled = (int) Math.min(WIDTH, WIDTH * phase.done / phase.total);
                bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] ";
            }
            out.print("\r\033[K" + bar + phase.line());
            if (last) {
                out.println();
            }
            out.flush();
        }
    }
}

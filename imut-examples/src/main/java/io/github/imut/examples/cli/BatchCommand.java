package io.github.imut.examples.cli;

import io.github.imut.check.BatchSummary;
import io.github.imut.check.Checker;
import io.github.imut.json.NdjsonBatch;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code imut batch IN.ndjson [--out OUT.ndjson] [--threads N]}: one proposal per line in, one report per line out, in
 * the same order ({@link NdjsonBatch}: streaming, parallel, flat memory). Every input line yields exactly one output
 * line: a malformed or blank line gives an {@code INVALID} report carrying its line number, and the batch goes on.
 * Progress (records, records/s, and for a file the share done and the ETA) goes to stderr when the JVM has a
 * console and {@code --quiet} is not given; the verdict counts follow at the end. The verdicts are in the reports,
 * so the exit code is 0 whenever every line got its report, and 2 when the input cannot be read or the arguments
 * are bad.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Checks one proposal per line (NDJSON) and writes one report per line, in input order.",
                "A malformed line gives an INVALID report with its line number; the batch goes on.",
                "Exit 0 when every line got its report (whatever the verdicts), 2 for an unreadable file or bad"
                        + " arguments."})
final class BatchCommand implements Callable<Integer> {
    private static final long PROGRESS_NANOS = 500_000_000L;

    @ParentCommand
    private ImutCli parent;

    @Mixin
    private final ImutCli.CheckOptions options = new ImutCli.CheckOptions();

    @Parameters(index = "0", paramLabel = "IN.ndjson|-", description = "Proposals, one JSON object per line.")
    private String in;

    @Option(names = "--out", paramLabel = "OUT.ndjson", description = "Where reports go (default: standard output).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress and no summary on standard error.")
    private boolean quiet;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("imut batch: --threads must be at least 1: " + threads);
            return ImutCli.EXIT_USAGE;
        }
        InputStream input;
        long size = -1;
        try {
            if ("-".equals(in)) {
                input = parent.stdin();
            } else {
                Path file = Path.of(in);
                input = Files.newInputStream(file);
                size = Files.isRegularFile(file) ? Files.size(file) : -1;
            }
        } catch (NoSuchFileException e) {
            err.println("imut batch: no such file: " + in);
            return ImutCli.EXIT_USAGE;
        } catch (IOException e) {
            err.println("imut batch: cannot read " + in + ": " + e.getMessage());
            return ImutCli.EXIT_USAGE;
        }
        Checker checker = options.checker();
        LocalDate asOf = options.asOf();
        long started = System.nanoTime();
        Progress progress = new Progress(err, !quiet && System.console() != null, size, started);
        NdjsonBatch batch = NdjsonBatch.builder(checker, asOf).threads(threads).progress(progress).build();
        BatchSummary summary;
        try (InputStream source = input;
             OutputStream sink = out == null ? new NonClosing(parent.stdout())
                     : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            summary = batch.run(source, sink);
        } catch (IOException e) {
            progress.end();
            err.println("imut batch: I/O error after line " + progress.records + ": " + e.getMessage());
            return ImutCli.EXIT_USAGE;
        }
        progress.end();
        if (!quiet) {
            err.println(summary(summary, started));
        }
        return ImutCli.EXIT_MS;
    }

    private static long rate(long records, long startedNanos) {
        long nanos = Math.max(1, System.nanoTime() - startedNanos);
        return records * 1_000_000_000L / nanos;
    }

    /** @return e.g. {@code 6 records, MS 1, NEEDS_APPROVAL 2, ..., INVALID 3 (5400 records/s)} */
    static String summary(BatchSummary summary, long startedNanos) {
        return summary + " (" + rate(summary.records(), startedNanos) + " records/s)";
    }

    /** Prints progress at most twice a second on one line of a terminal; silent otherwise. */
    private static final class Progress implements NdjsonBatch.Progress {
        private final PrintWriter err;
        private final boolean show;
        private final long size;
        private final long started;
        private long last;
        private boolean printed;
        long records;

        Progress(PrintWriter err, boolean show, long size, long started) {
            this.err = err;
            this.show = show;
            this.size = size;
            this.started = started;
            this.last = started;
        }

        @Override
        public void update(long done, long bytesRead) {
            records = done;
            long now = System.nanoTime();
            if (!show || now - last < PROGRESS_NANOS) {
                return;
            }
            last = now;
            StringBuilder sb = new StringBuilder("\r").append(done).append(" records, ")
                    .append(rate(done, started)).append(" records/s");
            if (size > 0 && bytesRead > 0) {
                double share = Math.min(1.0, (double) bytesRead / size);
                long etaSeconds = (long) ((now - started) / 1e9 * (1 - share) / share);
                sb.append(", ").append((int) (share * 100)).append("%, ETA ")
                        .append(etaSeconds / 3600).append(':')
                        .append(two(etaSeconds / 60 % 60)).append(':').append(two(etaSeconds % 60));
            }
            sb.append("   ");
            err.print(sb);
            err.flush();
            printed = true;
        }

        private static String two(long n) {
            return n < 10 ? "0" + n : Long.toString(n);
        }

        void end() {
            if (printed) {
                err.println();
            }
        }
    }

    /** Writes to the command's standard output without closing it. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream delegate;

        NonClosing(OutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            delegate.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            delegate.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            delegate.flush();
        }
    }
}

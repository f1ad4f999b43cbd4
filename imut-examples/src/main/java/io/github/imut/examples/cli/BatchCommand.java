package io.github.imut.examples.cli;

import io.github.imut.check.Checker;
import io.github.imut.check.ImmutableReport;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.json.ImutJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code imut batch IN.ndjson [--out OUT.ndjson]}: one proposal per line in, one report per line out, in the same
 * order. Every input line yields exactly one output line: a malformed or blank line gives an {@code INVALID} report
 * carrying its line number, and the batch goes on. Progress goes to stderr when stderr is a terminal (not with
 * {@code --quiet}); the verdict counts follow at the end. The verdicts are in the reports, so the exit code is 0
 * whenever every line got its report, and 2 when the input cannot be read or the arguments are bad.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Checks one proposal per line (NDJSON) and writes one report per line, in input order.",
                "A malformed line gives an INVALID report with its line number; the batch goes on.",
                "Exit 0 when every line got its report (whatever the verdicts), 2 for an unreadable file or bad"
                        + " arguments."})
final class BatchCommand implements Callable<Integer> {
    private static final long PROGRESS_EVERY = 10_000;

    @ParentCommand
    private ImutCli parent;

    @Mixin
    private final ImutCli.CheckOptions options = new ImutCli.CheckOptions();

    @Parameters(index = "0", paramLabel = "IN.ndjson|-", description = "Proposals, one JSON object per line.")
    private String in;

    @Option(names = "--out", paramLabel = "OUT.ndjson", description = "Where reports go (default: standard output).")
    private Path out;

    @Option(names = "--quiet", description = "No progress and no summary on standard error.")
    private boolean quiet;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputStream input;
        try {
            input = "-".equals(in) ? parent.stdin() : Files.newInputStream(Path.of(in));
        } catch (NoSuchFileException e) {
            err.println("imut batch: no such file: " + in);
            return ImutCli.EXIT_USAGE;
        } catch (IOException e) {
            err.println("imut batch: cannot read " + in + ": " + e.getMessage());
            return ImutCli.EXIT_USAGE;
        }
        Checker checker = options.checker();
        LocalDate asOf = options.asOf();
        boolean progress = !quiet && System.console() != null;
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        long line = 0;
        long started = System.nanoTime();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
             Writer writer = out == null ? new NonClosing(spec.commandLine().getOut())
                     : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                             1 << 16)) {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                Report report = ImmutableReport.copyOf(checker.checkJson(text, asOf)).withLine(line);
                counts.merge(report.getVerdict(), 1L, Long::sum);
                writer.write(ImutJson.reportWriter().writeValueAsString(report));
                writer.write('\n');
                if (progress && line % PROGRESS_EVERY == 0) {
                    err.print("\r" + line + " records, " + rate(line, started) + " records/s");
                    err.flush();
                }
            }
        } catch (IOException e) {
            err.println("imut batch: I/O error after line " + line + ": " + e.getMessage());
            return ImutCli.EXIT_USAGE;
        }
        if (!quiet) {
            if (progress) {
                err.println();
            }
            err.println(summary(line, counts, started));
        }
        return ImutCli.EXIT_MS;
    }

    private static long rate(long records, long startedNanos) {
        long nanos = Math.max(1, System.nanoTime() - startedNanos);
        return records * 1_000_000_000L / nanos;
    }

    static String summary(long records, Map<Verdict, Long> counts, long startedNanos) {
        StringBuilder sb = new StringBuilder();
        sb.append(records).append(" records");
        for (Verdict v : Verdict.values()) {
            sb.append(", ").append(v).append(' ').append(counts.getOrDefault(v, 0L));
        }
        sb.append(" (").append(rate(records, startedNanos)).append(" records/s)");
        return sb.toString();
    }

    /** Writes to the command's standard output without closing it. */
    private static final class NonClosing extends Writer {
        private final PrintWriter delegate;

        NonClosing(PrintWriter delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            delegate.write(buf, off, len);
        }

        @Override
        public void write(String s) {
            delegate.write(s);
        }

        @Override
        public void flush() {
            delegate.flush();
        }

        @Override
        public void close() {
            delegate.flush();
        }
    }
}

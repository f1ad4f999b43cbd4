package io.github.imut.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.imut.check.BatchSummary;
import io.github.imut.check.Checker;
import io.github.imut.check.ImmutableReport;
import io.github.imut.check.Language;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.check.Violation;
import io.github.imut.internal.MessageCatalog;
import io.github.imut.internal.OrderedPipeline;
import io.github.imut.model.Proposal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a stream of proposals in NDJSON (one JSON object per line) and writes one report per line, in input order,
 * in parallel and with flat memory: the batch mode of a whole-country audit.
 *
 * <pre>{@code
 * NdjsonBatch batch = NdjsonBatch.builder(checker, LocalDate.of(2026, 11, 23)).threads(8).build();
 * try (InputStream in = Files.newInputStream(input); OutputStream out = Files.newOutputStream(output)) {
 *     BatchSummary summary = batch.run(in, out);
 * }
 * }</pre>
 *
 * <p>The guarantee: <b>every input line yields exactly one report line</b>, in the same order, carrying its 1-based
 * {@code line}. A line that is blank, malformed, not a proposal, or longer than {@link Builder#maxLineBytes(int)}
 * gives an {@link Verdict#INVALID} report naming the problem, and the batch goes on. Lines end with {@code \n}; a
 * {@code \r} before it is dropped, and so is a UTF-8 byte-order mark at the start of the input; a last line without
 * {@code \n} counts. Each report is the one {@link Checker#checkJson(String, LocalDate)} gives for that line, with its
 * {@code line} set, written compact as {@link ImutJson#reportWriter()} writes it, followed by {@code \n}.
 *
 * <p>How: the input is read in 64 KiB blocks and cut into chunks of up to 128 lines; each line's bytes are parsed by
 * Jackson's streaming parser in place (no whole-file read, no string per line), checked, and encoded on one of
 * {@code threads} workers; the calling thread reads, and writes the chunks back in order. At most four chunks per
 * thread are in flight, so memory does not grow with the input. Immutable and thread-safe; each {@link #run} is
 * independent.
 */
public final class NdjsonBatch {
    /** Default longest line accepted: 1 MiB, some 200 times a large real proposal. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    /**
     * Lines per chunk, and bytes after which a chunk ends early: 128 lines of a typical proposal (~1.3 KB) keep a
     * chunk's input and output buffers under G1's humongous-object threshold even with a small heap (regions of
     * 1 MB at -Xmx256m), while a chunk is still milliseconds of work, so handing it over costs nothing measurable.
     */
    private static final int CHUNK_LINES = 128;
    private static final int CHUNK_BYTES = 256 * 1024;
    private static final int READ_BUFFER = 1 << 16;
    private static final int CHUNKS_PER_THREAD = 4;

    private final Checker checker;
    private final LocalDate asOf;
    private final int threads;
    private final int maxLineBytes;
    private final Progress progress;

    private NdjsonBatch(Builder b) {
        this.checker = b.checker;
        this.asOf = b.asOf;
        this.threads = b.threads;
        this.maxLineBytes = b.maxLineBytes;
        this.progress = b.progress;
    }

    /**
     * @param checker the checker (its language and passes setting apply)
     * @param asOf    the day the checks are made
     * @return a builder
     */
    public static Builder builder(Checker checker, LocalDate asOf) {
        return new Builder(checker, asOf);
    }

    /**
     * Told how far a batch has gone; called on the thread that runs the batch, after each chunk is written.
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param records   reports written so far
         * @param bytesRead input bytes consumed so far
         */
        void update(long records, long bytesRead);
    }

    /**
     * Runs the batch to the end of {@code in}. Neither stream is closed; {@code out} is flushed at the end.
     *
     * @param in  proposals, UTF-8 NDJSON
     * @param out where the reports go, UTF-8 NDJSON
     * @return the number of reports written (the number of input lines) and their verdicts
     * @throws IOException if {@code in} cannot be read or {@code out} written; the reports of every line before the
     *                     failure have been written
     */
    public BatchSummary run(InputStream in, OutputStream out) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        LineChunks lines = new LineChunks(in, maxLineBytes);
        long[] counts = new long[Verdict.values().length];
        long[] written = {0};
        ObjectWriter writer = ImutJson.reportWriter();
        Language language = checker.language();
        OrderedPipeline.run(threads, threads * CHUNKS_PER_THREAD, lines, chunk -> work(chunk, writer, language),
                result -> {
                    out.write(result.bytes, 0, result.size);
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] += result.counts[i];
                    }
                    written[0] += result.lines;
                    if (progress != null) {
                        progress.update(written[0], result.bytesRead);
                    }
                });
        out.flush();
        return BatchSummary.of(counts);
    }

    private Output work(Chunk chunk, ObjectWriter writer, Language language) {
        Output out = new Output(Math.max(4096, chunk.size), chunk.bytesRead, chunk.count);
        try (JsonGenerator g = writer.createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (int i = 0; i < chunk.count; i++) {
                Report report = report(chunk, i, language);
                out.counts[report.getVerdict().ordinal()]++;
                writer.writeValue(g, report);
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a report", e);
        }
        return out;
    }

    private Report report(Chunk chunk, int i, Language language) {
        long line = chunk.firstLine + i;
        Report r;
        if (chunk.tooLong[i]) {
            r = checker.invalid(Optional.empty(), List.of(tooLong(language)), asOf);
        } else {
            ProposalReader.Result read = ProposalReader.read(chunk.data, chunk.start[i], chunk.length[i], language);
            Optional<Proposal> p = read.proposal();
            r = p.isPresent() ? checker.check(p.get(), asOf)
                    : checker.invalid(read.proposalId(), read.violations(), asOf);
        }
        return ImmutableReport.copyOf(r).withLine(line);
    }

    private Violation tooLong(Language language) {
        return Violation.of("$", "json.tooLong", MessageCatalog.core(language.locale()).render("json.tooLong",
                Map.of("path", "$", "max", maxLineBytes)));
    }

    /** Builds an {@link NdjsonBatch}; not thread-safe. */
    public static final class Builder {
        private final Checker checker;
        private final LocalDate asOf;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
        private Progress progress;

        private Builder(Checker checker, LocalDate asOf) {
            this.checker = Objects.requireNonNull(checker, "checker");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /**
         * @param value worker threads, at least 1 (default: the available processors); 1 runs everything on the
         *              calling thread
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * @param value the longest line read, in bytes (default {@value #DEFAULT_MAX_LINE_BYTES}); a longer line is
         *              skipped without being held in memory and gives an INVALID report ({@code json.tooLong})
         * @return this builder
         */
        public Builder maxLineBytes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxLineBytes must be at least 1: " + value);
            }
            this.maxLineBytes = value;
            return this;
        }

        /**
         * @param value told after each chunk of reports is written
         * @return this builder
         */
        public Builder progress(Progress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** @return the batch */
        public NdjsonBatch build() {
            return new NdjsonBatch(this);
        }
    }

    /** Up to {@link #CHUNK_LINES} lines, their bytes back to back. */
    private static final class Chunk {
        final long firstLine;
        byte[] data = new byte[192 * 1024];
        int size;
        final int[] start = new int[CHUNK_LINES];
        final int[] length = new int[CHUNK_LINES];
        final boolean[] tooLong = new boolean[CHUNK_LINES];
        int count;
        long bytesRead;

        Chunk(long firstLine) {
            this.firstLine = firstLine;
        }

        void append(byte[] b, int from, int n) {
            if (size + n > data.length) {
                data = Arrays.copyOf(data, Math.max(size + n, data.length * 2));
            }
            System.arraycopy(b, from, data, size, n);
            size += n;
        }

        boolean full() {
            return count == CHUNK_LINES || size >= CHUNK_BYTES;
        }
    }

    /** A chunk's reports, encoded, and their verdict counts. */
    private static final class Output extends OutputStream {
        byte[] bytes;
        int size;
        final long[] counts = new long[Verdict.values().length];
        final long bytesRead;
        final int lines;

        Output(int capacity, long bytesRead, int lines) {
            this.bytes = new byte[capacity];
            this.bytesRead = bytesRead;
            this.lines = lines;
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void ensure(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
            }
        }
    }

    /** Cuts the input into chunks of lines, reading it in blocks. */
    private static final class LineChunks implements OrderedPipeline.Source<Chunk> {
        private final InputStream in;
        private final int maxLineBytes;
        private final byte[] buf = new byte[READ_BUFFER];
        private int pos;
        private int lim;
        private boolean eof;
        private long consumed;
        private long lines;
        private IOException failure;

        LineChunks(InputStream in, int maxLineBytes) {
            this.in = in;
            this.maxLineBytes = maxLineBytes;
        }

        @Override
        public Chunk next() throws IOException {
            if (failure != null) {
                IOException f = failure;
                failure = null;
                throw f;
            }
            Chunk chunk = new Chunk(lines + 1);
            try {
                while (!chunk.full() && readLine(chunk)) {
                    // one line appended
                }
            } catch (IOException e) {
                if (chunk.count == 0) {
                    throw e;
                }
                failure = e;
            }
            chunk.bytesRead = consumed;
            return chunk.count == 0 ? null : chunk;
        }

        private boolean readLine(Chunk chunk) throws IOException {
            if (pos >= lim && !fill()) {
                return false;
            }
            int start = chunk.size;
            long lineBytes = 0;
            boolean tooLong = false;
            while (true) {
                int end = pos;
                while (end < lim && buf[end] != '\n') {
                    end++;
                }
                int n = end - pos;
                if (!tooLong) {
                    if (lineBytes + n > maxLineBytes + 1L) {
                        tooLong = true;
                        chunk.size = start;
                    } else {
                        chunk.append(buf, pos, n);
                    }
                }
                lineBytes += n;
                consumed += n;
                pos = end;
                if (end < lim) {
                    pos++;
                    consumed++;
                    break;
                }
                if (!fill()) {
                    break;
                }
            }
            lines++;
            int from = start;
            int len = tooLong ? 0 : chunk.size - start;
            if (lines == 1 && len >= 3 && chunk.data[from] == (byte) 0xEF && chunk.data[from + 1] == (byte) 0xBB
                    && chunk.data[from + 2] == (byte) 0xBF) {
                from += 3;
                len -= 3;
            }
            if (len > 0 && chunk.data[from + len - 1] == '\r') {
                len--;
            }
            if (!tooLong && len > maxLineBytes) {
                tooLong = true;
                chunk.size = start;
                len = 0;
            }
            chunk.start[chunk.count] = from;
            chunk.length[chunk.count] = len;
            chunk.tooLong[chunk.count] = tooLong;
            chunk.count++;
            return true;
        }

        private boolean fill() throws IOException {
            while (!eof) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    eof = true;
                    pos = 0;
                    lim = 0;
                    return false;
                }
                if (n > 0) {
                    pos = 0;
                    lim = n;
                    return true;
                }
            }
            return false;
        }
    }
}

package io.github.imut.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.imut.check.BatchSummary;
import io.github.imut.check.Checker;
import io.github.imut.examples.generate.ProposalGenerator;
import io.github.imut.json.ImutJson;
import io.github.imut.json.NdjsonBatch;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The batch harness: in one run, times the full batch check of N generated records (decode, validate, every rule,
 * encode; {@link NdjsonBatch}) against the floor of the same run — Jackson merely reading and re-writing the same
 * records, token by token, line by line — and prints both and their ratio.
 *
 * <pre>
 * java -cp imut-examples/target/imut-bench.jar io.github.imut.examples.bench.BatchHarness \
 *     --count 1000000 [--seed 1] [--threads N] [--dir /tmp]
 * </pre>
 *
 * Each phase reads the same file (from the page cache) and writes a file of its own in {@code --dir}. A warm-up pass
 * over 50,000 other records runs each phase before anything is timed; then the three phases run {@code --rounds}
 * times (default 2) in turn and the best time of each is kept, so that a busy neighbour on a shared machine
 * distorts the ratio less. The files are deleted at the end.
 */
public final class BatchHarness {
    /** Held so that the level stays set (JUL keeps loggers weakly): Hibernate Validator announces itself at INFO. */
    private static final java.util.logging.Logger VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    private BatchHarness() {
    }

    /**
     * @param args {@code --count N}, optional {@code --seed S}, {@code --threads T}, {@code --dir D}
     * @throws IOException if the temporary files cannot be written
     */
    public static void main(String[] args) throws IOException {
        long count = 100_000;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        int rounds = 2;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--count":
                    count = Long.parseLong(args[i + 1]);
                    break;
                case "--seed":
                    seed = Long.parseLong(args[i + 1]);
                    break;
                case "--threads":
                    threads = Integer.parseInt(args[i + 1]);
                    break;
                case "--dir":
                    dir = Path.of(args[i + 1]);
                    break;
                case "--rounds":
                    rounds = Integer.parseInt(args[i + 1]);
                    break;
                default:
                    throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        Checker checker = Fixtures.checker();
        Path input = Files.createTempFile(dir, "imut-harness-", ".ndjson");
        Path warm = Files.createTempFile(dir, "imut-harness-warm-", ".ndjson");
        Path output = Files.createTempFile(dir, "imut-harness-out-", ".ndjson");
        try {
            long t0 = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input), 1 << 16)) {
                new ProposalGenerator(seed, checker.parameters()).writeNdjson(count, out);
            }
            long generated = System.nanoTime() - t0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(warm), 1 << 16)) {
                new ProposalGenerator(seed + 1, checker.parameters()).writeNdjson(50_000, out);
            }
            NdjsonBatch batch = NdjsonBatch.builder(checker, Fixtures.AS_OF).threads(threads).build();
            NdjsonBatch single = NdjsonBatch.builder(checker, Fixtures.AS_OF).threads(1).build();
            // warm-up: each phase once on other records
            floor(warm, output);
            runBatch(batch, warm, output);
            runBatch(single, warm, output);

            long floorNanos = Long.MAX_VALUE;
            long batchNanos = Long.MAX_VALUE;
            long singleNanos = Long.MAX_VALUE;
            long floorLines = 0;
            BatchSummary summary = null;
            for (int round = 0; round < rounds; round++) {
                long t = System.nanoTime();
                floorLines = floor(input, output);
                floorNanos = Math.min(floorNanos, System.nanoTime() - t);
                t = System.nanoTime();
                summary = runBatch(batch, input, output);
                batchNanos = Math.min(batchNanos, System.nanoTime() - t);
                t = System.nanoTime();
                runBatch(single, input, output);
                singleNanos = Math.min(singleNanos, System.nanoTime() - t);
            }

            System.out.println("imut batch harness: " + count + " records (" + Files.size(input) / count
                    + " bytes each on average), seed " + seed + ", " + threads + " threads, "
                    + Runtime.getRuntime().availableProcessors() + " processors, JDK "
                    + System.getProperty("java.version") + ", -Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + "m, best of " + rounds + " rounds");
            System.out.println("  generated in          " + seconds(generated));
            System.out.println(line("floor (Jackson read+write, 1 thread)", floorLines, floorNanos));
            System.out.println(line("batch (" + threads + " threads)", summary.records(), batchNanos));
            System.out.println(line("batch (1 thread)", summary.records(), singleNanos));
            System.out.println(String.format(Locale.ROOT, "  ratio batch/floor      %.2f (%d threads), %.2f (1 thread)",
                    (double) batchNanos / floorNanos, threads, (double) singleNanos / floorNanos));
            System.out.println("  verdicts              " + summary);
            System.out.println("  peak heap             " + peakHeapMiB() + " MiB");
            if (floorLines != summary.records() || summary.records() != count) {
                throw new IllegalStateException("Line counts differ: input " + count + ", floor " + floorLines
                        + ", batch " + summary.records());
            }
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(warm);
            Files.deleteIfExists(output);
        }
    }

    private static BatchSummary runBatch(NdjsonBatch batch, Path input, Path output) throws IOException {
        try (InputStream in = Files.newInputStream(input);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            return batch.run(in, out);
        }
    }

    /**
     * Jackson merely reading and re-writing the records: each line's tokens parsed and copied to a generator, one
     * line out per line in (a line Jackson cannot parse is copied as it is). Same line splitting as NdjsonBatch.
     */
    static long floor(Path input, Path output) throws IOException {
        JsonFactory factory = ImutJson.mapper().getFactory();
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        byte[] line = new byte[1 << 16];
        int len = 0;
        try (InputStream in = Files.newInputStream(input);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
             JsonGenerator g = factory.createGenerator(out)) {
            g.setRootValueSeparator(null);
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        copy(factory, line, len, g);
                        lines++;
                        len = 0;
                    } else {
                        if (len == line.length) {
                            line = java.util.Arrays.copyOf(line, len * 2);
                        }
                        line[len++] = b;
                    }
                }
            }
            if (len > 0) {
                copy(factory, line, len, g);
                lines++;
            }
        }
        return lines;
    }

    private static void copy(JsonFactory factory, byte[] line, int len, JsonGenerator g) throws IOException {
        try (JsonParser p = factory.createParser(line, 0, len)) {
            if (p.nextToken() != null) {
                g.copyCurrentStructure(p);
            }
        } catch (JsonProcessingException e) {
            g.writeRaw(new String(line, 0, len, java.nio.charset.StandardCharsets.UTF_8));
        }
        g.writeRaw('\n');
    }

    private static String line(String what, long records, long nanos) {
        return String.format(Locale.ROOT, "  %-38s %s, %,d records/s", what, seconds(nanos),
                records * 1_000_000_000L / Math.max(1, nanos));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%8.2f s", nanos / 1e9);
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}

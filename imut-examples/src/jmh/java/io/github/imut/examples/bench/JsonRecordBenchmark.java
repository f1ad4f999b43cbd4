package io.github.imut.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.imut.check.Checker;
import io.github.imut.check.ImmutableReport;
import io.github.imut.check.Report;
import io.github.imut.json.ImutJson;
import io.github.imut.json.ProposalReader;
import io.github.imut.model.Proposal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (c) One record of a batch: JSON bytes decoded to a proposal, checked, the report encoded — what NdjsonBatch does
 * per line — and, to show where the time goes, decoding alone and encoding alone. Lawful proposals of every kind in
 * the national mix ({@link Fixtures#pool}); the batch harness measures the generator's full mix of verdicts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonRecordBenchmark {
    private Checker checker;
    private byte[][] lines;
    private Report[] reports;
    private ObjectWriter writer;
    private int next;

    @Setup
    public void setUp() {
        checker = Fixtures.checker();
        Proposal[] pool = Fixtures.pool(null);
        lines = new byte[pool.length][];
        reports = new Report[pool.length];
        for (int i = 0; i < pool.length; i++) {
            lines[i] = ImutJson.toJson(pool[i]).getBytes(StandardCharsets.UTF_8);
            reports[i] = ImmutableReport.copyOf(checker.check(pool[i], Fixtures.AS_OF)).withLine((long) (i + 1));
        }
        writer = ImutJson.reportWriter();
    }

    @Benchmark
    public byte[] decodeCheckEncode() throws JsonProcessingException {
        int i = next++ & (Fixtures.POOL - 1);
        byte[] line = lines[i];
        ProposalReader.Result read = ProposalReader.read(line, 0, line.length, checker.language());
        Report r = read.proposal().isPresent() ? checker.check(read.proposal().get(), Fixtures.AS_OF)
                : checker.invalid(read.proposalId(), read.violations(), Fixtures.AS_OF);
        return writer.writeValueAsBytes(ImmutableReport.copyOf(r).withLine((long) (i + 1)));
    }

    @Benchmark
    public ProposalReader.Result decode() {
        byte[] line = lines[next++ & (Fixtures.POOL - 1)];
        return ProposalReader.read(line, 0, line.length, checker.language());
    }

    @Benchmark
    public byte[] encode() throws JsonProcessingException {
        return writer.writeValueAsBytes(reports[next++ & (Fixtures.POOL - 1)]);
    }
}

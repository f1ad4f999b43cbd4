package io.github.imut.examples.bench;

import io.github.imut.check.Checker;
import io.github.imut.check.Report;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) One check of an in-memory proposal of each kind with the full standard rule set: structural validation, every
 * rule that applies, the report with its findings. One operation is one check; the proposals cycle through a pool
 * of 1,024 lawful ones of that kind ({@link Fixtures#pool}: every rule that applies runs to its end, and each
 * report is {@code MS}, with the warnings lawful files get), so the score is checks per second per thread.
 *
 * <p>{@code -p pool=16} cycles through the first 16 only: they stay in the core's caches and their branches are
 * learnt, which shows how much of a check is waiting for memory (the 1,024 proposals of a pool take several MB).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {
    @Param({"APPOINTMENT", "TRANSFER", "DISMISSAL"})
    public ProposalKind kind;

    /** How many of the pool's proposals the benchmark cycles through: a power of two, at most the pool. */
    @Param({"1024"})
    public int pool;

    private Checker checker;
    private Proposal[] proposals;
    private int mask;
    private int next;

    @Setup
    public void setUp() {
        checker = Fixtures.checker();
        proposals = Fixtures.pool(kind);
        if (Integer.bitCount(pool) != 1 || pool > proposals.length) {
            throw new IllegalArgumentException("pool must be a power of two up to " + proposals.length + ": " + pool);
        }
        mask = pool - 1;
    }

    @Benchmark
    public Report check() {
        Proposal p = proposals[next++ & mask];
        return checker.check(p, Fixtures.AS_OF);
    }
}

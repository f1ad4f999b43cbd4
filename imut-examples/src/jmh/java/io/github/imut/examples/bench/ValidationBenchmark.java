package io.github.imut.examples.bench;

import io.github.imut.check.Checker;
import io.github.imut.check.Violation;
import io.github.imut.model.Proposal;
import java.util.List;
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
 * (b) Structural validation alone ({@link Checker#validate}) of lawful proposals of every kind ({@link Fixtures#pool}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
    private Checker checker;
    private Proposal[] pool;
    private int next;

    @Setup
    public void setUp() {
        checker = Fixtures.checker();
        pool = Fixtures.pool(null);
    }

    @Benchmark
    public List<Violation> validate() {
        return checker.validate(pool[next++ & (Fixtures.POOL - 1)]);
    }
}

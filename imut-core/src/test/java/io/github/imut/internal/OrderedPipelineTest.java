package io.github.imut.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine under the batch APIs: order, bounded memory, failures. */
class OrderedPipelineTest {

    @Test
    void resultsLeaveInSourceOrderAndAtMostTheWindowIsInFlight() throws IOException {
        int[] pulled = {0};
        List<Integer> sunk = new ArrayList<>();
        int[] maxInFlight = {0};
        OrderedPipeline.run(4, 8, () -> {
            maxInFlight[0] = Math.max(maxInFlight[0], pulled[0] - sunk.size());
            return pulled[0] == 5000 ? null : pulled[0]++;
        }, n -> {
            if (n % 97 == 0) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return n * 2;
        }, sunk::add);
        assertThat(sunk).hasSize(5000);
        for (int i = 0; i < sunk.size(); i++) {
            assertThat(sunk.get(i)).isEqualTo(i * 2);
        }
        assertThat(maxInFlight[0]).as("chunks pulled but not yet sunk").isLessThanOrEqualTo(8);
    }

    @Test
    void aFailingWorkStopsTheRunWithItsException() {
        RuntimeException boom = new IllegalStateException("work failed");
        List<Integer> sunk = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        assertThatThrownBy(() -> OrderedPipeline.run(3, 6, () -> next.get() == 1000 ? null : next.getAndIncrement(),
                n -> {
                    if (n == 500) {
                        throw boom;
                    }
                    return n;
                }, sunk::add)).isSameAs(boom);
        assertThat(sunk).hasSizeLessThanOrEqualTo(500);
        for (int i = 0; i < sunk.size(); i++) {
            assertThat(sunk.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aFailingSourceStillGetsEveryEarlierChunkSunkInOrder() {
        IOException gone = new IOException("input gone");
        List<Integer> sunk = new ArrayList<>();
        int[] next = {0};
        for (int threads : new int[] {1, 3}) {
            sunk.clear();
            next[0] = 0;
            assertThatThrownBy(() -> OrderedPipeline.run(threads, 4, () -> {
                if (next[0] == 300) {
                    throw gone;
                }
                return next[0]++;
            }, n -> n, sunk::add)).isSameAs(gone);
            assertThat(sunk).hasSize(300);
            assertThat(sunk.get(299)).isEqualTo(299);
        }
    }

    @Test
    void argumentsBelowOneAreRejected() {
        assertThatThrownBy(() -> OrderedPipeline.run(0, 1, () -> null, n -> n, n -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderedPipeline.run(1, 0, () -> null, n -> n, n -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

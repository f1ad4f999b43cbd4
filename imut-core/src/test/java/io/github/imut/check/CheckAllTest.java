package io.github.imut.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Checker#checkAll}: one report per proposal, in input order, whatever the threads; no report is lost. */
class CheckAllTest {
    private static final Checker CHECKER = BatchTestModule.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    /** Ids cycling through every outcome the test rule knows, with a few slow ones that finish late. */
    private static List<Proposal> proposals(int n) {
        String[] prefixes = {"OK-", "FAIL-", "APPROVE-", "MISSING-", "BOOM-", "OK-", "OK-"};
        List<Proposal> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String prefix = i % 700 == 3 ? "SLOW-" : prefixes[i % prefixes.length];
            out.add(BatchTestModule.proposal(prefix + i));
        }
        return out;
    }

    private static List<String> ids(List<Report> reports) {
        return reports.stream().map(r -> r.getProposalId().orElseThrow()).collect(Collectors.toList());
    }

    @Test
    void deliversOneReportPerProposalInInputOrderWithOneThreadOrMany() {
        List<Proposal> in = proposals(3000);
        List<Report> sequential = new ArrayList<>();
        for (Proposal p : in) {
            sequential.add(CHECKER.check(p, AS_OF));
        }
        for (int threads : new int[] {1, 2, 5}) {
            List<Report> out = new ArrayList<>();
            BatchSummary s = CHECKER.checkAll(in.iterator(), AS_OF, threads, out::add);
            assertThat(out).as("threads " + threads).isEqualTo(sequential);
            assertThat(s.records()).isEqualTo(3000);
        }
    }

    @Test
    void orderHoldsWhenLaterChunksFinishFirst() {
        // Proposal 3 of every 700 sleeps, so the chunk holding it finishes after the chunks behind it.
        List<Proposal> in = proposals(2100);
        List<Report> out = new ArrayList<>();
        CHECKER.checkAll(in.iterator(), AS_OF, 4, out::add);
        assertThat(ids(out)).isEqualTo(in.stream().map(Proposal::getId).collect(Collectors.toList()));
    }

    @Test
    void summaryCountsEveryVerdict() {
        List<Proposal> in = List.of(BatchTestModule.proposal("OK-1"), BatchTestModule.proposal("FAIL-2"),
                BatchTestModule.proposal("FAIL-3"), BatchTestModule.proposal("APPROVE-4"),
                BatchTestModule.proposal("MISSING-5"),
                BatchTestModule.proposal("BOOM-6"), BatchTestModule.proposal(" "));
        BatchSummary s = CHECKER.checkAll(in.iterator(), AS_OF, 2, r -> { });
        assertThat(s.records()).isEqualTo(7);
        assertThat(s.count(Verdict.MS)).isEqualTo(1);
        assertThat(s.count(Verdict.TMS)).isEqualTo(2);
        assertThat(s.count(Verdict.NEEDS_APPROVAL)).isEqualTo(1);
        assertThat(s.count(Verdict.BTL)).isEqualTo(1);
        assertThat(s.count(Verdict.REVIEW)).isEqualTo(1);
        assertThat(s.count(Verdict.INVALID)).isEqualTo(1);
        assertThat(s.toString()).isEqualTo("7 records, MS 1, NEEDS_APPROVAL 1, BTL 1, REVIEW 1, TMS 2, INVALID 1");
    }

    @Test
    void anIteratorThatThrowsStillGetsEveryEarlierProposalCheckedInOrderThenTheExceptionPropagates() {
        List<Proposal> in = proposals(1000);
        RuntimeException failure = new IllegalStateException("source broke");
        for (int threads : new int[] {1, 3}) {
            Iterator<Proposal> broken = failingAfter(in, failure);
            List<Report> out = new ArrayList<>();
            assertThatThrownBy(() -> CHECKER.checkAll(broken, AS_OF, threads, out::add)).isSameAs(failure);
            assertThat(ids(out)).as("threads " + threads)
                    .isEqualTo(in.stream().map(Proposal::getId).collect(Collectors.toList()));
            // a second run over the same, still broken, iterator fails at once and delivers nothing
            List<Report> again = new ArrayList<>();
            assertThatThrownBy(() -> CHECKER.checkAll(broken, AS_OF, threads, again::add)).isSameAs(failure);
            assertThat(again).isEmpty();
        }
    }

    private static Iterator<Proposal> failingAfter(List<Proposal> in, RuntimeException failure) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Proposal next() {
                if (next == in.size()) {
                    throw failure;
                }
                return in.get(next++);
            }
        };
    }

    @Test
    void aStreamThatThrowsMidwayDeliversTheReportsBeforeTheFailure() {
        List<Report> out = new ArrayList<>();
        assertThatThrownBy(() -> CHECKER.checkAll(IntStream.range(0, 600).mapToObj(i -> {
            if (i == 555) {
                throw new NoSuchElementException("record 555 unreadable");
            }
            return BatchTestModule.proposal("OK-" + i);
        }), AS_OF, 2, out::add)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("555");
        assertThat(out).hasSize(555);
        assertThat(out.get(554).getProposalId()).contains("OK-554");
    }

    @Test
    void aNullProposalIsReportedAfterTheProposalsBeforeIt() {
        List<Proposal> in = new ArrayList<>(proposals(300));
        in.add(null);
        in.add(BatchTestModule.proposal("OK-after"));
        List<Report> out = new ArrayList<>();
        assertThatThrownBy(() -> CHECKER.checkAll(in.iterator(), AS_OF, 2, out::add))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("301");
        assertThat(out).hasSize(300);
    }

    @Test
    void aSinkThatThrowsStopsTheBatch() {
        List<Report> out = new ArrayList<>();
        RuntimeException full = new IllegalStateException("disk full");
        assertThatThrownBy(() -> CHECKER.checkAll(proposals(5000).iterator(), AS_OF, 3, r -> {
            if (out.size() == 1234) {
                throw full;
            }
            out.add(r);
        })).isSameAs(full);
        assertThat(out).hasSize(1234);
    }

    @Test
    void anEmptyInputGivesAnEmptySummary() {
        BatchSummary s = CHECKER.checkAll(List.<Proposal>of().iterator(), AS_OF, 4, r -> {
            throw new AssertionError("no report expected");
        });
        assertThat(s.records()).isZero();
        assertThat(s.counts()).containsOnlyKeys(Verdict.values()).allSatisfy((v, n) -> assertThat(n).isZero());
    }

    @Test
    void threadsBelowOneAreRejected() {
        assertThatThrownBy(() -> CHECKER.checkAll(proposals(1).iterator(), AS_OF, 0, r -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

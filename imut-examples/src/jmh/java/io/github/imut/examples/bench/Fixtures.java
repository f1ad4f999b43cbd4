package io.github.imut.examples.bench;

import io.github.imut.check.Checker;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.examples.generate.ProposalGenerator;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmarks share: the standard checker and pools of lawful proposals.
 *
 * <p>A pool holds the generator's lawful records ({@link ProposalGenerator#lawfulProposal}): each action's lawful
 * story of {@code io.github.imut.testing.Fixtures}, with people, regions, signers, dates and careers varied, in the
 * national mix of actions. Every rule that applies runs to its end on them (a proposal that stops at one missing
 * field measures little), and the pool takes every branch a lawful file takes (Pj signers with their approvals,
 * proposals in the pilkada windows with the Minister's approval, promotions, PPPK, month-end dismissals). Building
 * a pool checks that each of its proposals is {@code MS} under the full standard rule set, and fails otherwise.
 */
final class Fixtures {
    /** The as-of date of every benchmark check. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    /** Proposals per pool: enough variety that no branch is always taken, small enough to stay in cache. */
    static final int POOL = 1024;

    private Fixtures() {
    }

    /** @return the checker with every module on the class path (the full standard rule set) */
    static Checker checker() {
        return Checker.builder().discoverModules().build();
    }

    /**
     * @param kind which kind, or null for the national mix of every kind
     * @return {@link #POOL} lawful proposals of that kind (seed 42), each checked to be {@code MS}
     * @throws IllegalStateException if one is not {@code MS}: the generator no longer matches the rules
     */
    static Proposal[] pool(ProposalKind kind) {
        Checker checker = checker();
        ProposalGenerator g = new ProposalGenerator(42, checker.parameters());
        List<Proposal> out = new ArrayList<>(POOL);
        for (long i = 0; out.size() < POOL; i++) {
            Proposal p = g.lawfulProposal(i);
            if (kind == null || p.getKind() == kind) {
                Report r = checker.check(p, AS_OF);
                if (r.getVerdict() != Verdict.MS) {
                    throw new IllegalStateException("Benchmark input " + p.getId() + " is " + r.getVerdict()
                            + ", not MS: " + r.getFindings());
                }
                out.add(p);
            }
        }
        return out.toArray(new Proposal[0]);
    }
}

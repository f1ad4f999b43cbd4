package io.github.imut.examples.bench;

import io.github.imut.check.Checker;
import io.github.imut.examples.generate.ProposalGenerator;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the benchmarks share: the standard checker and pools of generated proposals. */
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
     * @param kind which kind, or null for the generator's natural mix
     * @return {@link #POOL} generated proposals of that kind (seed 42)
     */
    static Proposal[] pool(ProposalKind kind) {
        ProposalGenerator g = new ProposalGenerator(42, checker().parameters());
        List<Proposal> out = new ArrayList<>(POOL);
        for (long i = 0; out.size() < POOL; i++) {
            Proposal p = g.proposal(i);
            if (kind == null || p.getKind() == kind) {
                out.add(p);
            }
        }
        return out.toArray(new Proposal[0]);
    }
}

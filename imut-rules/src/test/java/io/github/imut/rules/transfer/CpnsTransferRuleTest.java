package io.github.imut.rules.transfer;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpnsTransferRuleTest {
    private static final Checker CHECKER = TestProposals.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static ImmutableProposal transferOf(Optional<EmploymentStatus> status) {
        ImmutableProposal p = TestProposals.transfer();
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withStatus(status));
    }

    @Test
    void cpnsCannotBeTransferred() {
        assertThat(CHECKER.check(transferOf(Optional.of(EmploymentStatus.CPNS)), AS_OF)).hasVerdict(Verdict.TMS)
                .hasOnlyFindings("MUT-CPNS")
                .hasFinding("MUT-CPNS").withOutcome(Outcome.FAIL).withBasis("Peraturan BKN 5/2019 Pasal 3")
                .withMessageContaining("CPNS").withMessageContaining("2026-06-01");
    }

    @Test
    void pnsMayBeTransferred() {
        assertThat(CHECKER.check(transferOf(Optional.of(EmploymentStatus.PNS)), AS_OF)).hasVerdict(Verdict.MS)
                .hasNoFinding("MUT-CPNS");
    }

    @Test
    void unknownStatusIsIncomplete() {
        Report r = CHECKER.check(transferOf(Optional.empty()), AS_OF);
        assertThat(r).hasVerdict(Verdict.BTL).hasFinding("MUT-CPNS").withMissing("employee.status");
        assertThat(r.finding("MUT-CPNS").orElseThrow().getMissing()).containsExactly("employee.status");
    }

    @Test
    void appliesToEveryTransferActionAndNoOther() {
        CpnsTransferRule rule = new CpnsTransferRule();
        assertThat(rule.descriptor().appliesTo())
                .containsExactlyInAnyOrder(Action.WITHIN_AGENCY, Action.BETWEEN_AGENCIES, Action.JPT_REPLACEMENT);
    }
}

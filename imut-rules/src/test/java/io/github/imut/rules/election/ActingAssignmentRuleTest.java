package io.github.imut.rules.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActingAssignmentRuleTest {
    private static final Checker CHECKER = TestProposals.checker().withPasses(true);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static ImmutableProposal assigning(AssignmentType type, LocalDate date) {
        ImmutableProposal p = TestProposals.transfer().withEffectiveDate(date);
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().orElseThrow()).withAssignment(type));
    }

    @Test
    void pltInTheFreezeNeedsNoMendagriApproval() {
        Report r = CHECKER.check(assigning(AssignmentType.PLT, LocalDate.of(2024, 3, 22)), AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.MS);
        assertThat(r.finding("PLT-FILL-OK").orElseThrow().getOutcome()).isEqualTo(Outcome.PASS);
        assertThat(r.finding("PLT-FILL-OK").orElseThrow().getFacts())
                .containsEntry("windowStart", LocalDate.of(2024, 3, 22));
        assertThat(r.finding("PILKADA-PRE-6M")).isEmpty();
    }

    @Test
    void plhAndDefinitiveAppointmentsAreNotExempt() {
        Report plh = CHECKER.check(assigning(AssignmentType.PLH, LocalDate.of(2024, 5, 2)), AS_OF);
        assertThat(plh.finding("PLT-FILL-OK")).isEmpty();
        assertThat(plh.getVerdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(CHECKER.check(assigning(AssignmentType.DEFINITIF, LocalDate.of(2024, 5, 2)), AS_OF)
                .getVerdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void pltAfterTheInaugurationStillNeedsApprovalByDefault() {
        Report r = CHECKER.check(assigning(AssignmentType.PLT, LocalDate.of(2025, 3, 3)), AS_OF);
        assertThat(r.finding("PLT-FILL-OK")).isEmpty();
        assertThat(r.finding("PILKADA-POST-6M").orElseThrow().getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    }

    @Test
    void pltAfterTheInaugurationIsExemptWhenTheSwitchIsOn() {
        Checker on = StandardRules.addTo(Checker.builder()).includePasses(true)
                .setSwitch(ActingAssignmentRule.AFTER_INAUGURATION, true).build();
        Report r = on.check(assigning(AssignmentType.PLT, LocalDate.of(2025, 3, 3)), AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.MS);
        assertThat(r.finding("PLT-FILL-OK").orElseThrow().getMessage()).contains("2025-03-03");
        assertThat(r.finding("PILKADA-POST-6M")).isEmpty();
        assertThat(on.check(assigning(AssignmentType.PLT, LocalDate.of(2025, 8, 21)), AS_OF)
                .finding("PLT-FILL-OK")).isEmpty();
    }

    @Test
    void pltOutsideTheWindowsIsSilent() {
        Report r = CHECKER.check(assigning(AssignmentType.PLT, LocalDate.of(2024, 3, 21)), AS_OF);
        assertThat(r.finding("PLT-FILL-OK")).isEmpty();
        assertThat(r.getVerdict()).isEqualTo(Verdict.MS);
    }
}

package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static io.github.imut.rules.dismissal.DismissalFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.HealthExamination;
import io.github.imut.model.ImmutableDismissal;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Resignation, downsizing, unfitness, death and missing persons. */
class GroundRulesTest {

    private static ImmutableProposal resignation(LocalDate received, LocalDate effective) {
        ImmutableProposal p = with(dismissal(Action.OWN_REQUEST, null, effective), DocumentKind.PERMOHONAN);
        return p.withDismissal(ImmutableDismissal.copyOf(p.getDismissal().orElseThrow())
                .withRequestReceivedOn(received));
    }

    @Test
    void resignationMayBeDeferredExactlyOneYear() {
        LocalDate received = LocalDate.of(2025, 7, 15);
        assertThat(finding(resignation(received, LocalDate.of(2026, 7, 15)), "BERHENTI-APS")).isEmpty();
        Finding f = finding(resignation(received, LocalDate.of(2026, 7, 16)), "BERHENTI-APS").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("latestDate", LocalDate.of(2026, 7, 15));
    }

    @Test
    void requestReceivedOn29FebruaryIsDeferredAtMostTo28February() {
        assertThat(finding(resignation(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)), "BERHENTI-APS"))
                .isEmpty();
        assertThat(finding(resignation(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1)), "BERHENTI-APS"))
                .isPresent();
    }

    @Test
    void resignationNeedsTheWrittenRequestAndItsDate() {
        assertThat(finding(dismissal(Action.OWN_REQUEST, null, LocalDate.of(2026, 7, 1)), "BERHENTI-APS")
                .orElseThrow().getMissing()).containsExactly("documents[PERMOHONAN]", "dismissal.requestReceivedOn");
    }

    @Test
    void serviceBondBlocksResignationUntilTheDayAfterItEnds() {
        ImmutableProposal p = resignation(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
        p = p.withEmployee(DismissalFixtures.employee().withServiceBondUntil(LocalDate.of(2026, 6, 30)));
        Finding f = finding(p, "BERHENTI-APS-BLOCK").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 7, 1));
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 7, 1)), "BERHENTI-APS-BLOCK")).isEmpty();
    }

    // BERHENTI-PERAMPINGAN

    private static ImmutableProposal downsizing(LocalDate birth, int months, LocalDate effective) {
        ImmutableProposal p = with(dismissal(Action.ORGANISATION_DOWNSIZING, null, effective),
                DocumentKind.INVENTARISASI_KELEBIHAN_PNS);
        return p.withEmployee(DismissalFixtures.employee().withBirthDate(birth).withPensionServiceMonths(months))
                .withApprovals(Approval.builder().from(Approver.MENPANRB).reference("B/1/M.SM.01/2026")
                        .date(effective.minusMonths(1)).build(), Approval.builder().from(Approver.BKN)
                        .reference("K.26-30/1").date(effective.minusMonths(1)).build());
    }

    @Test
    void downsizingAtFiftyWithTenYearsIsAPension() {
        ImmutableProposal p = downsizing(LocalDate.of(1976, 7, 1), 120, LocalDate.of(2026, 7, 1));
        assertThat(finding(p, "BERHENTI-PERAMPINGAN")).isEmpty();
        Finding younger = finding(p.withEffectiveDate(LocalDate.of(2026, 6, 30)), "BERHENTI-PERAMPINGAN")
                .orElseThrow();
        assertThat(younger.getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void downsizingBelowFiftyAfterFiveYearsOfWaitingPay() {
        ImmutableProposal p = downsizing(LocalDate.of(1985, 1, 1), 150, LocalDate.of(2026, 7, 1));
        p = p.withDismissal(ImmutableDismissal.copyOf(p.getDismissal().orElseThrow())
                .withWaitingPaySince(LocalDate.of(2021, 7, 2)));
        Finding f = finding(p, "BERHENTI-PERAMPINGAN").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("waitingPayEnd", LocalDate.of(2026, 7, 2));
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 7, 2)), "BERHENTI-PERAMPINGAN")).isEmpty();
    }

    @Test
    void downsizingNeedsTheInventoryAndTheMinistersResponse() {
        ImmutableProposal p = dismissal(Action.ORGANISATION_DOWNSIZING, null, LocalDate.of(2026, 7, 1));
        assertThat(finding(p, "BERHENTI-PERAMPINGAN").orElseThrow().getMissing())
                .containsExactly("documents[INVENTARISASI_KELEBIHAN_PNS]");
        ImmutableProposal noApproval = downsizing(LocalDate.of(1970, 1, 1), 300, LocalDate.of(2026, 7, 1))
                .withApprovals();
        Finding f = finding(noApproval, "BERHENTI-PERAMPINGAN").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getApprovalRequiredFrom()).contains(Approver.MENPANRB);
    }

    // BERHENTI-TDK-CAKAP

    @Test
    void unfitnessNeedsTheBoardsResultAndFailsWhenFit() {
        ImmutableProposal p = dismissal(Action.HEALTH, null, LocalDate.of(2026, 7, 1));
        assertThat(finding(p, "BERHENTI-TDK-CAKAP").orElseThrow().getMissing())
                .containsExactly("documents[HASIL_TIM_PENGUJI_KESEHATAN]", "employee.healthExamination.unfit");
        p = with(p, DocumentKind.HASIL_TIM_PENGUJI_KESEHATAN);
        ImmutableEmployee fit = DismissalFixtures.employee().withHealthExamination(HealthExamination.builder()
                .unfit(false).examinedOn(LocalDate.of(2026, 6, 1)).build());
        assertThat(finding(p.withEmployee(fit), "BERHENTI-TDK-CAKAP").orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
        ImmutableEmployee unfit = fit.withHealthExamination(HealthExamination.builder().unfit(true)
                .examinedOn(LocalDate.of(2026, 7, 1)).build());
        assertThat(finding(p.withEmployee(unfit), "BERHENTI-TDK-CAKAP")).isEmpty();
        assertThat(finding(p.withEmployee(unfit).withEffectiveDate(LocalDate.of(2026, 6, 30)), "BERHENTI-TDK-CAKAP")
                .orElseThrow().getEarliestCompliantDate()).contains(LocalDate.of(2026, 7, 1));
    }

    // BERHENTI-MENINGGAL, BERHENTI-HILANG

    @Test
    void deathTakesEffectOnTheDayOfDeath() {
        ImmutableProposal p = with(dismissal(Action.DEATH, null, LocalDate.of(2026, 5, 9)), DocumentKind.AKTA_KEMATIAN);
        p = p.withEmployee(DismissalFixtures.employee().withDeathDate(LocalDate.of(2026, 5, 9)));
        assertThat(finding(p, "BERHENTI-MENINGGAL")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 5, 8)), "BERHENTI-MENINGGAL").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 6, 1)), "BERHENTI-MENINGGAL").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(finding(p.withEmployee(DismissalFixtures.employee()), "BERHENTI-MENINGGAL").orElseThrow()
                .getMissing()).containsExactly("employee.deathDate");
    }

    private static ImmutableProposal missing(LocalDate since, LocalDate effective) {
        ImmutableProposal p = dismissal(Action.DEATH, DismissalGround.MISSING, effective);
        return p.withEmployee(DismissalFixtures.employee().withMissingSince(since));
    }

    @Test
    void missingSince10March2024IsPresumedDeadOn28February2025() {
        LocalDate since = LocalDate.of(2024, 3, 10);
        Finding early = finding(missing(since, LocalDate.of(2025, 2, 27)), "BERHENTI-HILANG").orElseThrow();
        assertThat(early.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(early.getEarliestCompliantDate()).contains(LocalDate.of(2025, 2, 28));
        assertThat(finding(missing(since, LocalDate.of(2025, 2, 28)), "BERHENTI-HILANG").orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
        assertThat(finding(missing(since, LocalDate.of(2025, 3, 31)), "BERHENTI-HILANG")).isEmpty();
        assertThat(finding(missing(since, LocalDate.of(2025, 2, 28)), "BERHENTI-MENINGGAL")).isEmpty();
    }

    @Test
    void withTheLaterCountingSwitchTheMonthBetweenFails() {
        Finding f = DismissalFixtures.checkerWith(MissingPersonRule.SWITCH, true)
                .check(missing(LocalDate.of(2024, 3, 10), LocalDate.of(2025, 3, 30)), DismissalFixtures.AS_OF)
                .finding("BERHENTI-HILANG").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2025, 3, 31));
    }
}

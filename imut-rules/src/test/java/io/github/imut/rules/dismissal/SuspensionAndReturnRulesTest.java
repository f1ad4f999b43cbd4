package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Reactivation;
import io.github.imut.model.ReactivationReason;
import io.github.imut.model.StateOffice;
import io.github.imut.model.StateOfficeKind;
import io.github.imut.model.UnpaidLeave;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Temporary dismissal, reactivation, the ex-pejabat negara and CLTN grounds. */
class SuspensionAndReturnRulesTest {

    private static ImmutableProposal reactivation(ReactivationReason reason, ImmutableEmployee e, LocalDate day) {
        return Proposal.builder().id("AKTIF-TEST-1").kind(Action.REACTIVATION.kind()).action(Action.REACTIVATION)
                .effectiveDate(day).employee(e).reactivation(Reactivation.builder().reason(reason).build()).build();
    }

    // SEMENTARA-PEJABAT-NEGARA

    private static ImmutableProposal stateOffice(StateOfficeKind office, LocalDate inauguration, LocalDate effective) {
        return dismissal(Action.TEMPORARY, DismissalGround.STATE_OFFICE, effective).withEmployee(DismissalFixtures
                .employee().withStateOffice(StateOffice.builder().office(office).inauguratedOn(inauguration)
                        .termEndsOn(inauguration.plusYears(5).minusDays(1)).build()));
    }

    @Test
    void temporaryDismissalRunsFromTheInaugurationAndPayStopsTheNextMonth() {
        LocalDate inauguration = LocalDate.of(2026, 1, 31);
        assertThat(finding(stateOffice(StateOfficeKind.NONSTRUCTURAL_BODY, inauguration, inauguration),
                "SEMENTARA-PEJABAT-NEGARA")).isEmpty();
        Finding f = finding(stateOffice(StateOfficeKind.MINISTER, inauguration, LocalDate.of(2026, 2, 1)),
                "SEMENTARA-PEJABAT-NEGARA").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(inauguration);
        assertThat(f.getFacts()).containsEntry("payStopsFrom", LocalDate.of(2026, 2, 1));
    }

    @Test
    void electedOfficesAndDiplomatAmbassadorsAreNotTemporaryDismissals() {
        LocalDate d = LocalDate.of(2026, 1, 31);
        assertThat(finding(stateOffice(StateOfficeKind.REGIONAL_HEAD, d, d), "SEMENTARA-PEJABAT-NEGARA").orElseThrow()
                .getMessage()).contains("pencalonan");
        assertThat(finding(stateOffice(StateOfficeKind.AMBASSADOR_FROM_DIPLOMAT, d, d), "SEMENTARA-PEJABAT-NEGARA")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(stateOffice(StateOfficeKind.AMBASSADOR, d, d), "SEMENTARA-PEJABAT-NEGARA")).isEmpty();
    }

    // SEMENTARA-DITAHAN

    private static ImmutableProposal detention(CriminalCase c, LocalDate effective) {
        return dismissal(Action.TEMPORARY, DismissalGround.DETENTION, effective)
                .withEmployee(DismissalFixtures.employee().withCriminalCase(c));
    }

    @Test
    void temporaryDismissalForDetentionRunsFromTheDayOfDetention() {
        CriminalCase c = CriminalCase.builder().status(CriminalStatus.DETAINED).detainedOn(LocalDate.of(2026, 8, 12))
                .build();
        assertThat(finding(detention(c, LocalDate.of(2026, 8, 12)), "SEMENTARA-DITAHAN")).isEmpty();
        Finding f = finding(detention(c, LocalDate.of(2026, 9, 1)), "SEMENTARA-DITAHAN").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 8, 12));
    }

    @Test
    void suspectNotDetainedIsNotTemporarilyDismissed() {
        assertThat(finding(detention(CriminalCase.builder().status(CriminalStatus.SUSPECT).build(),
                LocalDate.of(2026, 8, 12)), "SEMENTARA-DITAHAN").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(detention(CriminalCase.builder().status(CriminalStatus.DETAINED).build(),
                LocalDate.of(2026, 8, 12)), "SEMENTARA-DITAHAN").orElseThrow().getMissing())
                .containsExactly("employee.criminalCase.detainedOn");
    }

    // AKTIF-KEMBALI

    @Test
    void reactivationAfterAcquittalPaysTheWithheldIncomeAndAfterProbationDoesNot() {
        ImmutableEmployee acquitted = DismissalFixtures.employee().withCriminalCase(CriminalCase.builder()
                .status(CriminalStatus.ACQUITTED).detainedOn(LocalDate.of(2025, 3, 1)).build());
        ImmutableProposal p = reactivation(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED, acquitted,
                LocalDate.of(2026, 2, 1));
        assertThat(finding(p, "AKTIF-KEMBALI")).isEmpty();
        p = p.withReactivation(Reactivation.builder().reason(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED)
                .backPayClaimed(false).build());
        assertThat(finding(p, "AKTIF-KEMBALI").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
        ImmutableEmployee probation = acquitted.withCriminalCase(CriminalCase.builder()
                .status(CriminalStatus.CONVICTED).probation(true).build());
        ImmutableProposal q = reactivation(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED, probation,
                LocalDate.of(2026, 2, 1)).withReactivation(Reactivation.builder()
                .reason(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED).backPayClaimed(true).build());
        assertThat(finding(q, "AKTIF-KEMBALI").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void caseStillOpenOrSentencedBlocksReactivation() {
        ImmutableEmployee open = DismissalFixtures.employee().withCriminalCase(CriminalCase.builder()
                .status(CriminalStatus.DEFENDANT).build());
        assertThat(finding(reactivation(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED, open,
                LocalDate.of(2026, 2, 1)), "AKTIF-KEMBALI").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        ImmutableProposal noReason = reactivation(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED, open,
                LocalDate.of(2026, 2, 1)).withReactivation(java.util.Optional.empty());
        assertThat(finding(noReason, "AKTIF-KEMBALI").orElseThrow().getMissing())
                .containsExactly("reactivation.reason");
    }

    // AKTIF-KEMBALI-BUP: born 1975-06-10, pengawas (58): TMT pensiun 2033-07-01

    @Test
    void noReactivationOnOrAfterTmtPensiun() {
        ImmutableProposal p = reactivation(ReactivationReason.STATE_OFFICE_ENDED, DismissalFixtures.employee()
                .withStateOffice(StateOffice.builder().office(StateOfficeKind.MINISTER)
                        .termEndsOn(LocalDate.of(2033, 6, 29)).reportedOn(LocalDate.of(2033, 6, 30)).build()),
                LocalDate.of(2033, 6, 30));
        assertThat(finding(p, "AKTIF-KEMBALI-BUP")).isEmpty();
        Finding f = finding(p.withEffectiveDate(LocalDate.of(2033, 7, 1)), "AKTIF-KEMBALI-BUP").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("tmtPensiun", LocalDate.of(2033, 7, 1))
                .containsEntry("bupDate", LocalDate.of(2033, 6, 10));
    }

    // BERHENTI-EX-PEJABAT-NEGARA

    private static ImmutableEmployee exMinister(LocalDate termEnd, LocalDate reported) {
        return DismissalFixtures.employee().withStateOffice(StateOffice.builder().office(StateOfficeKind.MINISTER)
                .inauguratedOn(termEnd.minusYears(5)).termEndsOn(termEnd)
                .reportedOn(java.util.Optional.ofNullable(reported)).build());
    }

    @Test
    void exStateOfficialNotReplacedIsDismissedOnlyAfterTwoYears() {
        ImmutableProposal p = dismissal(Action.OTHER_GROUND, DismissalGround.EX_STATE_OFFICIAL,
                LocalDate.of(2026, 10, 19)).withEmployee(exMinister(LocalDate.of(2024, 10, 20), null));
        Finding f = finding(p, "BERHENTI-EX-PEJABAT-NEGARA").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 10, 31));
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 10, 31)), "BERHENTI-EX-PEJABAT-NEGARA")).isEmpty();
    }

    @Test
    void exStateOfficialReactivationWindowAndReport() {
        LocalDate end = LocalDate.of(2024, 10, 20);
        ImmutableProposal p = reactivation(ReactivationReason.STATE_OFFICE_ENDED, exMinister(end,
                LocalDate.of(2024, 11, 20)), LocalDate.of(2026, 10, 20));
        assertThat(finding(p, "BERHENTI-EX-PEJABAT-NEGARA")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 10, 21)), "BERHENTI-EX-PEJABAT-NEGARA")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(p.withEffectiveDate(end), "BERHENTI-EX-PEJABAT-NEGARA").orElseThrow()
                .getEarliestCompliantDate()).contains(LocalDate.of(2024, 10, 21));
        ImmutableProposal late = reactivation(ReactivationReason.STATE_OFFICE_ENDED, exMinister(end,
                LocalDate.of(2024, 11, 21)), LocalDate.of(2025, 1, 2));
        assertThat(finding(late, "BERHENTI-EX-PEJABAT-NEGARA").orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
    }

    // BERHENTI-CLTN

    private static ImmutableEmployee afterLeave(LocalDate end, LocalDate reported) {
        return DismissalFixtures.employee().withUnpaidLeave(UnpaidLeave.builder().from(end.minusYears(3).plusDays(1))
                .to(end).reportedOn(java.util.Optional.ofNullable(reported)).build());
    }

    @Test
    void notReportingWithinAMonthOfTheLeavesEnd() {
        LocalDate end = LocalDate.of(2026, 1, 31);
        ImmutableProposal p = dismissal(Action.OTHER_GROUND, DismissalGround.CLTN_NOT_REPORTED,
                LocalDate.of(2026, 2, 28)).withEmployee(afterLeave(end, null));
        Finding f = finding(p, "BERHENTI-CLTN").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 3, 1));
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 3, 1)), "BERHENTI-CLTN")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 3, 1)).withEmployee(afterLeave(end,
                LocalDate.of(2026, 2, 28))), "BERHENTI-CLTN").orElseThrow().getMessage()).contains("2026-02-28");
    }

    @Test
    void reportedButNotPlacedWithinAYear() {
        ImmutableProposal p = dismissal(Action.OTHER_GROUND, DismissalGround.CLTN_NOT_PLACED,
                LocalDate.of(2027, 2, 9)).withEmployee(afterLeave(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 10)));
        assertThat(finding(p, "BERHENTI-CLTN").orElseThrow().getEarliestCompliantDate())
                .contains(LocalDate.of(2027, 2, 10));
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2027, 2, 10)), "BERHENTI-CLTN")).isEmpty();
    }

    @Test
    void reactivationAfterCltnNeedsATimelyReportAndAPlacementWithinAYear() {
        ImmutableProposal p = reactivation(ReactivationReason.UNPAID_LEAVE_ENDED,
                afterLeave(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 10)), LocalDate.of(2026, 4, 1));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withCurrentPosition(Position.builder()
                .level(PositionLevel.PELAKSANA).build()));
        assertThat(finding(p, "BERHENTI-CLTN")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2027, 2, 11)), "BERHENTI-CLTN").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(p.withEmployee(afterLeave(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 2))),
                "BERHENTI-CLTN").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }
}

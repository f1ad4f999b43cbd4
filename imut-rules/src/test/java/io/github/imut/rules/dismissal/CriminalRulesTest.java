package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static io.github.imut.rules.dismissal.DismissalFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ImmutableCriminalCase;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.OffenceKind;
import io.github.imut.model.Reactivation;
import io.github.imut.model.ReactivationReason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The criminal grounds: PP 11/2017 Pasal 247-250 as amended by PP 17/2020. */
class CriminalRulesTest {
    private static final LocalDate FINAL = LocalDate.of(2025, 9, 17);

    private static ImmutableCriminalCase sentence(int months, boolean premeditated) {
        return CriminalCase.builder().status(CriminalStatus.CONVICTED).finalJudgmentOn(FINAL).sentenceMonths(months)
                .premeditated(premeditated).offence(OffenceKind.GENERAL).build();
    }

    private static ImmutableProposal dismissedFor(Action action, DismissalGround ground, CriminalCase c,
            LocalDate effective) {
        ImmutableProposal p = with(dismissal(action, ground, effective), DocumentKind.PUTUSAN_PENGADILAN);
        return p.withEmployee(DismissalFixtures.employee().withCriminalCase(c));
    }

    @Test
    void twoYearsNotPremeditatedIsDismissedAtTheEndOfTheMonthOfTheFinalJudgment() {
        ImmutableProposal p = dismissedFor(Action.OTHER_GROUND, DismissalGround.SENTENCE_2Y, sentence(24, false),
                LocalDate.of(2025, 9, 30));
        assertThat(finding(p, "BERHENTI-PIDANA-2TH")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2025, 10, 1)), "BERHENTI-PIDANA-2TH")).isEmpty();
        Finding other = finding(p.withEffectiveDate(LocalDate.of(2025, 10, 2)), "BERHENTI-PIDANA-2TH").orElseThrow();
        assertThat(other.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(other.getEarliestCompliantDate()).contains(LocalDate.of(2025, 9, 30));
        Finding before = finding(p.withEffectiveDate(LocalDate.of(2025, 9, 16)), "BERHENTI-PIDANA-2TH")
                .orElseThrow();
        assertThat(before.getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void twentyThreeMonthsIsNotTwoYears() {
        ImmutableProposal p = dismissedFor(Action.OTHER_GROUND, DismissalGround.SENTENCE_2Y, sentence(23, false),
                LocalDate.of(2025, 9, 30));
        assertThat(finding(p, "BERHENTI-PIDANA-2TH").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        ImmutableProposal premeditated = dismissedFor(Action.OTHER_GROUND,
                DismissalGround.SENTENCE_UNDER_2Y_PREMEDITATED, sentence(23, true), LocalDate.of(2025, 9, 30));
        assertThat(finding(premeditated, "BERHENTI-PIDANA-LT2-BERENCANA")).isEmpty();
        assertThat(finding(premeditated.withEmployee(DismissalFixtures.employee().withCriminalCase(sentence(24, true))),
                "BERHENTI-PIDANA-LT2-BERENCANA").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void shortSentenceIsDismissedOnlyTwoYearsAfterRelease() {
        ImmutableCriminalCase c = sentence(10, false).withReleasedOn(LocalDate.of(2024, 2, 29));
        ImmutableProposal p = dismissedFor(Action.OTHER_GROUND, DismissalGround.SENTENCE_UNDER_2Y, c,
                LocalDate.of(2026, 2, 28));
        Finding f = finding(p, "BERHENTI-PIDANA-LT2").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 3, 1));
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 3, 1)), "BERHENTI-PIDANA-LT2")).isEmpty();
    }

    @Test
    void reactivationAfterAShortSentenceMustComeWithinTwoYears() {
        ImmutableCriminalCase c = sentence(10, false).withReleasedOn(LocalDate.of(2024, 2, 29));
        ImmutableProposal p = with(io.github.imut.rules.TestProposals.transfer(), DocumentKind.PUTUSAN_PENGADILAN)
                .withKind(Action.REACTIVATION.kind()).withAction(Action.REACTIVATION)
                .withEffectiveDate(LocalDate.of(2026, 2, 28))
                .withReactivation(Reactivation.builder().reason(ReactivationReason.SENTENCE_SERVED).build())
                .withEmployee(DismissalFixtures.employee().withCriminalCase(c));
        assertThat(finding(p, "BERHENTI-PIDANA-LT2")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 3, 1)), "BERHENTI-PIDANA-LT2").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2024, 2, 28)), "BERHENTI-PIDANA-LT2").orElseThrow()
                .getEarliestCompliantDate()).contains(LocalDate.of(2024, 2, 29));
    }

    /** A judgment that becomes final after the day of the check, so that its PTDH is not retroactive. */
    private static ImmutableCriminalCase future(int months, boolean premeditated) {
        return sentence(months, premeditated).withFinalJudgmentOn(LocalDate.of(2026, 12, 3));
    }

    @Test
    void ptdhForAPremeditatedSentenceOfTwoYears() {
        ImmutableProposal p = dismissedFor(Action.DISHONOURABLE, DismissalGround.SENTENCE_2Y_PREMEDITATED,
                future(24, true), LocalDate.of(2026, 12, 31));
        assertThat(finding(p, "BERHENTI-PTDH")).isEmpty();
        assertThat(finding(p.withEmployee(DismissalFixtures.employee().withCriminalCase(future(24, false))),
                "BERHENTI-PTDH").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(p.withEmployee(DismissalFixtures.employee().withCriminalCase(future(23, true))),
                "BERHENTI-PTDH").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void ptdhEffectivePastIsFlaggedForSalaryRecovery() {
        ImmutableProposal p = dismissedFor(Action.DISHONOURABLE, DismissalGround.SENTENCE_2Y_PREMEDITATED,
                sentence(30, true), LocalDate.of(2025, 9, 30));
        Finding f = finding(p, "BERHENTI-PTDH").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("dikembalikan");
    }

    @Test
    void crimeInOfficeNeedsTheOffenceAndAnOrdinaryCrimeIsNoLongerAGround() {
        ImmutableCriminalCase c = future(12, false).withOffence(OffenceKind.IN_OFFICE);
        ImmutableProposal p = dismissedFor(Action.DISHONOURABLE, DismissalGround.CRIME_IN_OFFICE, c,
                LocalDate.of(2026, 12, 31));
        assertThat(finding(p, "BERHENTI-PTDH")).isEmpty();
        ImmutableProposal unknown = p.withEmployee(DismissalFixtures.employee().withCriminalCase(c.withOffence(java.util.Optional.empty())));
        assertThat(finding(unknown, "BERHENTI-PTDH").orElseThrow().getMissing())
                .containsExactly("employee.criminalCase.offence");
        ImmutableProposal general = p.withEmployee(DismissalFixtures.employee()
                .withCriminalCase(c.withOffence(OffenceKind.GENERAL)));
        assertThat(finding(general, "BERHENTI-PTDH-PIDANA-UMUM").orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
        ImmutableProposal in2020 = p.withEmployee(DismissalFixtures.employee()
                .withCriminalCase(c.withOffence(OffenceKind.GENERAL).withFinalJudgmentOn(LocalDate.of(2020, 6, 1))));
        assertThat(finding(in2020, "BERHENTI-PTDH-PIDANA-UMUM").orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
        ImmutableProposal in2019 = p.withEmployee(DismissalFixtures.employee()
                .withCriminalCase(c.withOffence(OffenceKind.GENERAL).withFinalJudgmentOn(LocalDate.of(2019, 12, 31))));
        assertThat(finding(in2019, "BERHENTI-PTDH-PIDANA-UMUM")).isEmpty();
    }

    @Test
    void employeeWhoDiedBeforeTheJudgmentBecameFinalIsNotDismissedWithoutHonour() {
        ImmutableProposal p = dismissedFor(Action.DISHONOURABLE, DismissalGround.SENTENCE_2Y_PREMEDITATED,
                sentence(36, true), LocalDate.of(2025, 9, 30));
        p = p.withEmployee(io.github.imut.model.ImmutableEmployee.copyOf(p.getEmployee())
                .withDeathDate(LocalDate.of(2025, 9, 16)));
        assertThat(finding(p, "BERHENTI-PTDH").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void judgmentNotYetFinalIsNoConviction() {
        ImmutableProposal p = dismissedFor(Action.OTHER_GROUND, DismissalGround.SENTENCE_2Y,
                sentence(30, false).withStatus(CriminalStatus.DEFENDANT), LocalDate.of(2025, 9, 30));
        assertThat(finding(p, "BERHENTI-PIDANA-2TH").orElseThrow().getMessage()).contains("DEFENDANT");
        ImmutableProposal noJudgment = dismissal(Action.OTHER_GROUND, DismissalGround.SENTENCE_2Y,
                LocalDate.of(2025, 9, 30));
        assertThat(finding(noJudgment, "BERHENTI-PIDANA-2TH").orElseThrow().getMissing()).containsExactly(
                "employee.criminalCase.finalJudgmentOn", "documents[PUTUSAN_PENGADILAN]",
                "employee.criminalCase.sentenceMonths", "employee.criminalCase.premeditated");
    }
}

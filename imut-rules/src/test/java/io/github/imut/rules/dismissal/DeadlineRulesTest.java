package io.github.imut.rules.dismissal;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.law.WorkingDayCalendar;
import io.github.imut.law.WorkingDayCalendar.DayKind;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Period;
import io.github.imut.model.Proposal;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import io.github.imut.testing.Fixtures;
import io.github.imut.testing.ProposalFixture;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The working-day deadlines: BERHENTI-APS-SLA, BERHENTI-SLA and BERHENTI-TUBEL, on the default calendar (no year
 * covered: weekends only) and on a test calendar covering 2026 whose two listed days are made up for the test.
 */
class DeadlineRulesTest {
    /** Made up for the test: Wednesday 18 and Thursday 19 March 2026 are not working days. */
    private static final WorkingDayCalendar TEST_2026 = WorkingDayCalendar.builder().year(2026, "TEST 2026")
            .day(LocalDate.of(2026, 3, 18), DayKind.NATIONAL_HOLIDAY, "Hari uji")
            .day(LocalDate.of(2026, 3, 19), DayKind.COLLECTIVE_LEAVE, "").build();
    private static final Checker DEFAULT = TestProposals.checker();
    private static final Checker COVERED = StandardRules.addTo(Checker.builder()).workingDayCalendar(TEST_2026)
            .build();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Report check(Checker checker, Proposal p, LocalDate asOf) {
        return checker.check(p, asOf);
    }

    private static Report check(Checker checker, ProposalFixture f) {
        Proposal p = f.build();
        return checker.check(p, p.getEffectiveDate().minusMonths(1));
    }

    // ---- BERHENTI-APS-SLA -------------------------------------------------------------------------------------

    /** The lawful resignation, its request received on {@code received} and decided on {@code decided}. */
    private static ProposalFixture resignation(LocalDate received, LocalDate decided) {
        ProposalFixture f = Fixtures.dismissal(Action.OWN_REQUEST).dismissal(d -> d.requestReceivedOn(received));
        return decided == null ? f.proposal(p -> p.decisionDate(Optional.empty())) : f.decidedOn(decided);
    }

    @Test
    void resignationDecidedOnTheFourteenthWorkingDayIsInTime() {
        // received Monday 2 March 2026; 18 and 19 March listed: the 14th working day is Tuesday 24 March
        assertThat(check(COVERED, resignation(d(2026, 3, 2), d(2026, 3, 24)))).hasVerdict(Verdict.MS)
                .hasNoFindings();
    }

    @Test
    void resignationDecidedTheDayAfterTheFourteenthWorkingDayWarns() {
        assertThat(check(COVERED, resignation(d(2026, 3, 2), d(2026, 3, 25)))).hasVerdict(Verdict.MS)
                .hasOnlyFindings("BERHENTI-APS-SLA").hasFinding("BERHENTI-APS-SLA").withOutcome(Outcome.WARNING)
                .withBasis("PP 11/2017 Pasal 261").withFact("deadline", d(2026, 3, 24))
                .withFact("receivedOn", d(2026, 3, 2)).withFact("days", 14)
                .withMessageContaining("diputus pada 2026-03-25, melewati batas 14 hari kerja, yaitu 2026-03-24");
    }

    @Test
    void resignationDecidedTheDayBeforeTheDeadlineIsInTime() {
        assertThat(check(COVERED, resignation(d(2026, 3, 2), d(2026, 3, 23)))).hasNoFindings();
    }

    @Test
    void withoutTheYearsHolidaysOnlyWeekendsCountAndTheWarningSaysTheDecisionMayBeLate() {
        // weekends only: the 14th working day after Monday 2 March 2026 is Friday 20 March
        assertThat(check(DEFAULT, resignation(d(2026, 3, 2), d(2026, 3, 20)))).hasNoFindings();
        assertThat(check(DEFAULT, resignation(d(2026, 3, 2), d(2026, 3, 23))))
                .hasFinding("BERHENTI-APS-SLA").withOutcome(Outcome.WARNING).withFact("deadline", d(2026, 3, 20))
                .withFact("uncoveredYears", "2026").withMessageContaining("mungkin melewati batas 14 hari kerja")
                .withMessageContaining("tahun 2026");
        // the covered calendar knows that 23 March is still in time
        assertThat(check(COVERED, resignation(d(2026, 3, 2), d(2026, 3, 23)))).hasNoFindings();
    }

    @Test
    void aPeriodStartingOnAFridayCrossesTheWeekendAndTheMonthEnd() {
        // received Friday 27 February 2026: weekdays only, the 14th is Thursday 19 March; with 18-19 March listed,
        // Monday 23 March
        assertThat(check(DEFAULT, resignation(d(2026, 2, 27), d(2026, 3, 19)))).hasNoFindings();
        assertThat(check(DEFAULT, resignation(d(2026, 2, 27), d(2026, 3, 20)))).hasFinding("BERHENTI-APS-SLA")
                .withFact("deadline", d(2026, 3, 19));
        assertThat(check(COVERED, resignation(d(2026, 2, 27), d(2026, 3, 23)))).hasNoFindings();
        assertThat(check(COVERED, resignation(d(2026, 2, 27), d(2026, 3, 24)))).hasFinding("BERHENTI-APS-SLA")
                .withFact("deadline", d(2026, 3, 23)).withMessageContaining("melewati batas");
    }

    @Test
    void aRequestReceivedOn29FebruaryCountsFromThe1stOfMarch() {
        // Thursday 29 February 2024 (2024 not covered): Friday 1 March is working day 1, Wednesday 20 March the 14th
        ProposalFixture onTime = resignation(d(2024, 2, 29), d(2024, 3, 20)).effective(d(2024, 7, 1));
        assertThat(check(DEFAULT, onTime)).hasNoFinding("BERHENTI-APS-SLA");
        assertThat(check(DEFAULT, resignation(d(2024, 2, 29), d(2024, 3, 21)).effective(d(2024, 7, 1))))
                .hasFinding("BERHENTI-APS-SLA").withFact("deadline", d(2024, 3, 20))
                .withFact("uncoveredYears", "2024");
    }

    @Test
    void anUndecidedRequestWarnsOnceTheDeadlineHasPassedOnTheDayOfTheCheck() {
        Proposal p = resignation(d(2026, 3, 2), null).build();
        assertThat(check(COVERED, p, d(2026, 3, 24))).hasNoFindings();
        assertThat(check(COVERED, p, d(2026, 3, 25))).hasVerdict(Verdict.MS).hasFinding("BERHENTI-APS-SLA")
                .withFact("asOf", d(2026, 3, 25)).withMessageContaining("belum diputus");
        assertThat(check(DEFAULT, p, d(2026, 3, 23))).hasFinding("BERHENTI-APS-SLA")
                .withMessageContaining("mungkin telah lewat");
    }

    @Test
    void aYearEndCountIsExactOnlyWhenBothYearsAreCovered() {
        WorkingDayCalendar both = TEST_2026.overriddenBy(WorkingDayCalendar.builder().year(2025, "TEST 2025")
                .build());
        Checker twoYears = StandardRules.addTo(Checker.builder()).workingDayCalendar(both).build();
        // received Monday 22 December 2025: 14 weekdays later is Friday 9 January 2026
        ProposalFixture late = resignation(d(2025, 12, 22), d(2026, 1, 12)).effective(d(2026, 3, 1));
        assertThat(check(twoYears, late)).hasFinding("BERHENTI-APS-SLA").withFact("deadline", d(2026, 1, 9))
                .withMessageContaining("melewati batas");
        assertThat(check(COVERED, late)).hasFinding("BERHENTI-APS-SLA").withFact("uncoveredYears", "2025");
    }

    @Test
    void noReceiptDateGivesNoDeadlineFindingAndPppkResignationsAreNotConcerned() {
        Proposal noDate = Fixtures.dismissal(Action.OWN_REQUEST)
                .dismissal(d -> d.requestReceivedOn(Optional.empty())).decidedOn(d(2026, 6, 1)).build();
        assertThat(check(COVERED, noDate, d(2026, 6, 1))).hasNoFinding("BERHENTI-APS-SLA")
                .hasFinding("BERHENTI-APS").withMissing("dismissal.requestReceivedOn");
        Proposal pppk = resignation(d(2026, 3, 2), d(2026, 3, 25)).status(EmploymentStatus.PPPK).build();
        assertThat(check(COVERED, pppk, d(2026, 6, 1))).hasNoFinding("BERHENTI-APS-SLA");
    }

    @Test
    void earlyRetirementHasTheSameDeadline() {
        ProposalFixture f = Fixtures.dismissal(Action.EARLY_RETIREMENT).decidedOn(d(2026, 4, 30));
        // received Wednesday 1 April 2026, weekdays only: the 14th working day is Tuesday 21 April
        assertThat(check(DEFAULT, f)).hasVerdict(Verdict.MS).hasOnlyFindings("BERHENTI-APS-SLA")
                .hasFinding("BERHENTI-APS-SLA").withFact("deadline", d(2026, 4, 21));
    }

    // ---- BERHENTI-SLA -----------------------------------------------------------------------------------------

    @Test
    void unfitnessIsDecidedWithin14WorkingDaysOfTheProposal() {
        // submitted Monday 2 March 2026; with 18-19 March listed the 14th working day is 24 March
        ProposalFixture f = Fixtures.dismissal(Action.HEALTH).proposal(p -> p.submittedOn(d(2026, 3, 2)));
        assertThat(check(COVERED, f.decidedOn(d(2026, 3, 24)))).hasNoFindings();
        assertThat(check(COVERED, f.decidedOn(d(2026, 3, 25)))).hasVerdict(Verdict.MS)
                .hasOnlyFindings("BERHENTI-SLA").hasFinding("BERHENTI-SLA").withBasis("PP 11/2017 Pasal 264")
                .withFact("deadline", d(2026, 3, 24)).withMessageContaining("melewati batas 14 hari kerja");
    }

    @Test
    void aCriminalSentenceIsDecidedWithin21WorkingDays() {
        // submitted Tuesday 9 June 2026 (2026 covered, nothing listed in June or July): the 21st working day is
        // Wednesday 8 July
        ProposalFixture f = Fixtures.dismissal(Action.OTHER_GROUND).proposal(p -> p.submittedOn(d(2026, 6, 9)));
        assertThat(check(COVERED, f.decidedOn(d(2026, 7, 8)))).hasNoFindings();
        assertThat(check(COVERED, f.decidedOn(d(2026, 7, 9)))).hasFinding("BERHENTI-SLA")
                .withBasis("PP 11/2017 Pasal 266 ayat (3)").withFact("days", 21).withFact("deadline", d(2026, 7, 8));
        assertThat(check(COVERED, Fixtures.dismissal(Action.DISHONOURABLE).proposal(p -> p.submittedOn(d(2026, 6, 9)))
                .decidedOn(d(2026, 7, 9)))).hasFinding("BERHENTI-SLA").withFact("deadline", d(2026, 7, 8));
    }

    @Test
    void deathAndPartyMembershipHave14WorkingDaysEach() {
        ProposalFixture death = Fixtures.dismissal(Action.DEATH).proposal(p -> p.submittedOn(d(2026, 7, 2)))
                .decidedOn(d(2026, 7, 23));
        // Thursday 2 July: the 14th working day is Wednesday 22 July
        assertThat(check(COVERED, death)).hasFinding("BERHENTI-SLA").withBasis("PP 11/2017 Pasal 265 ayat (3)")
                .withFact("deadline", d(2026, 7, 22));
        Proposal party = DismissalFixtures.dismissal(Action.DISHONOURABLE, DismissalGround.PARTY_MEMBER,
                d(2026, 6, 30)).withSubmittedOn(d(2026, 7, 2)).withDecisionDate(d(2026, 7, 23));
        assertThat(COVERED.check(party, d(2026, 7, 23)).finding("BERHENTI-SLA")).hasValueSatisfying(f -> {
            assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
            assertThat(f.getLegalBasis()).extracting(b -> b.citation()).containsExactly("PP 11/2017 Pasal 269");
        });
    }

    @Test
    void aHeavyDisciplineDismissalHas21WorkingDays() {
        Proposal p = DismissalFixtures.dismissal(Action.OTHER_GROUND, DismissalGround.HEAVY_DISCIPLINE,
                d(2026, 7, 1)).withSubmittedOn(d(2026, 6, 9)).withDecisionDate(d(2026, 7, 9));
        assertThat(COVERED.check(p, d(2026, 7, 9)).finding("BERHENTI-SLA")).hasValueSatisfying(f -> {
            assertThat(f.getFacts()).containsEntry("days", 21).containsEntry("deadline", d(2026, 7, 8));
            assertThat(f.getLegalBasis()).extracting(b -> b.citation()).containsExactly("PP 11/2017 Pasal 267");
        });
    }

    @Test
    void theCltnPlacementDecisionCountsWorkingDaysUnlessTheSwitchSaysCalendarDays() {
        ImmutableProposal p = DismissalFixtures.dismissal(Action.OTHER_GROUND, DismissalGround.CLTN_NOT_PLACED,
                d(2026, 7, 1)).withSubmittedOn(d(2026, 6, 1)).withDecisionDate(d(2026, 6, 16));
        // Monday 1 June + 14 working days = Friday 19 June; + 14 days = Monday 15 June
        assertThat(COVERED.check(p, d(2026, 6, 16)).finding("BERHENTI-SLA")).isEmpty();
        Checker calendarDays = StandardRules.addTo(Checker.builder()).workingDayCalendar(TEST_2026)
                .setSwitch(DecisionDeadlineRule.CLTN_SWITCH, true).build();
        assertThat(calendarDays.check(p, d(2026, 6, 16)).finding("BERHENTI-SLA")).hasValueSatisfying(f -> {
            assertThat(f.getFacts()).containsEntry("deadline", d(2026, 6, 15));
            assertThat(f.getMessage()).contains("batas 14 hari sejak").doesNotContain("hari kerja");
        });
        assertThat(calendarDays.check(p.withDecisionDate(d(2026, 6, 15)), d(2026, 6, 16)).finding("BERHENTI-SLA"))
                .isEmpty();
    }

    @Test
    void temporaryDismissalCitesTheUnverifiedDeadline() {
        ProposalFixture f = Fixtures.dismissal(Action.TEMPORARY).proposal(p -> p.submittedOn(d(2026, 7, 2)))
                .decidedOn(d(2026, 7, 23));
        assertThat(check(COVERED, f)).hasFinding("BERHENTI-SLA").withOutcome(Outcome.WARNING)
                .withBasis("PP 11/2017 Pasal 284");
    }

    @Test
    void retirementAndGroundsWithoutADeadlineAndProposalsWithoutASubmissionDateAreNotConcerned() {
        assertThat(check(COVERED, Fixtures.dismissal(Action.RETIREMENT_AGE).decidedOn(d(2026, 12, 1))))
                .hasNoFindings();
        Proposal candidacy = DismissalFixtures.dismissal(Action.OTHER_GROUND, DismissalGround.CANDIDACY_RESIGNED,
                d(2026, 7, 31)).withSubmittedOn(d(2026, 1, 5)).withDecisionDate(d(2026, 7, 1));
        assertThat(COVERED.check(candidacy, d(2026, 7, 1)).finding("BERHENTI-SLA")).isEmpty();
        Proposal noDate = Fixtures.dismissal(Action.HEALTH).proposal(p -> p.submittedOn(Optional.empty()))
                .decidedOn(d(2027, 1, 4)).build();
        assertThat(COVERED.check(noDate, d(2027, 1, 4)).finding("BERHENTI-SLA")).isEmpty();
    }

    @Test
    void anUndecidedProposalWarnsWhenCheckedAfterTheDeadline() {
        Proposal p = Fixtures.dismissal(Action.HEALTH).proposal(b -> b.submittedOn(d(2026, 3, 2))
                .decisionDate(Optional.empty())).build();
        assertThat(check(COVERED, p, d(2026, 3, 24))).hasNoFindings();
        assertThat(check(COVERED, p, d(2026, 3, 25))).hasFinding("BERHENTI-SLA").withFact("asOf", d(2026, 3, 25))
                .withMessageContaining("belum bertanggal");
    }

    // ---- BERHENTI-TUBEL ---------------------------------------------------------------------------------------

    /** A dismissal for not reporting after study leave that ended on Friday 5 June 2026. */
    private static Proposal studyLeave(LocalDate reportedOn, LocalDate effective) {
        ImmutableProposal p = DismissalFixtures.dismissal(Action.OTHER_GROUND,
                DismissalGround.STUDY_LEAVE_NOT_REPORTED, effective);
        return DismissalFixtures.employee(p, DismissalFixtures.employee()
                .withStudyLeaves(Period.builder().from(d(2024, 6, 3)).to(d(2026, 6, 5)).build())
                .withStudyLeaveReportedOn(Optional.ofNullable(reportedOn)));
    }

    @Test
    void reportingOnTheFifteenthWorkingDayIsInTimeSoTheGroundFails() {
        // Friday 5 June 2026: the 15th working day is Friday 26 June (nothing listed then)
        assertThat(COVERED.check(studyLeave(d(2026, 6, 26), d(2026, 8, 1)), d(2026, 8, 1)).finding("BERHENTI-TUBEL"))
                .hasValueSatisfying(f -> {
                    assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
                    assertThat(f.getFacts()).containsEntry("reportBy", d(2026, 6, 26));
                    assertThat(f.getLegalBasis()).extracting(b -> b.citation()).containsExactly("PP 11/2017 Pasal 259");
                });
    }

    @Test
    void reportingTheDayAfterTheFifteenthWorkingDayIsLate() {
        // Monday 29 June is the first day after the period
        assertThat(COVERED.check(studyLeave(d(2026, 6, 29), d(2026, 8, 1)), d(2026, 8, 1)).finding("BERHENTI-TUBEL"))
                .isEmpty();
    }

    @Test
    void withoutTheYearsHolidaysALateReportCannotBeConfirmedAndWarns() {
        Report r = DEFAULT.check(studyLeave(d(2026, 6, 29), d(2026, 8, 1)), d(2026, 8, 1));
        assertThat(r).hasFinding("BERHENTI-TUBEL").withOutcome(Outcome.WARNING).withFact("uncoveredYears", "2026")
                .withFact("reportBy", d(2026, 6, 26)).withMessageContaining("Pastikan dengan SKB hari libur");
        assertThat(r.getVerdict()).isNotEqualTo(Verdict.BTL);
        // a report within the weekday count is in time whatever the holidays
        assertThat(DEFAULT.check(studyLeave(d(2026, 6, 26), d(2026, 8, 1)), d(2026, 8, 1)))
                .hasFinding("BERHENTI-TUBEL").withOutcome(Outcome.FAIL);
    }

    @Test
    void withTheSwitchAnUnconfirmedPeriodMakesTheProposalIncomplete() {
        Checker strict = StandardRules.addTo(Checker.builder())
                .setSwitch(StudyLeaveReportRule.UNKNOWN_HOLIDAYS_SWITCH, true).build();
        assertThat(strict.check(studyLeave(null, d(2026, 8, 1)), d(2026, 8, 1))).hasVerdict(Verdict.BTL)
                .hasFinding("BERHENTI-TUBEL").withOutcome(Outcome.INCOMPLETE).withMissing("workingDayCalendar")
                .withMessageContaining("tidak dapat dipastikan");
        // a covered year decides: no finding
        Checker strictCovered = StandardRules.addTo(Checker.builder()).workingDayCalendar(TEST_2026)
                .setSwitch(StudyLeaveReportRule.UNKNOWN_HOLIDAYS_SWITCH, true).build();
        assertThat(strictCovered.check(studyLeave(null, d(2026, 8, 1)), d(2026, 8, 1)).finding("BERHENTI-TUBEL"))
                .isEmpty();
    }

    @Test
    void notHavingReportedTheDismissalTakesEffectAfterThePeriod() {
        Report early = COVERED.check(studyLeave(null, d(2026, 6, 26)), d(2026, 6, 26));
        assertThat(early).hasFinding("BERHENTI-TUBEL").withOutcome(Outcome.FAIL)
                .withEarliestCompliantDate(d(2026, 6, 27));
        assertThat(COVERED.check(studyLeave(null, d(2026, 6, 27)), d(2026, 6, 27)).finding("BERHENTI-TUBEL"))
                .isEmpty();
        // on weekends only the earliest compliant date is not claimed
        assertThat(DEFAULT.check(studyLeave(null, d(2026, 6, 26)), d(2026, 6, 26)).finding("BERHENTI-TUBEL"))
                .hasValueSatisfying(f -> assertThat(f.getEarliestCompliantDate()).isEmpty());
    }

    @Test
    void theStudyLeaveAndItsEndAreNeeded() {
        ImmutableProposal none = DismissalFixtures.dismissal(Action.OTHER_GROUND,
                DismissalGround.STUDY_LEAVE_NOT_REPORTED, d(2026, 8, 1));
        assertThat(COVERED.check(none, d(2026, 8, 1))).hasFinding("BERHENTI-TUBEL")
                .withMissing("employee.studyLeaves");
        Proposal open = DismissalFixtures.employee(none,
                DismissalFixtures.employee().withStudyLeaves(Period.builder().from(d(2024, 6, 3)).build()));
        assertThat(COVERED.check(open, d(2026, 8, 1))).hasFinding("BERHENTI-TUBEL")
                .withMissing("employee.studyLeaves[0].to");
    }
}

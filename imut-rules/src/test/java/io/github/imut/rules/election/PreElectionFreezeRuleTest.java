package io.github.imut.rules.election;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Language;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalParameters;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.law.RegionalElection;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Proposal;
import io.github.imut.model.Target;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreElectionFreezeRuleTest {
    private static final Checker CHECKER = TestProposals.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static final String ID = "PILKADA-PRE-6M";

    private static Optional<Finding> freeze(Proposal p) {
        return CHECKER.check(p, AS_OF).finding(ID);
    }

    private static ImmutableProposal transferOn(LocalDate date) {
        return TestProposals.transfer().withEffectiveDate(date);
    }

    @Test
    void dayBeforeFreezeStartIsOutsideTheWindow() {
        assertThat(CHECKER.check(transferOn(LocalDate.of(2024, 3, 21)), AS_OF)).hasVerdict(Verdict.MS)
                .hasNoFinding(ID);
    }

    @Test
    void freezeStartsOnTheDaySixMonthsBeforeCandidateDetermination() {
        Report report = CHECKER.check(transferOn(LocalDate.of(2024, 3, 22)), AS_OF);
        assertThat(report).hasVerdict(Verdict.NEEDS_APPROVAL)
                .hasFinding(ID).withOutcome(Outcome.NEEDS_APPROVAL).withApprovalFrom(Approver.MENDAGRI)
                .withFact("freezeStart", "2024-03-22").withFact("freezeEnd", "2025-02-20")
                .withFact("candidateDetermination", "2024-09-22").withFact("regionCode", TestProposals.REGION)
                .withEarliestCompliantDate(LocalDate.of(2025, 2, 21)).withBasis("UU 10/2016 Pasal 71 ayat (2)");
        assertThat(report.finding(ID).orElseThrow().getFacts())
                .containsEntry("freezeStart", LocalDate.of(2024, 3, 22));
    }

    @Test
    void dayAfterFreezeStartIsInsideTheWindow() {
        assertThat(freeze(transferOn(LocalDate.of(2024, 3, 23)))).get().extracting(Finding::getOutcome)
                .isEqualTo(Outcome.NEEDS_APPROVAL);
    }

    @Test
    void inaugurationDayIsTheLastDayOfTheFreeze() {
        assertThat(freeze(transferOn(LocalDate.of(2025, 2, 19)))).isPresent();
        assertThat(freeze(transferOn(LocalDate.of(2025, 2, 20)))).isPresent();
        assertThat(freeze(transferOn(LocalDate.of(2025, 2, 21)))).isEmpty();
    }

    @Test
    void messageStatesTheWindowInIndonesianAndEnglish() {
        Proposal p = transferOn(LocalDate.of(2024, 5, 2));
        assertThat(freeze(p).orElseThrow().getMessage())
                .contains("2024-05-02").contains("2024-03-22 s.d. 2025-02-20").contains("Menteri Dalam Negeri");
        assertThat(CHECKER.withLanguage(Language.EN).check(p, AS_OF).finding("PILKADA-PRE-6M").orElseThrow()
                .getMessage()).contains("from 2024-03-22 to 2025-02-20").contains("Minister of Home Affairs");
    }

    @Test
    void writtenMendagriApprovalDatedOnOrBeforeTheDateSatisfiesTheRule() {
        Proposal approved = transferOn(LocalDate.of(2024, 5, 2)).withApprovals(Approval.builder()
                .from(Approver.MENDAGRI).reference("100.2.2.6/0520/OTDA").date(LocalDate.of(2024, 5, 2)).build());
        Report report = CHECKER.withPasses(true).check(approved, AS_OF);
        assertThat(report.getVerdict()).isEqualTo(Verdict.MS);
        assertThat(report.finding("PILKADA-PRE-6M").orElseThrow().getMessage()).contains("100.2.2.6/0520/OTDA");
    }

    @Test
    void approvalDatedAfterTheInaugurationDoesNotCount() {
        Proposal late = transferOn(LocalDate.of(2024, 5, 2)).withApprovals(Approval.builder()
                .from(Approver.MENDAGRI).reference("X/1").date(LocalDate.of(2024, 5, 3)).build());
        assertThat(CHECKER.check(late, AS_OF).getVerdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void approvalFromAnotherAuthorityDoesNotCount() {
        Proposal other = transferOn(LocalDate.of(2024, 5, 2)).withApprovals(Approval.builder()
                .from(Approver.BKN).reference("X/1").date(LocalDate.of(2024, 4, 1)).build());
        assertThat(CHECKER.check(other, AS_OF).getVerdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void centralAgencyIsNotConcerned() {
        Proposal p = transferOn(LocalDate.of(2024, 5, 2))
                .withEmployee(TestProposals.employee().withAgency(TestProposals.central()));
        assertThat(freeze(p)).isEmpty();
    }

    @Test
    void receivingAgencyDecidesForTransfersBetweenAgencies() {
        Proposal p = TestProposals.transfer().withAction(Action.BETWEEN_AGENCIES)
                .withEffectiveDate(LocalDate.of(2024, 5, 2))
                .withEmployee(TestProposals.employee().withAgency(TestProposals.central()))
                .withTarget(Target.builder().position(Position.builder().level(PositionLevel.PENGAWAS).build())
                        .agency(TestProposals.regency("13.12")).build());
        assertThat(freeze(p).orElseThrow().getFacts()).containsEntry("regionCode", "13.12");
    }

    @Test
    void unknownRegionIsIncompleteNeverAPass() {
        Proposal p = transferOn(LocalDate.of(2026, 6, 1)).withSigner(Optional.empty()).withEmployee(TestProposals
                .employee().withAgency(TestProposals.regency(TestProposals.REGION).withRegionCode(Optional.empty())));
        Report r = CHECKER.check(p, AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.BTL);
        assertThat(r.finding("PILKADA-PRE-6M").orElseThrow().getMissing())
                .containsExactly("employee.agency.regionCode");
    }

    @Test
    void agencyWithoutRegionCodeTakesTheSignersRegion() {
        Proposal p = transferOn(LocalDate.of(2024, 5, 2)).withEmployee(TestProposals.employee()
                .withAgency(TestProposals.regency(TestProposals.REGION).withRegionCode(Optional.empty())));
        assertThat(freeze(p).orElseThrow().getFacts()).containsEntry("regionCode", TestProposals.REGION);
    }

    @Test
    void unknownAgencyIsIncomplete() {
        Proposal p = transferOn(LocalDate.of(2026, 6, 1)).withEmployee(TestProposals.employee()
                .withAgency(Optional.empty()));
        assertThat(freeze(p).orElseThrow().getMissing()).containsExactly("employee.agency");
    }

    @Test
    void dateOutsideTheCalendarCoverageIsIncomplete() {
        Finding f = freeze(transferOn(LocalDate.of(2029, 6, 1))).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(f.getMessage()).contains("2029-06-01");
    }

    @Test
    void regionWithLaterInaugurationKeepsItsOwnWindow() {
        PoliticalCalendar late = PoliticalCalendar.builder()
                .coverage(StandardRulesCalendar.coverage())
                .region("16.11", RegionalElection.of("PILKADA-2024", LocalDate.of(2024, 9, 22), null,
                        LocalDate.of(2025, 6, 16)))
                .build();
        Checker checker = StandardRules.addTo(Checker.builder()).calendar(late).build();
        ImmutableProposal there = transferOn(LocalDate.of(2025, 6, 16)).withEmployee(TestProposals.employee()
                .withAgency(TestProposals.regency("16.11")));
        assertThat(checker.check(there, AS_OF).finding(ID)).get().extracting(Finding::getFacts)
                .satisfies(f -> assertThat(f).containsEntry("freezeEnd", LocalDate.of(2025, 6, 16)));
        assertThat(checker.check(there.withEffectiveDate(LocalDate.of(2025, 6, 17)), AS_OF).finding(ID)).isEmpty();
        assertThat(checker.check(transferOn(LocalDate.of(2025, 6, 16)), AS_OF).finding(ID)).isEmpty();
        assertThat(checker.check(transferOn(LocalDate.of(2025, 2, 20)), AS_OF).finding(ID)).isPresent();
    }

    @Test
    void decisionDateInsideTheFreezeCountsEvenIfTheInaugurationIsAfterIt() {
        Finding f = freeze(transferOn(LocalDate.of(2025, 3, 3)).withDecisionDate(LocalDate.of(2025, 2, 20)))
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getFacts()).containsEntry("testedDate", LocalDate.of(2025, 2, 20))
                .containsEntry("testedDateKind", Windows.DateKind.SK);
        assertThat(f.getMessage()).contains("Tanggal SK 2025-02-20");
        assertThat(freeze(transferOn(LocalDate.of(2025, 3, 3)).withDecisionDate(LocalDate.of(2025, 2, 21))))
                .isEmpty();
    }

    @Test
    void approvalMustPrecedeTheDecisionDateToo() {
        ImmutableProposal p = transferOn(LocalDate.of(2024, 5, 20)).withDecisionDate(LocalDate.of(2024, 5, 2))
                .withApprovals(Approval.builder().from(Approver.MENDAGRI).reference("X/2")
                        .date(LocalDate.of(2024, 5, 3)).build());
        assertThat(freeze(p).orElseThrow().getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(CHECKER.check(p.withDecisionDate(LocalDate.of(2024, 5, 3)), AS_OF).finding(ID)).isEmpty();
    }

    @Test
    void actingAssignmentIsLeftToPltFillOk() {
        Proposal plt = transferOn(LocalDate.of(2024, 5, 2)).withTarget(TestProposals.transfer().getTarget()
                .map(t -> io.github.imut.model.ImmutableTarget.copyOf(t).withAssignment(AssignmentType.PLT)));
        assertThat(freeze(plt)).isEmpty();
        Proposal plh = transferOn(LocalDate.of(2024, 5, 2)).withTarget(TestProposals.transfer().getTarget()
                .map(t -> io.github.imut.model.ImmutableTarget.copyOf(t).withAssignment(AssignmentType.PLH)));
        assertThat(freeze(plh)).isPresent();
    }

    @Test
    void windowStartOfAMonthEndDeterminationIsClampedToTheMonthsLastDay() {
        PoliticalCalendar c = PoliticalCalendar.builder().coverage(StandardRulesCalendar.coverage())
                .region(TestProposals.REGION, RegionalElection.of("PSU-2026", LocalDate.of(2026, 8, 31), null,
                        LocalDate.of(2026, 12, 1)))
                .build();
        Checker checker = StandardRules.addTo(Checker.builder()).calendar(c).build();
        assertThat(checker.check(transferOn(LocalDate.of(2026, 2, 27)), AS_OF).finding(ID)).isEmpty();
        assertThat(checker.check(transferOn(LocalDate.of(2026, 2, 28)), AS_OF).finding(ID).orElseThrow()
                .getFacts()).containsEntry("freezeStart", LocalDate.of(2026, 2, 28));
    }

    @Test
    void inALeapYearTheWindowStartsOn29February() {
        PoliticalCalendar c = PoliticalCalendar.builder().coverage(StandardRulesCalendar.coverage())
                .region(TestProposals.REGION, RegionalElection.of("PSU-2028", LocalDate.of(2028, 8, 29), null, null))
                .build();
        Checker checker = StandardRules.addTo(Checker.builder()).calendar(c).build();
        assertThat(checker.check(transferOn(LocalDate.of(2028, 2, 28)), AS_OF).finding(ID)).isEmpty();
        Finding f = checker.check(transferOn(LocalDate.of(2028, 2, 29)), AS_OF).finding(ID).orElseThrow();
        assertThat(f.getFacts()).containsEntry("freezeStart", LocalDate.of(2028, 2, 29)).containsEntry("freezeEnd",
                "?");
        assertThat(f.getEarliestCompliantDate()).isEmpty();
        assertThat(f.getMessage()).contains("belum tercatat");
    }

    @Test
    void freezeLengthIsALegalParameter() {
        Checker fiveMonths = StandardRules.addTo(Checker.builder()).parameters(LegalParameters.builder()
                .value("pilkada.freeze.months", null, null, 5, "test override").build()).build();
        assertThat(fiveMonths.check(transferOn(LocalDate.of(2024, 4, 21)), AS_OF).getVerdict())
                .isEqualTo(Verdict.MS);
        assertThat(fiveMonths.check(transferOn(LocalDate.of(2024, 4, 22)), AS_OF).getVerdict())
                .isEqualTo(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void circularOfMarch2024IsCitedOnlyFromItsDate() {
        assertThat(freeze(transferOn(LocalDate.of(2024, 3, 28))).orElseThrow().getLegalBasis())
                .extracting(LegalBasis::regulation).doesNotContain("SE Mendagri 100.2.1.3/1575/SJ");
        assertThat(freeze(transferOn(LocalDate.of(2024, 3, 29))).orElseThrow().getLegalBasis())
                .extracting(LegalBasis::regulation).contains("SE Mendagri 100.2.1.3/1575/SJ");
    }

    @Test
    void appliesToAppointmentsIntoPositionsButNotDismissals() {
        Proposal appointment = transferOn(LocalDate.of(2024, 5, 2)).withKind(Action.INTO_POSITION.kind())
                .withAction(Action.INTO_POSITION);
        assertThat(freeze(appointment)).isPresent();
        assertThat(new PreElectionFreezeRule().descriptor().appliesTo(Action.RETIREMENT_AGE)).isFalse();
    }

    /** The standard calendar's coverage, so a test calendar overrides only dates. */
    static final class StandardRulesCalendar {
        static io.github.imut.law.InForce coverage() {
            return io.github.imut.rules.StandardData.calendar().coverage();
        }
    }
}

package io.github.imut.rules.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Language;
import io.github.imut.check.Outcome;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.law.RegionalElection;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Proposal;
import io.github.imut.rules.StandardData;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostInaugurationRuleTest {
    private static final String ID = "PILKADA-POST-6M";
    private static final Checker CHECKER = TestProposals.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static Optional<Finding> post(Checker checker, Proposal p) {
        return checker.check(p, AS_OF).finding(ID);
    }

    private static Optional<Finding> post(Proposal p) {
        return post(CHECKER, p);
    }

    private static ImmutableProposal on(LocalDate date) {
        return TestProposals.transfer().withEffectiveDate(date);
    }

    private static Checker withRegion(String region, LocalDate inauguration) {
        return StandardRules.addTo(Checker.builder()).calendar(PoliticalCalendar.builder()
                .coverage(StandardData.calendar().coverage())
                .region(region, RegionalElection.of("PILKADA-2024", LocalDate.of(2024, 9, 22), null, inauguration))
                .build()).build();
    }

    @Test
    void windowOpensOnTheInaugurationDay() {
        assertThat(post(on(LocalDate.of(2025, 2, 19)))).isEmpty();
        Finding f = post(on(LocalDate.of(2025, 2, 20))).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getApprovalRequiredFrom()).contains(Approver.MENDAGRI);
        assertThat(f.getFacts()).containsEntry("windowStart", LocalDate.of(2025, 2, 20))
                .containsEntry("windowEnd", LocalDate.of(2025, 8, 20));
        assertThat(post(on(LocalDate.of(2025, 2, 21)))).isPresent();
    }

    @Test
    void anniversaryIsInsideByDefaultAndTheDayAfterIsOutside() {
        assertThat(post(on(LocalDate.of(2025, 8, 19)))).isPresent();
        Finding f = post(on(LocalDate.of(2025, 8, 20))).orElseThrow();
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2025, 8, 21));
        assertThat(post(on(LocalDate.of(2025, 8, 21)))).isEmpty();
    }

    @Test
    void anniversaryIsOutsideWhenTheSwitchIsOff() {
        Checker exclusive = StandardRules.addTo(Checker.builder())
                .setSwitch(PostInaugurationRule.ANNIVERSARY_INSIDE, false).build();
        Finding f = post(exclusive, on(LocalDate.of(2025, 8, 19))).orElseThrow();
        assertThat(f.getFacts()).containsEntry("windowEnd", LocalDate.of(2025, 8, 19));
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2025, 8, 20));
        assertThat(post(exclusive, on(LocalDate.of(2025, 8, 20)))).isEmpty();
    }

    @Test
    void messageStatesTheWindowAndTheEarliestDate() {
        Proposal p = on(LocalDate.of(2025, 4, 14));
        assertThat(post(p).orElseThrow().getMessage()).contains("2025-04-14").contains("2025-02-20 s.d. 2025-08-20")
                .contains("paling cepat 2025-08-21");
        assertThat(post(CHECKER.withLanguage(Language.EN), p).orElseThrow().getMessage())
                .contains("2025-02-20 to 2025-08-20").contains("Minister of Home Affairs");
        assertThat(post(p).orElseThrow().getLegalBasis()).extracting(LegalBasis::citation)
                .contains("UU 10/2016 Pasal 162 ayat (3)");
    }

    @Test
    void regionInauguratedLaterAfterADisputeHasItsOwnWindow() {
        Checker checker = withRegion("16.11", LocalDate.of(2025, 6, 16));
        ImmutableProposal there = on(LocalDate.of(2025, 12, 16)).withEmployee(TestProposals.employee()
                .withAgency(TestProposals.regency("16.11")))
                .withSigner(TestProposals.BUPATI.withRegionCode("16.11"));
        assertThat(post(checker, there).orElseThrow().getFacts()).containsEntry("windowEnd",
                LocalDate.of(2025, 12, 16));
        assertThat(post(checker, there.withEffectiveDate(LocalDate.of(2025, 12, 17)))).isEmpty();
        assertThat(post(checker, there.withEffectiveDate(LocalDate.of(2025, 6, 15)))).isEmpty();
        assertThat(post(checker, on(LocalDate.of(2025, 12, 16)))).isEmpty();
        assertThat(post(on(LocalDate.of(2025, 6, 16)))).isPresent();
    }

    @Test
    void monthEndInaugurationEndsOnTheLastDayOfTheShorterMonth() {
        Checker checker = withRegion(TestProposals.REGION, LocalDate.of(2025, 8, 31));
        assertThat(post(checker, on(LocalDate.of(2026, 2, 28))).orElseThrow().getEarliestCompliantDate())
                .contains(LocalDate.of(2026, 3, 1));
        assertThat(post(checker, on(LocalDate.of(2026, 3, 1)))).isEmpty();
    }

    @Test
    void windowCanEndOn29February() {
        Checker checker = withRegion(TestProposals.REGION, LocalDate.of(2027, 8, 29));
        assertThat(post(checker, on(LocalDate.of(2028, 2, 29))).orElseThrow().getFacts())
                .containsEntry("windowEnd", LocalDate.of(2028, 2, 29));
        assertThat(post(checker, on(LocalDate.of(2028, 3, 1)))).isEmpty();
    }

    @Test
    void writtenApprovalOnOrBeforeTheDatePasses() {
        Approval approval = Approval.builder().from(Approver.MENDAGRI).reference("100.2.2.6/0520/OTDA")
                .date(LocalDate.of(2025, 4, 14)).build();
        assertThat(post(on(LocalDate.of(2025, 4, 14)).withApprovals(approval))).isEmpty();
        assertThat(post(CHECKER.withPasses(true), on(LocalDate.of(2025, 4, 14)).withApprovals(approval))
                .orElseThrow().getMessage()).contains("100.2.2.6/0520/OTDA");
        assertThat(post(on(LocalDate.of(2025, 4, 13)).withApprovals(approval))).isPresent();
    }

    @Test
    void decisionDateInsideTheWindowCounts() {
        Finding f = post(on(LocalDate.of(2025, 9, 1)).withDecisionDate(LocalDate.of(2025, 8, 15))).orElseThrow();
        assertThat(f.getFacts()).containsEntry("testedDateKind", Windows.DateKind.SK);
    }

    @Test
    void appliesToAppointmentsIntoPositionsButNotToCentralAgencies() {
        assertThat(post(on(LocalDate.of(2025, 4, 14)).withKind(Action.INTO_POSITION.kind())
                .withAction(Action.INTO_POSITION))).isPresent();
        assertThat(post(on(LocalDate.of(2025, 4, 14)).withEmployee(TestProposals.employee()
                .withAgency(TestProposals.central())))).isEmpty();
        assertThat(new PostInaugurationRule().descriptor().appliesTo(Action.RETIREMENT_AGE)).isFalse();
    }

    @Test
    void dateOutsideTheCalendarCoverageIsIncomplete() {
        Finding f = post(on(LocalDate.of(2029, 3, 1))).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(f.getMissing()).containsExactly("politicalCalendar");
    }
}

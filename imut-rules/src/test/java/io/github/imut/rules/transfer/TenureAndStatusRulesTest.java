package io.github.imut.rules.transfer;

import static io.github.imut.rules.transfer.TransferFixtures.AS_OF;
import static io.github.imut.rules.transfer.TransferFixtures.finding;
import static io.github.imut.rules.transfer.TransferFixtures.interAgency;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Verdict;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Initiator;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenureAndStatusRulesTest {
    private static final String TENURE = "MUT-TENURE-2Y";
    private static final String TEN_YEARS = "MUT-10Y-OWNREQ";
    private static final String PPPK = "MUT-PPPK";

    private static ImmutableProposal inPostSince(LocalDate since, LocalDate date) {
        return TestProposals.transfer().withEffectiveDate(date).withEmployee(TestProposals.employee()
                .withCurrentPosition(Position.builder().level(PositionLevel.PENGAWAS).dukcapilUnit(false)
                        .since(since).build()));
    }

    private static Checker with(String switchName) {
        return StandardRules.addTo(Checker.builder()).setSwitch(switchName, true).build();
    }

    private static ImmutableProposal ownRequestMove(LocalDate tmtPns, LocalDate date) {
        ImmutableProposal p = interAgency().withInitiatedBy(Initiator.OWN_REQUEST).withEffectiveDate(date);
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withTmtPns(tmtPns));
    }

    @Test
    void transferBeforeTwoYearsInPostIsWarnedWithTheAnniversaryAsEarliestDate() {
        LocalDate since = LocalDate.of(2022, 1, 3);
        Finding f = finding(inPostSince(since, LocalDate.of(2024, 1, 2)), TENURE).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2024, 1, 3));
        assertThat(f.getMessage()).contains("2022-01-03").contains("23 bulan").contains("paling cepat 2024-01-03");
        assertThat(finding(inPostSince(since, LocalDate.of(2024, 1, 3)), TENURE)).isEmpty();
        assertThat(finding(inPostSince(since, LocalDate.of(2024, 1, 4)), TENURE)).isEmpty();
    }

    @Test
    void blockingSwitchMakesTheMinimumAFail() {
        Checker strict = with(TenureRule.BLOCK);
        assertThat(strict.check(inPostSince(LocalDate.of(2022, 1, 3), LocalDate.of(2024, 1, 2)), AS_OF)
                .getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(strict.check(inPostSince(LocalDate.of(2022, 1, 3), LocalDate.of(2024, 1, 3)), AS_OF)
                .getVerdict()).isEqualTo(Verdict.MS);
    }

    @Test
    void startOn29FebruaryCompletesTwoYearsOn1March() {
        LocalDate since = LocalDate.of(2020, 2, 29);
        assertThat(finding(inPostSince(since, LocalDate.of(2022, 2, 28)), TENURE).orElseThrow()
                .getEarliestCompliantDate()).contains(LocalDate.of(2022, 3, 1));
        assertThat(finding(inPostSince(since, LocalDate.of(2022, 3, 1)), TENURE)).isEmpty();
    }

    @Test
    void moreThanFiveYearsInPostIsOverdue() {
        LocalDate since = LocalDate.of(2021, 1, 4);
        assertThat(finding(inPostSince(since, LocalDate.of(2026, 1, 4)), TENURE)).isEmpty();
        Finding f = finding(inPostSince(since, LocalDate.of(2026, 1, 5)), TENURE).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("maximumReached", LocalDate.of(2026, 1, 4));
        assertThat(TransferFixtures.CHECKER.check(inPostSince(since, LocalDate.of(2026, 1, 5)), AS_OF).getVerdict())
                .isEqualTo(Verdict.MS);
    }

    @Test
    void startOn29FebruaryCompletesFiveYearsOn28February() {
        LocalDate since = LocalDate.of(2020, 2, 29);
        assertThat(finding(inPostSince(since, LocalDate.of(2025, 2, 28)), TENURE)).isEmpty();
        assertThat(finding(inPostSince(since, LocalDate.of(2025, 3, 1)), TENURE)).isPresent();
    }

    @Test
    void sixMonthPolicyOf2025AppliesOnlyWhenSwitchedOnAndFrom1July2025() {
        LocalDate since = LocalDate.of(2025, 1, 15);
        assertThat(finding(inPostSince(since, LocalDate.of(2025, 7, 15)), TENURE).orElseThrow().getFacts())
                .containsEntry("eligibleFrom", LocalDate.of(2027, 1, 15));
        Checker sixMonths = with(TenureRule.SIX_MONTHS);
        Finding early = sixMonths.check(inPostSince(since, LocalDate.of(2025, 7, 14)), AS_OF).finding(TENURE)
                .orElseThrow();
        assertThat(early.getEarliestCompliantDate()).contains(LocalDate.of(2025, 7, 15));
        assertThat(early.getMessage()).contains("MUT-6M-2025");
        assertThat(sixMonths.check(inPostSince(since, LocalDate.of(2025, 7, 15)), AS_OF).finding(TENURE)).isEmpty();
        LocalDate december = LocalDate.of(2024, 12, 1);
        assertThat(sixMonths.check(inPostSince(december, LocalDate.of(2025, 6, 30)), AS_OF).finding(TENURE)
                .orElseThrow().getFacts()).containsEntry("minimumYears", 2);
        assertThat(sixMonths.check(inPostSince(december, LocalDate.of(2025, 7, 1)), AS_OF).finding(TENURE))
                .isEmpty();
    }

    @Test
    void sixMonthsFromTheLastDayOfAugustEndOn1March() {
        Checker sixMonths = with(TenureRule.SIX_MONTHS);
        LocalDate since = LocalDate.of(2025, 8, 31);
        assertThat(sixMonths.check(inPostSince(since, LocalDate.of(2026, 2, 28)), AS_OF).finding(TENURE)
                .orElseThrow().getEarliestCompliantDate()).contains(LocalDate.of(2026, 3, 1));
        assertThat(sixMonths.check(inPostSince(since, LocalDate.of(2026, 3, 1)), AS_OF).finding(TENURE)).isEmpty();
    }

    @Test
    void unknownTenureIsWarnedOrIncompleteWhenBlocking() {
        ImmutableProposal p = TestProposals.transfer().withEmployee(TestProposals.employee()
                .withCurrentPosition(Position.builder().level(PositionLevel.PENGAWAS).dukcapilUnit(false).build()));
        Finding f = finding(p, TENURE).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMissing()).containsExactly("employee.currentPosition.since");
        assertThat(with(TenureRule.BLOCK).check(p, AS_OF).finding(TENURE).orElseThrow().getOutcome())
                .isEqualTo(Outcome.INCOMPLETE);
    }

    @Test
    void ownRequestToAnotherAgencyWithinTenYearsOfTmtPnsIsRejected() {
        LocalDate tmtPns = LocalDate.of(2016, 6, 1);
        Finding f = finding(ownRequestMove(tmtPns, LocalDate.of(2026, 5, 31)), TEN_YEARS).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 6, 1));
        assertThat(f.getMessage()).contains("2016-06-01").contains("9 tahun");
        assertThat(finding(ownRequestMove(tmtPns, LocalDate.of(2026, 6, 1)), TEN_YEARS)).isEmpty();
        assertThat(finding(ownRequestMove(tmtPns, LocalDate.of(2026, 6, 2)), TEN_YEARS)).isEmpty();
    }

    @Test
    void tmtPnsOn29FebruaryCompletesTenYearsOn1March() {
        LocalDate tmtPns = LocalDate.of(2016, 2, 29);
        assertThat(finding(ownRequestMove(tmtPns, LocalDate.of(2026, 2, 28)), TEN_YEARS).orElseThrow()
                .getEarliestCompliantDate()).contains(LocalDate.of(2026, 3, 1));
        assertThat(finding(ownRequestMove(tmtPns, LocalDate.of(2026, 3, 1)), TEN_YEARS)).isEmpty();
    }

    @Test
    void basisIsPermenpan6Of2024FromItsSignature() {
        LocalDate tmtPns = LocalDate.of(2018, 3, 1);
        assertThat(finding(ownRequestMove(tmtPns, LocalDate.of(2024, 7, 17)), TEN_YEARS).orElseThrow()
                .getLegalBasis()).extracting(LegalBasis::regulation)
                .containsExactlyInAnyOrder("PermenPAN-RB 27/2021", "PermenPAN-RB 36/2018");
        assertThat(finding(ownRequestMove(tmtPns, LocalDate.of(2024, 7, 18)), TEN_YEARS).orElseThrow()
                .getLegalBasis()).extracting(LegalBasis::citation)
                .containsExactly("PermenPAN-RB 6/2024 Pasal 59 ayat (2)", "PermenPAN-RB 6/2024 Pasal 59 ayat (4)");
    }

    @Test
    void agencyOrderedMovesAreNotBoundAndMissingInitiatorIsIncomplete() {
        assertThat(finding(interAgency(), TEN_YEARS)).isEmpty();
        assertThat(finding(interAgency().withInitiatedBy(Optional.empty()), TEN_YEARS).orElseThrow().getMissing())
                .containsExactly("initiatedBy");
    }

    @Test
    void olderCohortsAreOnlyWarnedWhenTheSwitchIsOn() {
        ImmutableProposal p = ownRequestMove(LocalDate.of(2017, 3, 1), LocalDate.of(2026, 6, 1));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withTmtCpns(LocalDate.of(2016, 3, 1)));
        assertThat(finding(p, TEN_YEARS).orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        Checker lenient = with(OwnRequestCommitmentRule.OLDER_COHORTS);
        assertThat(lenient.check(p, AS_OF).finding(TEN_YEARS).orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
        ImmutableProposal cohort2019 = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withTmtCpns(LocalDate.of(2019, 3, 1)).withTmtPns(LocalDate.of(2020, 3, 1)));
        assertThat(lenient.check(cohort2019, AS_OF).finding(TEN_YEARS).orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
    }

    private static ImmutableProposal pppk(ImmutableProposal p) {
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withStatus(EmploymentStatus.PPPK));
    }

    @Test
    void pppkCannotMoveBetweenAgencies() {
        Finding f = finding(pppk(interAgency()), PPPK).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(pppk(interAgency().withInitiatedBy(Initiator.OWN_REQUEST)), PPPK).orElseThrow()
                .getMessage()).contains("mengundurkan diri");
    }

    @Test
    void pppkWithinTheAgencyOnlyOnDownsizing() {
        assertThat(finding(pppk(TestProposals.transfer()), PPPK).orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
        assertThat(finding(pppk(TestProposals.transfer()).withGrounds(Ground.builder()
                .code("PERAMPINGAN_ORGANISASI").evidence("Perbup 12/2026").build()), PPPK)).isEmpty();
        assertThat(finding(pppk(TestProposals.transfer()), TENURE)).isEmpty();
    }

    @Test
    void pnsIsNotConcernedByThePppkRuleAndUnknownStatusIsIncomplete() {
        assertThat(finding(interAgency(), PPPK)).isEmpty();
        ImmutableProposal p = TestProposals.transfer();
        assertThat(finding(p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withStatus(Optional.empty())),
                PPPK).orElseThrow().getMissing()).containsExactly("employee.status");
    }

    @Test
    void cpnsMovingBetweenAgenciesIsRejected() {
        ImmutableProposal p = interAgency();
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withStatus(EmploymentStatus.CPNS));
        assertThat(finding(p, "MUT-CPNS").orElseThrow().getFacts()).containsEntry("tmtCpns", TestProposals.TMT_CPNS);
        assertThat(finding(p, TENURE)).isEmpty();
    }

    @Test
    void jptReplacementIsATransferForTheseRules() {
        assertThat(new TenureRule().descriptor().appliesTo(Action.JPT_REPLACEMENT)).isTrue();
        assertThat(new OwnRequestCommitmentRule().descriptor().appliesTo())
                .containsExactly(Action.BETWEEN_AGENCIES);
    }
}

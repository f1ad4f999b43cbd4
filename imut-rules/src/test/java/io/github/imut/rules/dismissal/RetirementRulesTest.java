package io.github.imut.rules.dismissal;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetirementRulesTest {
    private static final Checker CHECKER = TestProposals.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static Report check(ImmutableProposal p) {
        return CHECKER.check(p, AS_OF);
    }

    /** The shared retirement fixture, signed by the definitive regent (BERHENTI-AUTH). */
    private static ImmutableProposal retirement() {
        return TestProposals.retirement().withSigner(Signer.builder().role(SignerRole.BUPATI)
                .capacity(SignerCapacity.DEFINITIF).regionCode(TestProposals.REGION).build());
    }

    private static ImmutableProposal retirementOn(LocalDate date) {
        return retirement().withEffectiveDate(date);
    }

    private static ImmutableProposal retirementOf(LocalDate birth, PositionLevel level, LocalDate effective) {
        ImmutableProposal base = retirement();
        return base.withEffectiveDate(effective).withEmployee(ImmutableEmployee.copyOf(base.getEmployee())
                .withBirthDate(birth).withNip(Nip.of(birth, YearMonth.of(1990, 3), Gender.MALE, 1))
                .withCurrentPosition(Position.builder().level(level).build()));
    }

    @Test
    void catalogueExampleBornMarch15RetiresOnFirstOfApril() {
        assertThat(check(retirementOn(LocalDate.of(2025, 4, 1)))).hasVerdict(Verdict.MS).hasNoFindings();
    }

    @Test
    void dayBeforeTheBupBirthdayHasNotReachedBup() {
        Report r = check(retirementOn(LocalDate.of(2025, 3, 14)));
        assertThat(r).hasVerdict(Verdict.TMS).hasFinding("BERHENTI-BUP").withOutcome(Outcome.FAIL)
                .withEarliestCompliantDate(LocalDate.of(2025, 4, 1)).withBasis("PP 11/2017 Pasal 239 ayat (1)");
        Finding f = r.finding("BERHENTI-BUP").orElseThrow();
        assertThat(f.getFacts()).containsEntry("bupAge", 58).containsEntry("bupDate", LocalDate.of(2025, 3, 15))
                .containsEntry("bupBasis", "PP 11/2017 Pasal 239 ayat (2) huruf a");
        assertThat(f.getLegalBasis()).extracting(LegalBasis::citation)
                .contains("PP 11/2017 Pasal 239 ayat (1)", "UU 20/2023 Pasal 52 ayat (3) huruf c")
                .doesNotContain("UU 5/2014 Pasal 90");
    }

    @Test
    void onTheBupBirthdayBupIsReachedButTmtMustBeTheNextFirst() {
        assertThat(check(retirementOn(LocalDate.of(2025, 3, 15)))).hasVerdict(Verdict.TMS).hasNoFinding("BERHENTI-BUP")
                .hasFinding("PENSIUN-TMT").withOutcome(Outcome.FAIL)
                .withEarliestCompliantDate(LocalDate.of(2025, 4, 1)).withMessageContaining("2025-04-01");
    }

    @Test
    void tmtAfterTheRightDateIsAlsoWrong() {
        assertThat(check(retirementOn(LocalDate.of(2025, 4, 2))).finding("PENSIUN-TMT")).isPresent();
        assertThat(check(retirementOn(LocalDate.of(2025, 3, 31))).finding("PENSIUN-TMT")).isPresent();
    }

    @Test
    void catalogueExampleBornOnTheFirstRetiresOnTheFirstOfTheNextMonthByDefault() {
        ImmutableProposal p = retirementOf(LocalDate.of(1967, 3, 1), PositionLevel.ADMINISTRATOR,
                LocalDate.of(2025, 4, 1));
        assertThat(check(p).getVerdict()).isEqualTo(Verdict.MS);
        Checker sameMonth = StandardRules.addTo(Checker.builder())
                .setSwitch(RetirementAge.SAME_MONTH_SWITCH, true).build();
        assertThat(sameMonth.check(p, AS_OF).finding("PENSIUN-TMT").orElseThrow().getEarliestCompliantDate())
                .contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void leapDayBirthReachesBupOn28FebruaryAndRetiresOn1March() {
        ImmutableProposal p = retirementOf(LocalDate.of(1968, 2, 29), PositionLevel.ADMINISTRATOR,
                LocalDate.of(2026, 3, 1));
        assertThat(check(p).getVerdict()).isEqualTo(Verdict.MS);
        Finding early = check(p.withEffectiveDate(LocalDate.of(2026, 2, 27))).finding("BERHENTI-BUP").orElseThrow();
        assertThat(early.getFacts()).containsEntry("bupDate", LocalDate.of(2026, 2, 28));
    }

    @Test
    void ageDependsOnThePosition() {
        LocalDate birth = LocalDate.of(1960, 5, 20);
        assertThat(tmt(birth, PositionLevel.JPT_PRATAMA, null)).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(tmt(birth, PositionLevel.AHLI_MADYA, null)).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(tmt(birth, PositionLevel.AHLI_UTAMA, null)).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(tmt(birth, PositionLevel.PELAKSANA, null)).isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(tmt(birth, PositionLevel.PENYELIA, null)).isEqualTo(LocalDate.of(2018, 6, 1));
    }

    @Test
    void statuteSetsTheAgeOfTeachersLecturersAndResearchers() {
        LocalDate birth = LocalDate.of(1960, 5, 20);
        assertThat(tmt(birth, PositionLevel.AHLI_MUDA, FunctionalCategory.GURU)).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(tmt(birth, PositionLevel.AHLI_MUDA, FunctionalCategory.DOSEN))
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(tmt(birth, PositionLevel.AHLI_UTAMA, FunctionalCategory.PENELITI))
                .isEqualTo(LocalDate.of(2030, 6, 1));
        assertThat(tmt(birth, PositionLevel.AHLI_MADYA, FunctionalCategory.PEREKAYASA))
                .isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(tmt(birth, PositionLevel.AHLI_PERTAMA, FunctionalCategory.PENELITI))
                .isEqualTo(LocalDate.of(2018, 6, 1));
    }

    /** The right TMT pensiun, read from the PENSIUN-TMT finding of a deliberately wrong date. */
    private static LocalDate tmt(LocalDate birth, PositionLevel level, FunctionalCategory category) {
        ImmutableProposal p = retirementOf(birth, level, LocalDate.of(2017, 4, 7));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withCurrentPosition(Position.builder().level(level)
                .functionalCategory(Optional.ofNullable(category)).build()));
        return check(p).finding("PENSIUN-TMT").orElseThrow().getEarliestCompliantDate().orElseThrow();
    }

    @Test
    void missingBirthDateIsIncompleteNeverEligible() {
        ImmutableProposal p = TestProposals.retirement();
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withBirthDate(Optional.empty()));
        Report r = check(p);
        assertThat(r).hasVerdict(Verdict.BTL)
                .hasFinding("BERHENTI-BUP").withOutcome(Outcome.INCOMPLETE).withMissing("employee.birthDate")
                .and().hasFinding("PENSIUN-TMT").withOutcome(Outcome.INCOMPLETE).withMissing("employee.birthDate");
        assertThat(r.finding("BERHENTI-BUP").orElseThrow().getMissing()).containsExactly("employee.birthDate");
        assertThat(r.finding("PENSIUN-TMT").orElseThrow().getMissing()).containsExactly("employee.birthDate");
    }

    @Test
    void missingPositionLevelIsIncomplete() {
        ImmutableProposal p = TestProposals.retirement();
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withCurrentPosition(Optional.empty()));
        assertThat(check(p).finding("BERHENTI-BUP").orElseThrow().getMissing())
                .containsExactly("employee.currentPosition.level");
    }

    @Test
    void beforeTheAgesWereSetByPp11TheRuleCannotJudgeAndSaysSo() {
        assertThat(check(retirementOn(LocalDate.of(2017, 4, 6)))).hasVerdict(Verdict.REVIEW)
                .hasFinding("BERHENTI-BUP").withOutcome(Outcome.ERROR);
    }

    // Appointments and transfers: born 1967-03-15, PENGAWAS (BUP 58) -> TMT pensiun 2025-04-01.

    private static ImmutableProposal transferOn(LocalDate date, PositionLevel target) {
        ImmutableProposal base = TestProposals.transfer();
        return base.withEffectiveDate(date)
                .withEmployee(ImmutableEmployee.copyOf(base.getEmployee()).withBirthDate(LocalDate.of(1967, 3, 15))
                        .withNip(Nip.parse("196703151990031001")).withTmtCpns(LocalDate.of(1990, 3, 1)))
                .withTarget(Target.builder().position(Position.builder().level(target).build()).build());
    }

    @Test
    void transferOnTmtPensiunFails() {
        Finding f = check(transferOn(LocalDate.of(2025, 4, 1), PositionLevel.PENGAWAS)).finding("BERHENTI-BUP")
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("tmtPensiun", LocalDate.of(2025, 4, 1));
    }

    @Test
    void transferTheDayBeforeTmtPensiunOnlyWarns() {
        Finding f = check(transferOn(LocalDate.of(2025, 3, 31), PositionLevel.PENGAWAS)).finding("BERHENTI-BUP")
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void warningStartsWhenLessThanTwelveMonthsRemain() {
        assertThat(check(transferOn(LocalDate.of(2024, 4, 1), PositionLevel.PENGAWAS)).finding("BERHENTI-BUP"))
                .isEmpty();
        assertThat(check(transferOn(LocalDate.of(2024, 4, 2), PositionLevel.PENGAWAS)).finding("BERHENTI-BUP"))
                .get().extracting(Finding::getOutcome).isEqualTo(Outcome.WARNING);
    }

    @Test
    void aHigherTargetBupDoesNotReviveAnEmployeeAlreadyRetired() {
        Finding f = check(transferOn(LocalDate.of(2025, 5, 1), PositionLevel.JPT_PRATAMA))
                .finding("BERHENTI-BUP").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("bupAge", 58);
    }

    @Test
    void aLowerTargetBupCountsToo() {
        ImmutableProposal p = transferOn(LocalDate.of(2026, 4, 1), PositionLevel.PENGAWAS);
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withCurrentPosition(Position.builder().level(PositionLevel.AHLI_MADYA)
                .build()));
        assertThat(check(p).finding("BERHENTI-BUP").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void transferWithoutTargetIsIncomplete() {
        ImmutableProposal p = transferOn(LocalDate.of(2024, 1, 1), PositionLevel.PENGAWAS).withTarget(
                Optional.empty());
        assertThat(check(p).finding("BERHENTI-BUP").orElseThrow().getMissing()).containsExactly("target");
    }

    @Test
    void recordedRetirementAgeThatDisagreesWithTheTableWarns() {
        ImmutableProposal p = retirement();
        Report disagree = check(p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withRecordedRetirementAge(60)));
        Finding f = disagree.finding("BUP-TABLE").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("recordedRetirementAge", 60).containsEntry("bupAge", 58);
        assertThat(disagree.getVerdict()).isEqualTo(Verdict.MS);
        assertThat(check(p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withRecordedRetirementAge(58))).finding("BUP-TABLE"))
                .isEmpty();
    }

    @Test
    void retirementRulesDoNotApplyToOtherDismissals() {
        assertThat(new RetirementDateRule().descriptor().appliesTo(Action.OWN_REQUEST)).isFalse();
        assertThat(new RetirementAgeRule().descriptor().appliesTo(Action.DEATH)).isFalse();
    }
}

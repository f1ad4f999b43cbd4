package io.github.imut.rules;

import static io.github.imut.testing.ImutAssertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Verdict;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Initiator;
import io.github.imut.model.Proposal;
import io.github.imut.model.SignerRole;
import io.github.imut.testing.Fixtures;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The public fixtures ({@link Fixtures}) against the standard rules: every default is lawful, and one override gives
 * the finding it is about.
 */
class FixturesTest {
    private static final Checker CHECKER = TestProposals.checker();

    private static io.github.imut.check.Report check(Proposal p) {
        return CHECKER.check(p, p.getEffectiveDate().minusMonths(1));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyDefaultIsEligibleWithNoFindingAtAll(Action action) {
        Proposal p = Fixtures.of(action).build();
        assertThat(check(p)).hasVerdict(Verdict.MS).hasNoFindings();
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyDefaultIsEligibleWhateverTheDayOfTheCheck(Action action) {
        Proposal p = Fixtures.of(action).build();
        for (LocalDate asOf : new LocalDate[] {LocalDate.of(2023, 1, 2), p.getEffectiveDate(),
            LocalDate.of(2026, 11, 23), LocalDate.of(2030, 1, 1)}) {
            assertThat(CHECKER.check(p, asOf)).as("checked as of %s", asOf).hasVerdict(Verdict.MS);
        }
    }

    @Test
    void defaultsOfEveryKindHaveTheirKindsDefaultEffectiveDate() {
        for (Action a : Action.values()) {
            LocalDate expected = a == Action.DISHONOURABLE || a == Action.OTHER_GROUND
                    ? Fixtures.MONTH_END_EFFECTIVE_DATE : Fixtures.EFFECTIVE_DATE;
            org.assertj.core.api.Assertions.assertThat(Fixtures.of(a).build().getEffectiveDate()).as(a.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void transferOnTheFirstDayOfThe2024FreezeNeedsMendagriApproval() {
        assertThat(check(Fixtures.transfer().effective(LocalDate.of(2024, 3, 22)).build()))
                .hasVerdict(Verdict.NEEDS_APPROVAL).hasOnlyFindings("PILKADA-PRE-6M")
                .hasFinding("PILKADA-PRE-6M").withOutcome(Outcome.NEEDS_APPROVAL).withApprovalFrom(Approver.MENDAGRI)
                .withBasis("UU 10/2016 Pasal 71 ayat (2)").withEarliestCompliantDate(LocalDate.of(2025, 2, 21))
                .withMessageContaining("2024-03-22 s.d. 2025-02-20");
    }

    @Test
    void transferTheDayBeforeTheFreezeIsEligible() {
        assertThat(check(Fixtures.transfer().effective(LocalDate.of(2024, 3, 21)).build())).hasVerdict(Verdict.MS);
    }

    @Test
    void freezeTransferWithMendagriApprovalIsEligible() {
        assertThat(check(Fixtures.transfer().effective(LocalDate.of(2024, 3, 22))
                .approval(Approver.MENDAGRI, "100.2.2.6/1234/OTDA", LocalDate.of(2024, 3, 15)).build()))
                .hasVerdict(Verdict.MS);
    }

    @Test
    void transferSignedByAnActingRegentNeedsMendagriApproval() {
        assertThat(check(Fixtures.transfer().signedBy(SignerRole.PJ_BUPATI).build()))
                .hasVerdict(Verdict.NEEDS_APPROVAL)
                .hasFinding("PJ-MUTASI").withApprovalFrom(Approver.MENDAGRI);
    }

    @Test
    void transferOfACpnsIsNotEligibleUnderPeraturanBkn5Of2019() {
        assertThat(check(Fixtures.transfer().status(EmploymentStatus.CPNS).build()))
                .hasVerdict(Verdict.TMS).hasOnlyFindings("MUT-CPNS")
                .hasFinding("MUT-CPNS").withOutcome(Outcome.FAIL).withBasis("Peraturan BKN 5/2019");
    }

    @Test
    void transferAtOwnRequestNeedsTheRequestAndTheStatements() {
        assertThat(check(Fixtures.transfer().initiatedBy(Initiator.OWN_REQUEST).build()))
                .hasVerdict(Verdict.BTL)
                .hasFinding("MUT-DOCS").withMissing("documents[PERMOHONAN]");
    }

    @Test
    void interAgencyTransferWithoutThePertekNeedsIt() {
        assertThat(check(Fixtures.transfer(Action.BETWEEN_AGENCIES).withoutApproval(Approver.KANREG_BKN).build()))
                .hasVerdict(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void jptReplacedWithinTwoYearsOfInaugurationIsNotEligible() {
        assertThat(check(Fixtures.transfer(Action.JPT_REPLACEMENT).since(LocalDate.of(2025, 1, 6)).build()))
                .hasVerdict(Verdict.TMS)
                .hasFinding("JPT-2Y-PROTECT").withOutcome(Outcome.FAIL)
                .withEarliestCompliantDate(LocalDate.of(2027, 1, 6));
    }

    @Test
    void retirementWithoutBirthDateIsIncompleteNamingTheField() {
        assertThat(check(Fixtures.dismissal(Action.RETIREMENT_AGE).employee(e -> e.birthDate(Optional.empty()))
                .build()))
                .hasVerdict(Verdict.BTL)
                .hasFinding("BERHENTI-BUP").withOutcome(Outcome.INCOMPLETE).withMissing("employee.birthDate")
                .and().hasFinding("NIP-FORMAT").withMissing("employee.birthDate");
    }

    @Test
    void retirementAMonthLateGetsTheRightDate() {
        assertThat(check(Fixtures.dismissal().effective(LocalDate.of(2026, 8, 1)).build()))
                .hasVerdict(Verdict.TMS)
                .hasFinding("PENSIUN-TMT").withOutcome(Outcome.FAIL)
                .withEarliestCompliantDate(LocalDate.of(2026, 7, 1));
    }

    @Test
    void anotherBirthDateKeepsTheNipConsistent() {
        assertThat(check(Fixtures.transfer().bornOn(LocalDate.of(1992, 2, 29)).build()))
                .hasVerdict(Verdict.MS).hasNoFinding("NIP-FORMAT");
        assertThat(check(Fixtures.appointment(Action.PPPK_INTO_POSITION).bornOn(LocalDate.of(1994, 2, 28)).build()))
                .hasVerdict(Verdict.MS).hasNoFinding("NIPPPK-FORMAT");
    }

    @Test
    void aNipTheTestSetsIsKeptAndChecked() {
        assertThat(check(Fixtures.transfer().nip("198708172012032002").bornOn(LocalDate.of(1987, 8, 18)).build()))
                .hasVerdict(Verdict.TMS)
                .hasFinding("NIP-FORMAT").withOutcome(Outcome.FAIL).withMessageContaining("birthDate");
    }

    @Test
    void deathWithoutTheCertificateIsIncomplete() {
        assertThat(check(Fixtures.dismissal(Action.DEATH).withoutDocument(DocumentKind.AKTA_KEMATIAN).build()))
                .hasVerdict(Verdict.BTL)
                .hasFinding("BERHENTI-MENINGGAL").withMissing("documents[AKTA_KEMATIAN]");
    }
}

package io.github.imut.examples.agency;

import static io.github.imut.testing.ImutAssertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Verdict;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import io.github.imut.model.SignerRole;
import io.github.imut.testing.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How an agency tests its own use of imut: Kabupaten Sleman's BKPSDM runs the standard rules plus its own module
 * ({@link SlemanModule}, rule {@code SLM-ANJAB}), and states in each test only what the case is about, with imut's
 * fixtures and assertions. The README's section "Using imut in your tests" shows part of this class.
 */
class SlemanAgencyTest {
    // README-START
    private static final Checker CHECKER = Checker.builder().discoverModules().addModule(new SlemanModule()).build();

    @Test
    void ourRotationWithAJobAnalysisIsEligible() {
        Proposal p = Fixtures.transfer().document(DocumentKind.ANJAB_ABK).build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.MS).hasNoFindings();
    }

    @Test
    void ourRuleAsksForTheJobAnalysis() {
        Proposal p = Fixtures.transfer().build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.BTL).hasOnlyFindings("SLM-ANJAB")
                .hasFinding("SLM-ANJAB").withMissing("documents[ANJAB_ABK]").withMessageContaining("analisis jabatan");
    }

    @Test
    void aRotationDuringThePilkadaFreezeNeedsMendagriApproval() {
        Proposal p = Fixtures.transfer().document(DocumentKind.ANJAB_ABK).effective("2024-05-02").build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.NEEDS_APPROVAL)
                .hasFinding("PILKADA-PRE-6M").withApprovalFrom(Approver.MENDAGRI).withBasis("UU 10/2016 Pasal 71");
    }
    // README-END

    @Test
    void withTheMinistersWrittenApprovalTheFreezeRotationIsEligible() {
        Proposal p = Fixtures.transfer().document(DocumentKind.ANJAB_ABK).effective("2024-05-02")
                .approval(Approver.MENDAGRI, "100.2.2.6/2291/OTDA", LocalDate.of(2024, 4, 22)).build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.MS);
    }

    @Test
    void aRotationOurActingRegentSignsNeedsMendagriAndBkn() {
        Proposal p = Fixtures.transfer().document(DocumentKind.ANJAB_ABK).signedBy(SignerRole.PJ_BUPATI).build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.NEEDS_APPROVAL)
                .hasFinding("PJ-MUTASI").withApprovalFrom(Approver.MENDAGRI)
                .and().hasFinding("INTERIM-BKN").withApprovalFrom(Approver.BKN);
    }

    @Test
    void aCpnsIsNotRotatedBeforeBecomingPns() {
        Proposal p = Fixtures.transfer().document(DocumentKind.ANJAB_ABK).status(EmploymentStatus.CPNS).build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.TMS)
                .hasFinding("MUT-CPNS").withOutcome(Outcome.FAIL).withBasis("Peraturan BKN 5/2019");
    }

    @Test
    void aMoveToKotaYogyakartaAlsoNeedsOurJobAnalysis() {
        Proposal p = Fixtures.transfer(Action.BETWEEN_AGENCIES).withoutDocument(DocumentKind.ANJAB_ABK).build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.BTL)
                .hasFinding("SLM-ANJAB").withOutcome(Outcome.INCOMPLETE);
    }

    @Test
    void ourRuleLeavesRetirementsAlone() {
        Proposal p = Fixtures.dismissal(Action.RETIREMENT_AGE).build();
        assertThat(CHECKER.check(p, p.getEffectiveDate())).hasVerdict(Verdict.MS).hasNoFinding("SLM-ANJAB");
    }
}

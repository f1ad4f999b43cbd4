package io.github.imut.rules.discipline;

import static io.github.imut.rules.dismissal.DismissalFixtures.check;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Verdict;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proceeding;
import io.github.imut.model.ProceedingKind;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import io.github.imut.model.Target;
import io.github.imut.rules.TestProposals;
import io.github.imut.rules.dismissal.DismissalFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The same sanction blocks transfer and resignation and warns on promotion: one judgement, three kinds. */
class DisciplineBlocksTest {
    /** A 9-month allowance cut from 2026-01-05: last day 2026-10-04. */
    private static final DisciplinarySanction CUT9 = DisciplinarySanction.builder().level(SanctionLevel.SEDANG)
            .sanctionType(SanctionType.ALLOWANCE_CUT_9_MONTHS).decidedOn(LocalDate.of(2026, 1, 2))
            .from(LocalDate.of(2026, 1, 5)).build();

    private static ImmutableProposal transferOn(LocalDate day) {
        ImmutableProposal p = TestProposals.transfer().withEffectiveDate(day);
        return p.withEmployee(DismissalFixtures.employee().withSanctions(CUT9));
    }

    private static ImmutableProposal resignationOn(LocalDate day) {
        ImmutableProposal p = DismissalFixtures.with(DismissalFixtures.dismissal(Action.OWN_REQUEST, null, day),
                DocumentKind.PERMOHONAN);
        return p.withEmployee(DismissalFixtures.employee().withSanctions(CUT9));
    }

    private static ImmutableProposal promotionOn(LocalDate day) {
        return transferOn(day).withKind(Action.INTO_POSITION.kind()).withAction(Action.INTO_POSITION)
                .withTarget(Target.builder().position(Position.builder().level(PositionLevel.ADMINISTRATOR).build())
                        .build());
    }

    @Test
    void transferOnTheSanctionsLastDayFailsAndTheNextDayComplies() {
        Finding f = finding(transferOn(LocalDate.of(2026, 10, 4)), "DISIPLIN-BLOCK-MUTASI").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 10, 5));
        assertThat(f.getMessage()).contains("2026-01-05 s.d. 2026-10-04");
        assertThat(finding(transferOn(LocalDate.of(2026, 10, 5)), "DISIPLIN-BLOCK-MUTASI")).isEmpty();
    }

    @Test
    void transferTheDayBeforeTheSanctionStartsIsClear() {
        assertThat(finding(transferOn(LocalDate.of(2026, 1, 4)), "DISIPLIN-BLOCK-MUTASI")).isEmpty();
        assertThat(finding(transferOn(LocalDate.of(2026, 1, 5)), "DISIPLIN-BLOCK-MUTASI")).isPresent();
    }

    @Test
    void resignationDuringTheSameSanctionFails() {
        Finding f = finding(resignationOn(LocalDate.of(2026, 10, 4)), "DISIPLIN-BLOCK-APS").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 10, 5));
        assertThat(finding(resignationOn(LocalDate.of(2026, 10, 5)), "DISIPLIN-BLOCK-APS")).isEmpty();
    }

    @Test
    void promotionDuringTheSameSanctionOnlyWarns() {
        assertThat(finding(promotionOn(LocalDate.of(2026, 10, 4)), "DISIPLIN-BLOCK-KP").orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
        assertThat(finding(promotionOn(LocalDate.of(2026, 10, 5)), "DISIPLIN-BLOCK-KP")).isEmpty();
    }

    @Test
    void openExaminationBlocksTransferAndResignationAndWarnsOnPromotion() {
        Proceeding exam = Proceeding.builder().kind(ProceedingKind.DISCIPLINARY_EXAMINATION)
                .since(LocalDate.of(2026, 5, 1)).build();
        ImmutableProposal t = transferOn(LocalDate.of(2026, 11, 1));
        t = t.withEmployee(DismissalFixtures.employee().withOpenProceedings(exam));
        Finding f = finding(t, "DISIPLIN-BLOCK-MUTASI").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).isEmpty();
        ImmutableProposal r = resignationOn(LocalDate.of(2026, 11, 1))
                .withEmployee(DismissalFixtures.employee().withOpenProceedings(exam));
        assertThat(finding(r, "DISIPLIN-BLOCK-APS").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        ImmutableProposal k = promotionOn(LocalDate.of(2026, 11, 1))
                .withEmployee(DismissalFixtures.employee().withOpenProceedings(exam));
        assertThat(finding(k, "DISIPLIN-BLOCK-KP").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void pendingAppealBlocksResignation() {
        ImmutableProposal r = resignationOn(LocalDate.of(2026, 11, 1)).withEmployee(DismissalFixtures.employee()
                .withOpenProceedings(Proceeding.builder().kind(ProceedingKind.ADMINISTRATIVE_APPEAL).build()));
        assertThat(finding(r, "DISIPLIN-BLOCK-APS").orElseThrow().getMessage()).contains("upaya administratif");
    }

    @Test
    void judicialProcessBlocksTransferButIsTheResignationBarOfItsOwnRule() {
        CriminalCase suspect = CriminalCase.builder().status(CriminalStatus.DEFENDANT).build();
        ImmutableProposal t = transferOn(LocalDate.of(2026, 11, 1))
                .withEmployee(DismissalFixtures.employee().withCriminalCase(suspect));
        assertThat(finding(t, "DISIPLIN-BLOCK-MUTASI").orElseThrow().getMessage()).contains("proses peradilan");
        ImmutableProposal r = resignationOn(LocalDate.of(2026, 11, 1))
                .withEmployee(DismissalFixtures.employee().withCriminalCase(suspect));
        assertThat(finding(r, "DISIPLIN-BLOCK-APS")).isEmpty();
        assertThat(finding(r, "BERHENTI-APS-BLOCK").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void sanctionOfUnknownPeriodMakesTransferIncompleteButPromotionOnlyWarns() {
        DisciplinarySanction unknown = DisciplinarySanction.builder().level(SanctionLevel.SEDANG)
                .from(LocalDate.of(2026, 2, 1)).build();
        ImmutableProposal t = transferOn(LocalDate.of(2026, 11, 1))
                .withEmployee(DismissalFixtures.employee().withSanctions(unknown));
        assertThat(check(t).getVerdict()).isEqualTo(Verdict.BTL);
        assertThat(finding(t, "DISIPLIN-BLOCK-MUTASI").orElseThrow().getMissing())
                .containsExactly("employee.sanctions[0].to");
        ImmutableProposal k = promotionOn(LocalDate.of(2026, 11, 1))
                .withEmployee(DismissalFixtures.employee().withSanctions(unknown));
        assertThat(finding(k, "DISIPLIN-BLOCK-KP").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void underPp53ThePromotionBarCitesItsPasal41() {
        DisciplinarySanction old = DisciplinarySanction.builder().level(SanctionLevel.SEDANG)
                .sanctionType(SanctionType.PROMOTION_DEFERRED).from(LocalDate.of(2020, 6, 1)).build();
        ImmutableProposal k = promotionOn(LocalDate.of(2021, 3, 1))
                .withEmployee(DismissalFixtures.employee().withSanctions(old));
        Finding f = finding(k, "DISIPLIN-BLOCK-KP").orElseThrow();
        assertThat(f.getLegalBasis()).extracting(b -> b.citation()).containsExactly("PP 53/2010 Pasal 41");
        assertThat(f.getFacts()).containsEntry("sanctionTo", "2021-05-31");
    }

    @Test
    void heavyDemotionWarnsOnAppointmentIntoAPositionAndBlocksBehindItsSwitch() {
        DisciplinarySanction demotion = DisciplinarySanction.builder().level(SanctionLevel.BERAT)
                .sanctionType(SanctionType.DEMOTION_ONE_LEVEL).from(LocalDate.of(2025, 12, 1)).build();
        ImmutableProposal k = promotionOn(LocalDate.of(2026, 11, 30))
                .withEmployee(DismissalFixtures.employee().withSanctions(demotion));
        Finding f = finding(k, "DISIPLIN-BERAT-JABATAN").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 12, 1));
        assertThat(finding(k.withEffectiveDate(LocalDate.of(2026, 12, 1)), "DISIPLIN-BERAT-JABATAN")).isEmpty();
        assertThat(DismissalFixtures.checkerWith(HeavySanctionPositionRule.BLOCK_SWITCH, true)
                .check(k, DismissalFixtures.AS_OF).finding("DISIPLIN-BERAT-JABATAN").orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
    }
}

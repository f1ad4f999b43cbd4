package io.github.imut.rules.transfer;

import static io.github.imut.rules.transfer.TransferFixtures.AS_OF;
import static io.github.imut.rules.transfer.TransferFixtures.CHECKER;
import static io.github.imut.rules.transfer.TransferFixtures.GUBERNUR;
import static io.github.imut.rules.transfer.TransferFixtures.finding;
import static io.github.imut.rules.transfer.TransferFixtures.interAgency;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Verdict;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableSigner;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.PartyRole;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Relation;
import io.github.imut.model.RelatedParty;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorityRulesTest {
    private static final String AUTHORITY = "MUT-AUTHORITY";
    private static final String PRESIDEN = "AUTH-PRESIDEN";
    private static final String DUKCAPIL = "DUKCAPIL-MENDAGRI";
    private static final ImmutableSigner MENDAGRI = Signer.builder().role(SignerRole.MENDAGRI)
            .capacity(SignerCapacity.DEFINITIF).build();
    private static final Approval BKN_PERTEK = Approval.builder().from(Approver.BKN).reference("PERTEK-BKN/2026")
            .date(LocalDate.of(2026, 5, 4)).build();

    private static ImmutableSigner signer(SignerRole role, String region) {
        ImmutableSigner s = Signer.builder().role(role).capacity(SignerCapacity.DEFINITIF).build();
        return region == null ? s : s.withRegionCode(region);
    }

    private static ImmutableProposal toAgency(Agency receiving) {
        ImmutableProposal p = interAgency();
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().orElseThrow()).withAgency(receiving));
    }

    private static ImmutableProposal into(PositionLevel level, boolean dukcapil) {
        ImmutableProposal p = TestProposals.transfer();
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().orElseThrow()).withPosition(Position.builder()
                .level(level).name("Jabatan Tujuan").dukcapilUnit(dukcapil).build()));
    }

    private static Agency province(String code) {
        return Agency.builder().kind(AgencyKind.PROVINCE).province(code).regionCode(code).build();
    }

    @Test
    void withinARegencyTheRegentDecides() {
        assertThat(finding(TestProposals.transfer(), AUTHORITY)).isEmpty();
        assertThat(finding(TestProposals.transfer().withSigner(Signer.builder().role(SignerRole.PJ_BUPATI)
                .regionCode(TestProposals.REGION).build()), AUTHORITY)).isEmpty();
        Finding other = finding(TestProposals.transfer().withSigner(signer(SignerRole.BUPATI, "33.02")), AUTHORITY)
                .orElseThrow();
        assertThat(other.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(other.getMessage()).contains("33.02");
        Finding governor = finding(TestProposals.transfer().withSigner(GUBERNUR), AUTHORITY).orElseThrow();
        assertThat(governor.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(governor.getFacts()).containsEntry("expectedDecider", TransferAuthorityRule.Decider.PPK);
        assertThat(finding(TestProposals.transfer().withSigner(signer(SignerRole.SEKDA, TestProposals.REGION)),
                AUTHORITY).orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void withinACentralAgencyTheMinisterDecides() {
        ImmutableProposal p = TestProposals.transfer().withEmployee(TestProposals.employee()
                .withAgency(TestProposals.central()));
        assertThat(finding(p.withSigner(signer(SignerRole.MENTERI, null)),
                AUTHORITY)).isEmpty();
        assertThat(finding(p.withSigner(signer(SignerRole.PEJABAT_YANG_BERWENANG, null)), AUTHORITY).orElseThrow()
                .getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(finding(p, AUTHORITY).orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void betweenRegionsOfOneProvinceTheGovernorDecidesAfterTheKanregPertek() {
        assertThat(finding(interAgency(), AUTHORITY)).isEmpty();
        Finding noPertek = finding(interAgency().withApprovals(), AUTHORITY).orElseThrow();
        assertThat(noPertek.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(noPertek.getApprovalRequiredFrom()).contains(Approver.KANREG_BKN);
        assertThat(noPertek.getLegalBasis()).extracting(LegalBasis::citation).contains("PP 11/2017 Pasal 192");
        assertThat(finding(interAgency().withApprovals(BKN_PERTEK), AUTHORITY)).isEmpty();
        Finding mayor = finding(interAgency().withSigner(signer(SignerRole.WALI_KOTA, "33.74")), AUTHORITY)
                .orElseThrow();
        assertThat(mayor.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(mayor.getFacts()).containsEntry("expectedDecider", TransferAuthorityRule.Decider.GUBERNUR)
                .containsEntry("route", TransferAuthorityRule.Route.WITHIN_PROVINCE);
        assertThat(finding(interAgency().withSigner(signer(SignerRole.GUBERNUR, "32")), AUTHORITY).orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(toAgency(province("33")), AUTHORITY)).isEmpty();
    }

    @Test
    void betweenProvincesTheMinisterOfHomeAffairsDecidesAfterTheBknPertek() {
        ImmutableProposal p = toAgency(TestProposals.regency("32.04"));
        Finding governor = finding(p, AUTHORITY).orElseThrow();
        assertThat(governor.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(governor.getFacts()).containsEntry("expectedDecider", TransferAuthorityRule.Decider.MENDAGRI);
        assertThat(governor.getMessage()).contains("MENDAGRI").contains("GUBERNUR");
        assertThat(governor.getLegalBasis()).extracting(LegalBasis::citation).contains("PP 11/2017 Pasal 193");
        assertThat(finding(p.withSigner(MENDAGRI).withApprovals(BKN_PERTEK), AUTHORITY)).isEmpty();
        Finding kanregOnly = finding(p.withSigner(MENDAGRI), AUTHORITY).orElseThrow();
        assertThat(kanregOnly.getApprovalRequiredFrom()).contains(Approver.BKN);
    }

    @Test
    void regionAndCentralAgencyRoutesAreUncertainAndOnlyWarn() {
        ImmutableProposal p = toAgency(TestProposals.central());
        Finding f = finding(p, AUTHORITY).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(CHECKER.check(p, AS_OF).getVerdict()).isEqualTo(Verdict.MS);
        Signer minister = signer(SignerRole.MENTERI, null);
        assertThat(finding(p.withSigner(minister), AUTHORITY).orElseThrow().getFacts())
                .containsEntry("pertekFrom", Approver.BKN);
        assertThat(finding(p.withSigner(minister).withApprovals(BKN_PERTEK), AUTHORITY)).isEmpty();
        ImmutableProposal central = p.withEmployee(TestProposals.employee().withAgency(TestProposals.central()
                .withName("Kementerian Lain"))).withSigner(MENDAGRI.withRole(SignerRole.KEPALA_BKN))
                .withApprovals(BKN_PERTEK);
        assertThat(finding(central, AUTHORITY)).isEmpty();
    }

    @Test
    void sameRegionOnBothSidesIsNotATransferBetweenAgencies() {
        assertThat(finding(toAgency(TestProposals.regency(TestProposals.REGION)), AUTHORITY).orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void missingSignerOrReceivingAgencyIsIncomplete() {
        assertThat(finding(interAgency().withSigner(Optional.empty()), AUTHORITY).orElseThrow().getMissing())
                .containsExactly("signer");
        ImmutableProposal p = interAgency();
        assertThat(finding(p.withTarget(ImmutableTarget.copyOf(p.getTarget().orElseThrow())
                .withAgency(Optional.empty())), AUTHORITY).orElseThrow().getMissing()).containsExactly("target.agency");
    }

    @Test
    void presidentialAndDukcapilPostsAreLeftToTheirOwnRules() {
        assertThat(finding(into(PositionLevel.JPT_MADYA, false), AUTHORITY)).isEmpty();
        assertThat(finding(into(PositionLevel.ADMINISTRATOR, true).withSigner(GUBERNUR), AUTHORITY)).isEmpty();
    }

    @Test
    void jptMadyaJptUtamaAndAhliUtamaAreThePresidents() {
        Finding madya = finding(into(PositionLevel.JPT_MADYA, false), PRESIDEN).orElseThrow();
        assertThat(madya.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(madya.getApprovalRequiredFrom()).contains(Approver.PRESIDEN);
        assertThat(madya.getLegalBasis()).extracting(LegalBasis::citation)
                .containsExactly("PP 11/2017 Pasal 3 ayat (3)", "UU 20/2023 Pasal 30 ayat (4)");
        assertThat(finding(into(PositionLevel.AHLI_UTAMA, false), PRESIDEN).orElseThrow().getLegalBasis())
                .extracting(LegalBasis::citation).containsExactly("PP 11/2017 Pasal 3 ayat (3)");
        assertThat(finding(into(PositionLevel.JPT_UTAMA, false).withEffectiveDate(LocalDate.of(2023, 10, 30)),
                PRESIDEN).orElseThrow().getLegalBasis()).extracting(LegalBasis::citation)
                .containsExactly("PP 11/2017 Pasal 3 ayat (3)");
        assertThat(finding(into(PositionLevel.JPT_PRATAMA, false), PRESIDEN)).isEmpty();
        Approval keppres = Approval.builder().from(Approver.PRESIDEN).reference("Keppres 55/M/2026")
                .date(LocalDate.of(2026, 6, 1)).build();
        assertThat(finding(into(PositionLevel.JPT_MADYA, false).withApprovals(keppres), PRESIDEN)).isEmpty();
        assertThat(finding(into(PositionLevel.JPT_MADYA, false).withSigner(MENDAGRI.withRole(SignerRole.PRESIDEN)),
                PRESIDEN)).isEmpty();
    }

    @Test
    void movingOutOfAnAhliUtamaPostIsThePresidentsToo() {
        ImmutableProposal p = TestProposals.transfer().withEmployee(TestProposals.employee().withCurrentPosition(
                Position.builder().level(PositionLevel.AHLI_UTAMA).since(LocalDate.of(2020, 1, 2)).build()));
        Finding f = finding(p, PRESIDEN).orElseThrow();
        assertThat(f.getMessage()).contains("AHLI_UTAMA").contains("pemindahan dari");
    }

    @Test
    void presidentialRuleAppliesToPppkAppointmentsAndNeedsTheLevel() {
        ImmutableProposal p = into(PositionLevel.JPT_MADYA, false).withKind(Action.PPPK_INTO_POSITION.kind())
                .withAction(Action.PPPK_INTO_POSITION);
        assertThat(finding(p, PRESIDEN)).isPresent();
        ImmutableProposal noLevel = TestProposals.transfer();
        noLevel = noLevel.withTarget(ImmutableTarget.copyOf(noLevel.getTarget().orElseThrow())
                .withPosition(Position.builder().name("Jabatan Tujuan").build()));
        assertThat(finding(noLevel, PRESIDEN).orElseThrow().getMissing()).containsExactly("target.position.level");
    }

    @Test
    void dukcapilManagerialPostsAreFilledByTheMinister() {
        Finding f = finding(into(PositionLevel.ADMINISTRATOR, true), DUKCAPIL).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getApprovalRequiredFrom()).contains(Approver.DIRJEN_DUKCAPIL);
        for (Approver from : new Approver[] {Approver.DIRJEN_DUKCAPIL, Approver.MENDAGRI}) {
            assertThat(finding(into(PositionLevel.PENGAWAS, true).withApprovals(Approval.builder().from(from)
                    .reference("800.1.3.3/99/DUKCAPIL").date(LocalDate.of(2026, 5, 1)).build()), DUKCAPIL)).isEmpty();
        }
        assertThat(finding(into(PositionLevel.JPT_PRATAMA, true).withSigner(MENDAGRI), DUKCAPIL)).isEmpty();
        assertThat(finding(into(PositionLevel.PELAKSANA, true), DUKCAPIL)).isEmpty();
        assertThat(finding(into(PositionLevel.PENGAWAS, false), DUKCAPIL)).isEmpty();
        assertThat(finding(into(PositionLevel.PENGAWAS, true).withKind(Action.INTO_POSITION.kind())
                .withAction(Action.INTO_POSITION), DUKCAPIL)).isPresent();
    }

    @Test
    void regionMayAssignAPltOrPlhToADukcapilPost() {
        for (AssignmentType t : AssignmentType.values()) {
            ImmutableProposal p = into(PositionLevel.JPT_PRATAMA, true);
            p = p.withTarget(ImmutableTarget.copyOf(p.getTarget().orElseThrow()).withAssignment(t));
            assertThat(finding(p, DUKCAPIL).isPresent()).as(t.name()).isEqualTo(t == AssignmentType.DEFINITIF);
        }
    }

    @Test
    void leavingADukcapilPostNeedsTheMinisterToo() {
        ImmutableProposal p = TestProposals.transfer().withEmployee(TestProposals.employee().withCurrentPosition(
                Position.builder().level(PositionLevel.JPT_PRATAMA)
                        .name("Kepala Dinas Kependudukan dan Pencatatan Sipil")
                        .dukcapilUnit(true).since(LocalDate.of(2021, 3, 1)).build()));
        Finding f = finding(p, DUKCAPIL).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getMessage()).contains("diberhentikan dari jabatannya");
    }

    @Test
    void dukcapilFlagIsRequiredForRegionalManagerialPostsButNotForCentralOnes() {
        ImmutableProposal p = TestProposals.transfer();
        ImmutableProposal unknown = p.withTarget(ImmutableTarget.copyOf(p.getTarget().orElseThrow())
                .withPosition(Position.builder().level(PositionLevel.PENGAWAS).build()));
        assertThat(finding(unknown, DUKCAPIL).orElseThrow().getMissing())
                .containsExactly("target.position.dukcapilUnit");
        assertThat(finding(unknown.withEmployee(TestProposals.employee().withAgency(TestProposals.central())),
                DUKCAPIL)).isEmpty();
    }

    @Test
    void relatedPartyInTheDecisionIsAConflictOfInterestWarning() {
        assertThat(finding(TestProposals.transfer(), "MUT-COI")).isEmpty();
        Finding f = finding(TestProposals.transfer().withRelatedParties(RelatedParty.builder()
                .relation(Relation.SPOUSE).role(PartyRole.SUPERIOR).build()), "MUT-COI").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("SPOUSE").contains("SUPERIOR");
    }
}

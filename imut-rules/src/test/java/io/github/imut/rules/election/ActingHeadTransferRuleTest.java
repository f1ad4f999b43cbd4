package io.github.imut.rules.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.ImmutableApproval;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableSigner;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActingHeadTransferRuleTest {
    private static final String ID = "PJ-MUTASI";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    /** The standard rules with a calendar that also covers 2022 (the circular of 14-09-2022). */
    private static final Checker CHECKER = StandardRules.addTo(Checker.builder()).calendar(PoliticalCalendar.builder()
            .coverage(InForce.between(LocalDate.of(2022, 1, 1), LocalDate.of(2028, 12, 31))).build()).build();
    private static final ImmutableSigner PJ_BUPATI = Signer.builder().role(SignerRole.PJ_BUPATI)
            .regionCode(TestProposals.REGION).build();

    private static Optional<Finding> pj(Checker checker, Proposal p) {
        return checker.check(p, AS_OF).finding(ID);
    }

    private static Optional<Finding> pj(Proposal p) {
        return pj(CHECKER, p);
    }

    private static ImmutableProposal rotation(Signer signer) {
        return TestProposals.transfer().withSigner(signer);
    }

    /** An employee of the Pj's own regency moving to a city elsewhere in the province. */
    private static ImmutableProposal leaving(LocalDate date) {
        return TestProposals.transfer().withAction(Action.BETWEEN_AGENCIES).withEffectiveDate(date)
                .withSigner(PJ_BUPATI).withTarget(Target.builder().position(Position.builder()
                        .level(PositionLevel.PENGAWAS).name("Kepala Seksi Lain").dukcapilUnit(false).build())
                        .agency(TestProposals.regency("33.74")).build());
    }

    @Test
    void actingRegentRotatingStaffNeedsTheMinistersWrittenApproval() {
        Finding f = pj(rotation(PJ_BUPATI)).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getApprovalRequiredFrom()).contains(Approver.MENDAGRI);
        assertThat(f.getFacts()).containsEntry("signerCapacity", SignerCapacity.PJ);
        assertThat(f.getMessage()).contains("PJ_BUPATI").contains("persetujuan tertulis Menteri Dalam Negeri");
        assertThat(f.getLegalBasis()).extracting(LegalBasis::citation)
                .contains("PP 49/2008 Pasal 132A ayat (1) huruf a", "PP 49/2008 Pasal 132A ayat (2)");
    }

    @Test
    void pltPjsAndPlhHeadsAreBoundToo() {
        assertThat(pj(rotation(Signer.builder().role(SignerRole.PLT_BUPATI).regionCode("33.01").build())))
                .isPresent();
        assertThat(pj(rotation(Signer.builder().role(SignerRole.PJS_BUPATI).regionCode("33.01").build())))
                .isPresent();
        assertThat(pj(rotation(TestProposals.BUPATI.withCapacity(SignerCapacity.PLH)))).isPresent();
    }

    @Test
    void definitiveHeadAndCentralSignersAreNotConcerned() {
        assertThat(pj(rotation(TestProposals.BUPATI))).isEmpty();
        assertThat(pj(rotation(Signer.builder().role(SignerRole.MENTERI).capacity(SignerCapacity.PLT).build())))
                .isEmpty();
    }

    @Test
    void writtenApprovalDatedOnOrBeforeTheDatePasses() {
        ImmutableApproval a = Approval.builder().from(Approver.MENDAGRI).reference("821/1234/SJ")
                .date(LocalDate.of(2026, 6, 1))
                .build();
        assertThat(pj(rotation(PJ_BUPATI).withApprovals(a))).isEmpty();
        assertThat(pj(rotation(PJ_BUPATI).withApprovals(a.withDate(LocalDate.of(2026, 6, 2))))).isPresent();
    }

    @Test
    void consentToLeaveTheRegionIsPreApprovedFromTheCircularsDate() {
        assertThat(pj(leaving(LocalDate.of(2022, 9, 13))).orElseThrow().getOutcome())
                .isEqualTo(Outcome.NEEDS_APPROVAL);
        Finding f = pj(leaving(LocalDate.of(2022, 9, 14))).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("7 hari kerja");
        assertThat(pj(leaving(LocalDate.of(2022, 9, 15))).orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void admittingAnEmployeeIntoTheOwnRegionNeedsApprovalUnlessTheSwitchSaysOtherwise() {
        ImmutableProposal arriving = leaving(LocalDate.of(2023, 6, 5))
                .withSigner(PJ_BUPATI.withRegionCode("33.74"));
        assertThat(pj(arriving).orElseThrow().getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        Checker lenient = StandardRules.addTo(Checker.builder()).calendar(CHECKER.calendar())
                .setSwitch(ActingHeadTransferRule.BLANKET_FOR_RECEIVING, true).build();
        assertThat(pj(lenient, arriving).orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void blanketApprovalIsNotHonouredInsideThePilkadaFreezeByDefault() {
        Checker standard = TestProposals.checker();
        assertThat(pj(standard, leaving(LocalDate.of(2024, 3, 21))).orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
        Finding f = pj(standard, leaving(LocalDate.of(2024, 3, 22))).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getFacts()).containsEntry("freezeStart", LocalDate.of(2024, 3, 22));
        Checker survives = StandardRules.addTo(Checker.builder())
                .setSwitch(ActingHeadTransferRule.BLANKET_IN_FREEZE, true).build();
        assertThat(pj(survives, leaving(LocalDate.of(2024, 3, 22))).orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void regionalSecretarySigningIsFlaggedForTheHeadsCapacity() {
        Finding f = pj(rotation(Signer.builder().role(SignerRole.SEKDA).capacity(SignerCapacity.DEFINITIF)
                .regionCode("33.01").build())).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void appliesToAppointmentsIntoPositions() {
        assertThat(pj(rotation(PJ_BUPATI).withKind(Action.INTO_POSITION.kind()).withAction(Action.INTO_POSITION)))
                .isPresent();
        assertThat(new ActingHeadTransferRule().descriptor().appliesTo(Action.RETIREMENT_AGE)).isFalse();
    }

    @Test
    void missingSignerOrCapacityIsIncomplete() {
        assertThat(pj(TestProposals.transfer().withSigner(Optional.empty())).orElseThrow().getMissing())
                .containsExactly("signer");
        assertThat(pj(rotation(TestProposals.BUPATI.withCapacity(Optional.empty()))).orElseThrow().getMissing())
                .containsExactly("signer.capacity");
    }
}

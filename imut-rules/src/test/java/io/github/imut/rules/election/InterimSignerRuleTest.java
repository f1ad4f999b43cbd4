package io.github.imut.rules.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Verdict;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.ImmutableApproval;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterimSignerRuleTest {
    private static final String ID = "INTERIM-BKN";
    private static final Checker CHECKER = TestProposals.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final Signer PLH_SEKJEN = Signer.builder().role(SignerRole.PEJABAT_YANG_BERWENANG)
            .capacity(SignerCapacity.PLH).build();

    private static Optional<Finding> interim(Proposal p) {
        return CHECKER.check(p, AS_OF).finding(ID);
    }

    private static ImmutableProposal centralRotation(Signer signer) {
        return TestProposals.transfer().withEmployee(TestProposals.employee().withAgency(TestProposals.central()))
                .withSigner(signer);
    }

    @Test
    void interimPpkNeedsBkn() {
        Finding f = interim(centralRotation(PLH_SEKJEN)).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getApprovalRequiredFrom()).contains(Approver.BKN);
        assertThat(f.getMessage()).contains("PLH").contains("BKN");
    }

    @Test
    void everyInterimCapacityIsConcernedAndDefinitivePasses() {
        for (SignerCapacity c : SignerCapacity.values()) {
            Optional<Finding> f = interim(TestProposals.transfer().withSigner(TestProposals.BUPATI.withCapacity(c)));
            assertThat(f.isPresent()).as(c.name()).isEqualTo(c.isInterim());
        }
        assertThat(interim(TestProposals.transfer().withSigner(Signer.builder().role(SignerRole.PJ_GUBERNUR)
                .regionCode("33").build()))).isPresent();
    }

    @Test
    void bknApprovalOnOrBeforeTheDatePassesButAKanregPertekDoesNot() {
        ImmutableApproval bkn = Approval.builder().from(Approver.BKN).reference("PERTEK-1")
                .date(LocalDate.of(2026, 6, 1))
                .build();
        assertThat(interim(centralRotation(PLH_SEKJEN).withApprovals(bkn))).isEmpty();
        assertThat(interim(centralRotation(PLH_SEKJEN).withApprovals(bkn.withDate(LocalDate.of(2026, 6, 2)))))
                .isPresent();
        assertThat(interim(centralRotation(PLH_SEKJEN).withApprovals(bkn.withFrom(Approver.KANREG_BKN))))
                .isPresent();
    }

    @Test
    void appliesToAppointmentsTransfersAndDismissals() {
        assertThat(new InterimSignerRule().descriptor().appliesTo()).containsAll(java.util.EnumSet.allOf(
                Action.class));
        ImmutableProposal retirement = TestProposals.retirement().withSigner(TestProposals.BUPATI
                .withCapacity(SignerCapacity.PLT));
        assertThat(retirement.getKind()).isEqualTo(ProposalKind.DISMISSAL);
        assertThat(CHECKER.check(retirement, AS_OF).getVerdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(CHECKER.check(TestProposals.retirement(), AS_OF).finding(ID)).isEmpty();
    }

    @Test
    void missingSignerOrCapacityIsIncomplete() {
        assertThat(interim(TestProposals.retirement().withSigner(Optional.empty())).orElseThrow().getMissing())
                .containsExactly("signer");
        assertThat(interim(TestProposals.transfer().withSigner(TestProposals.BUPATI.withCapacity(Optional.empty())))
                .orElseThrow().getMissing()).containsExactly("signer.capacity");
    }
}

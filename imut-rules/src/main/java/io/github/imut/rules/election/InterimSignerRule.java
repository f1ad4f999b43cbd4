package io.github.imut.rules.election;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import java.util.Optional;

/**
 * {@code INTERIM-BKN}: when the staffing authority (PPK) is held by a Pj, Plt or Plh, decisions on appointment,
 * transfer, dismissal and promotion need the written approval (pertimbangan teknis) of BKN; an interim official may
 * not take decisions that change a person's legal personnel status (SE Kepala BKN 1/SE/I/2021, as applied by BKN
 * under Perpres 116/2022).
 *
 * <p>Applies to every appointment, transfer and dismissal, regional or central, whose signer's capacity is interim
 * (Pj, Plt, Plh, and Pjs: a temporary acting head is an interim official too, the safer reading). Without a BKN
 * approval dated on or before the effective date, NEEDS_APPROVAL(BKN). Only an approval from BKN itself counts: the
 * circular speaks of the Kepala BKN's written approval, so a regional office's (Kanreg) pertek for the transfer
 * ({@code MUT-AUTHORITY}) does not satisfy it. A definitive signer passes. Missing signer or capacity gives INCOMPLETE.
 * The signer's own limits as regional head are {@code PJ-MUTASI}.
 */
public final class InterimSignerRule implements Rule {
    static final String ID = "INTERIM-BKN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Keputusan kepegawaian oleh PPK Pj, Plt atau Plh memerlukan persetujuan tertulis BKN",
                    "Personnel decisions of an acting PPK (Pj, Plt, Plh) need BKN's written approval")
            .appliesTo(ProposalKind.APPOINTMENT, ProposalKind.TRANSFER, ProposalKind.DISMISSAL)
            .basis(LegalBasis.of("SE Kepala BKN 1/SE/I/2021"),
                    LegalBasis.of("UU 30/2014").note("nomor pasal belum diverifikasi (diduga Pasal 14, batas "
                            + "kewenangan Plh/Plt)"),
                    LegalBasis.of("Perpres 116/2022").note("sebagaimana diterapkan BKN"))
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Signer> s = proposal.getSigner();
        if (s.isEmpty()) {
            return Evaluation.incomplete("signer");
        }
        Optional<SignerCapacity> capacity = s.get().capacity();
        if (capacity.isEmpty()) {
            return Evaluation.incomplete("signer.capacity");
        }
        if (!capacity.get().isInterim()) {
            return Evaluation.pass();
        }
        Optional<Approval> approval = proposal.approvalFrom(Approver.BKN);
        if (approval.isPresent() && !context.reportsPasses()) {
            return Evaluation.pass(); // no report shows a pass's facts unless passes are reported
        }
        Evaluation.Builder b = approval.isPresent()
                ? Evaluation.of(Outcome.PASS, "approved").fact("approvalReference", approval.get().getReference())
                        .fact("approvalDate", approval.get().getDate())
                : Evaluation.needsApproval(Approver.BKN, "needsApproval");
        return b.fact("signerRole", s.get().getRole()).fact("signerCapacity", capacity.get())
                .fact("kind", proposal.getKind()).fact("effectiveDate", proposal.getEffectiveDate()).build();
    }
}

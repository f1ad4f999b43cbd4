package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;

/**
 * {@code MUT-DOCS}: the document set of a transfer between agencies or at the employee's own request (Peraturan BKN
 * 5/2019 Pasal 3; Pasal 5 repeats it for own requests).
 *
 * <p>This rule checks the items of the catalogue's MUT-DOCS table that no other rule owns:
 * <ul>
 *   <li>{@code SK_PANGKAT_JABATAN}: a copy of the SK of the last rank or position;</li>
 *   <li>{@code SKP}: the performance appraisals of the last two years (their ratings are {@code MUT-SKP-2Y});</li>
 *   <li>{@code PERMOHONAN}: the employee's written request, for an own-request transfer;</li>
 *   <li>{@code USUL_PPK_PENERIMA} and {@code PERSETUJUAN_PPK_ASAL}: the receiving PPK's proposal and the origin PPK's
 *       consent, for a transfer between agencies (the letter may be recorded as a document or as an approval from
 *       {@code PPK_PENERIMA} / {@code PPK_ASAL}; that the letters name the position is {@code MUT-ANJAB}).</li>
 * </ul>
 * The other items have their own rules: PNS status ({@code MUT-CPNS}, {@code MUT-PPPK}), analisis jabatan
 * ({@code MUT-ANJAB}), the discipline statement ({@code MUT-NO-HUKDIS}), the study-leave statement
 * ({@code MUT-NO-TUBEL}) and the inspectorate certificate ({@code MUT-NO-TEMUAN}). A missing item gives INCOMPLETE
 * naming {@code documents[KIND]}; a within-agency move the agency ordered is not concerned.
 */
public final class TransferDocumentsRule implements Rule {
    static final String ID = "MUT-DOCS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Kelengkapan berkas mutasi antar instansi atau atas permintaan sendiri",
                    "Documents for a transfer between agencies or at own request")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(Transfers.PERBAN5_3, Transfers.PERBAN5_5)
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Evaluation scope = Transfers.documentSetScope(proposal, true);
        if (scope != null) {
            return scope;
        }
        Evaluation.Builder b = null;
        b = require(b, proposal, DocumentKind.SK_PANGKAT_JABATAN, null);
        b = require(b, proposal, DocumentKind.SKP, null);
        if (Transfers.ownRequest(proposal)) {
            b = require(b, proposal, DocumentKind.PERMOHONAN, null);
        }
        if (proposal.getAction() == Action.BETWEEN_AGENCIES) {
            b = require(b, proposal, DocumentKind.USUL_PPK_PENERIMA, Approver.PPK_PENERIMA);
            b = require(b, proposal, DocumentKind.PERSETUJUAN_PPK_ASAL, Approver.PPK_ASAL);
        }
        if (b == null) {
            return Evaluation.pass();
        }
        return b.fact("action", proposal.getAction()).fact("ownRequest", Transfers.ownRequest(proposal)).build();
    }

    private static Evaluation.Builder require(Evaluation.Builder b, Proposal proposal, DocumentKind kind,
            Approver letterFrom) {
        if (proposal.hasDocument(kind) || letterFrom != null && Transfers.approval(proposal, letterFrom) != null) {
            return b;
        }
        Evaluation.Builder out = b != null ? b : Evaluation.of(Outcome.INCOMPLETE, "missing");
        return out.missing(Transfers.path(kind));
    }
}

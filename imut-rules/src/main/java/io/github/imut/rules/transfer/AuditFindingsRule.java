package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.Optional;

/**
 * {@code MUT-NO-TEMUAN}: a transfer between agencies or at own request needs the origin inspectorate's certificate
 * that the employee has no outstanding audit findings (surat keterangan bebas temuan) (Peraturan BKN 5/2019 Pasal 3).
 *
 * <p>FAIL when {@code employee.openAuditFindings} is true; otherwise the certificate ({@code BEBAS_TEMUAN}) must be
 * attached, else INCOMPLETE naming {@code documents[BEBAS_TEMUAN]}. A within-agency move the agency ordered is not
 * concerned; when the proposal does not say who initiated a within-agency move, {@code MUT-DOCS} names the field
 * and this rule is silent.
 */
public final class AuditFindingsRule implements Rule {
    static final String ID = "MUT-NO-TEMUAN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Surat keterangan bebas temuan dari Inspektorat instansi asal",
                    "Certificate of no outstanding audit findings from the origin inspectorate")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(Transfers.PERBAN5_3)
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Evaluation scope = Transfers.documentSetScope(proposal, false);
        if (scope != null) {
            return scope;
        }
        Optional<Boolean> open = proposal.getEmployee().getOpenAuditFindings();
        if (open.isPresent() && open.get()) {
            return Evaluation.fail("openFindings").fact("effectiveDate", proposal.getEffectiveDate()).build();
        }
        if (proposal.hasDocument(DocumentKind.BEBAS_TEMUAN)) {
            return Evaluation.pass();
        }
        return Evaluation.of(Outcome.INCOMPLETE, "missing").missing(Transfers.path(DocumentKind.BEBAS_TEMUAN))
                .fact("action", proposal.getAction()).build();
    }
}

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

/**
 * {@code MUT-NO-HUKDIS}: a transfer between agencies or at own request needs the origin agency's statement that the
 * employee is not in disciplinary proceedings, not serving a disciplinary sentence and not in a judicial process,
 * signed by the PPK or an official of at least JPT pratama in charge of personnel (Peraturan BKN 5/2019 Pasal 3).
 *
 * <p>This rule checks the statement document ({@code SP_HUKDIS}) only; a missing statement gives INCOMPLETE naming
 * {@code documents[SP_HUKDIS]}. The factual block — no transfer while the employee is under a disciplinary sanction,
 * examination or judicial process, read from {@code employee.sanctions} and {@code employee.openProceedings} — is the
 * discipline module's {@code DISIPLIN-BLOCK-MUTASI} and is deliberately not repeated here. The signatory of the
 * statement is not modelled and is left to the verifier. A within-agency move the agency ordered is not concerned;
 * when the proposal does not say who initiated a within-agency move, {@code MUT-DOCS} names the field and this rule
 * is silent.
 */
public final class DisciplineStatementRule implements Rule {
    static final String ID = "MUT-NO-HUKDIS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Surat pernyataan tidak sedang menjalani proses atau hukuman disiplin dan proses peradilan",
                    "Statement of no disciplinary proceedings, sanction or judicial process")
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
        if (proposal.hasDocument(DocumentKind.SP_HUKDIS)) {
            return Evaluation.pass();
        }
        return Evaluation.of(Outcome.INCOMPLETE, "missing").missing(Transfers.path(DocumentKind.SP_HUKDIS))
                .fact("action", proposal.getAction()).build();
    }
}

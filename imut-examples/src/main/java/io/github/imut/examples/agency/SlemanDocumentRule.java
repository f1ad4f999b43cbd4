package io.github.imut.examples.agency;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;

/**
 * An agency's own rule, as an example of extending imut: the (fictitious) Kabupaten Sleman regulation requires an
 * analisis jabatan for every transfer. Agency rule IDs carry the agency's prefix ({@code SLM-}).
 */
public final class SlemanDocumentRule implements Rule {
    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder("SLM-ANJAB")
            .title("Mutasi di Kabupaten Sleman disertai analisis jabatan",
                    "Transfers in Sleman regency carry a job analysis")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(LegalBasis.of("Peraturan Bupati Sleman (contoh)").article("5"))
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        return proposal.hasDocument(DocumentKind.ANJAB_ABK) ? Evaluation.pass()
                : Evaluation.incomplete("documents[ANJAB_ABK]");
    }
}

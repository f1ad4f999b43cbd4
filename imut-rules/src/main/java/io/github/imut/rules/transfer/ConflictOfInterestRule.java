package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.RelatedParty;
import java.util.List;

/**
 * {@code MUT-COI}: a transfer must observe the prohibition of conflicts of interest (PP 11/2017 Pasal 190 ayat (5)).
 *
 * <p>Checkable only from relationship data: when {@code relatedParties} names a spouse or relative of the employee
 * who will be the superior in the target position, signs or proposes the decision, or sits on the assessment team,
 * the outcome is WARNING for the verifier (the text sets no mechanical test). Without relationship data the rule is
 * silent: the catalogue makes it a warning "if relationship data exist", and a warning rule does not turn absent data
 * into a worse verdict.
 */
public final class ConflictOfInterestRule implements Rule {
    static final String ID = "MUT-COI";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Mutasi memperhatikan larangan konflik kepentingan",
                    "A transfer observes the prohibition of conflicts of interest")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(LegalBasis.of("PP 11/2017").article("190").paragraph("5"))
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        List<RelatedParty> parties = proposal.getRelatedParties();
        if (parties.isEmpty()) {
            return Evaluation.notApplicable();
        }
        RelatedParty first = parties.get(0);
        return Evaluation.warning("related").fact("relation", first.getRelation()).fact("role", first.getRole())
                .fact("count", parties.size()).build();
    }
}

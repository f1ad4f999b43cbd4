package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;

/**
 * {@code DISIPLIN-BLOCK-MUTASI}: a PNS may be transferred only if "tidak sedang dalam proses atau menjalani hukuman
 * disiplin dan/atau proses peradilan" (Peraturan BKN 5/2019 Pasal 3): not under disciplinary proceedings (an
 * examination, or an administrative appeal still pending), not serving a disciplinary sanction and not in a judicial
 * process, on the effective date.
 *
 * <p>This is the factual block, judged from the employee's record through {@link DisciplineStatus}, for every
 * transfer action; the origin agency's statement document ({@code MUT-NO-HUKDIS}) is a separate rule. FAIL with the
 * day after the sanction as earliest compliant date when a sanction is the only obstacle; INCOMPLETE when a
 * sanction's period cannot be determined.
 */
public final class DisciplineBlocksTransferRule implements Rule {
    static final String ID = "DISIPLIN-BLOCK-MUTASI";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tidak sedang dalam proses atau menjalani hukuman disiplin atau proses peradilan saat mutasi",
                    "No transfer while under disciplinary proceedings, a sanction or a judicial process")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(LegalBasis.of("Peraturan BKN 5/2019").article("3"))
            .confidence(Confidence.S)
            .parameters(SanctionTypes.monthsParameters())
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        DisciplineStatus status = DisciplineStatus.of(proposal.getEmployee(), proposal.getEffectiveDate(), context);
        Evaluation e = Obstacles.evaluate(status, Outcome.FAIL, proposal.getEffectiveDate(), true, true, true);
        return e == null ? Evaluation.pass() : e;
    }
}

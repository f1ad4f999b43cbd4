package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Proposal;

/**
 * {@code BERHENTI-PIDANA-2TH}: a PNS sentenced by a final judgment to at least 2 years' prison for an offence "yang
 * dilakukan dengan tidak berencana" may be dismissed with honour, or kept if the act does not degrade the dignity of
 * a PNS, the performance is good, the workplace is not harmed and a vacancy exists (PP 11/2017 Pasal 247-248;
 * procedure Pasal 266).
 *
 * <p>The dismissal is the PPK's assessment, so only the facts are checked: INCOMPLETE without the final judgment
 * (date, document), the sentence or premeditation; FAIL if the sentence is under {@code
 * criminal.sentence.threshold.months} or the offence was premeditated (another ground applies) or the case is not a
 * conviction; the effective date is the end of the month the judgment became final (BKN knowledge base, U): before
 * the judgment fails, another date warns.
 */
public final class LongSentenceRule implements Rule {
    static final String ID = "BERHENTI-PIDANA-2TH";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian karena pidana penjara paling singkat 2 tahun tidak berencana",
                    "Dismissal for a sentence of at least 2 years, not premeditated")
            .appliesTo(Action.OTHER_GROUND)
            .basis(Bases.PP11.article("247"), Bases.PP11.article("248"), Bases.PP11.article("266"),
                    Bases.UU20_52.paragraph("3").letter("h"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("criminal.sentence.threshold.months")
            .switches(MonthEnd.FIRST_OF_NEXT)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (Grounds.of(proposal) != DismissalGround.SENTENCE_2Y) {
            return Evaluation.notApplicable();
        }
        Need need = Conviction.need(proposal, true);
        if (need.any()) {
            return need.build();
        }
        CriminalCase c = proposal.getEmployee().getCriminalCase().get();
        Evaluation e = Conviction.notConvicted(c);
        if (e != null) {
            return e;
        }
        int threshold = context.intParameter("criminal.sentence.threshold.months");
        if (c.getSentenceMonths().get() < threshold || c.getPremeditated().get()) {
            return Evaluation.fail("facts").fact("sentenceMonths", c.getSentenceMonths().get())
                    .fact("premeditated", c.getPremeditated().get()).fact("thresholdMonths", threshold).build();
        }
        e = Conviction.effectiveDate(proposal.getEffectiveDate(), c.getFinalJudgmentOn().get(), context, false);
        return e == null ? Evaluation.pass() : e;
    }
}

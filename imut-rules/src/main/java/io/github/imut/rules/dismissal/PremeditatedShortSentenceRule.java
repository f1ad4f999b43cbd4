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
 * {@code BERHENTI-PIDANA-LT2-BERENCANA}: a PNS sentenced to less than 2 years' prison for a premeditated offence is
 * dismissed with honour not at own request (PDHTAPS), effective at the end of the month the judgment became final
 * (PP 11/2017; the pasal was not seen — BKN Denpasar knowledge base, S).
 *
 * <p>INCOMPLETE without the judgment, sentence or premeditation; FAIL if the facts call for another ground or the
 * case is not a conviction; the effective date: before the judgment fails, another date than the month's end warns.
 * The kind (PDHTAPS) is {@code BERHENTI-GROUNDS}.
 */
public final class PremeditatedShortSentenceRule implements Rule {
    static final String ID = "BERHENTI-PIDANA-LT2-BERENCANA";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("PDHTAPS karena pidana penjara kurang dari 2 tahun yang berencana",
                    "PDHTAPS for a sentence under 2 years for a premeditated offence")
            .appliesTo(Action.OTHER_GROUND)
            .basis(Bases.PP11.note("Pasal tidak dilihat; dilaporkan basis pengetahuan BKN"))
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
        if (Grounds.of(proposal) != DismissalGround.SENTENCE_UNDER_2Y_PREMEDITATED) {
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
        if (c.getSentenceMonths().get() >= threshold || !c.getPremeditated().get()) {
            return Evaluation.fail("facts").fact("sentenceMonths", c.getSentenceMonths().get())
                    .fact("premeditated", c.getPremeditated().get()).fact("thresholdMonths", threshold).build();
        }
        e = Conviction.effectiveDate(proposal.getEffectiveDate(), c.getFinalJudgmentOn().get(), context, false);
        return e == null ? Evaluation.pass() : e;
    }
}

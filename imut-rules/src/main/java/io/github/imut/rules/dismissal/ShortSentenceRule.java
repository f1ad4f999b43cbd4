package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Proposal;
import io.github.imut.model.ReactivationReason;
import java.time.LocalDate;

/**
 * {@code BERHENTI-PIDANA-LT2}: a PNS sentenced to less than 2 years' prison for an offence not premeditated is not
 * dismissed if a vacancy exists; while imprisoned they receive no rights; after release they are reactivated when a
 * vacancy exists, and dismissed with honour if not re-placed within 2 years (PP 11/2017 Pasal 248-249).
 *
 * <ul>
 *   <li>Dismissal on this ground: INCOMPLETE without the judgment, the sentence, premeditation or the release date;
 *       FAIL if the facts call for another ground, or if it takes effect before release plus
 *       {@code criminal.replacement.years} (earliest compliant date; a 29 February release waits to 1 March).</li>
 *   <li>Reactivation after the sentence: FAIL before the release, or after the 2 years (the employee is then to be
 *       dismissed; a 29 February release ends the window on 28 February).</li>
 * </ul>
 */
public final class ShortSentenceRule implements Rule {
    static final String ID = "BERHENTI-PIDANA-LT2";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pidana penjara kurang dari 2 tahun tidak berencana: pengaktifan kembali atau berhenti setelah 2 "
                    + "tahun", "Sentence under 2 years, not premeditated: reactivation, or dismissal after 2 years")
            .appliesTo(Action.OTHER_GROUND, Action.REACTIVATION)
            .basis(Bases.PP11.article("248"), Bases.PP11.article("249"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("criminal.sentence.threshold.months", "criminal.replacement.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        boolean reactivation = proposal.getAction() == Action.REACTIVATION;
        if (reactivation ? !(proposal.getReactivation().isPresent()
                && proposal.getReactivation().get().getReason().isPresent()
                && proposal.getReactivation().get().getReason().get() == ReactivationReason.SENTENCE_SERVED)
                : Grounds.of(proposal) != DismissalGround.SENTENCE_UNDER_2Y) {
            return Evaluation.notApplicable();
        }
        CriminalCase c = proposal.getEmployee().getCriminalCase().orElse(null);
        Need need = Conviction.need(proposal, true)
                .field(c != null && c.getReleasedOn().isPresent(), "employee.criminalCase.releasedOn");
        if (need.any()) {
            return need.build();
        }
        Evaluation notConvicted = Conviction.notConvicted(c);
        if (notConvicted != null) {
            return notConvicted;
        }
        int threshold = context.intParameter("criminal.sentence.threshold.months");
        if (c.getSentenceMonths().get() >= threshold || c.getPremeditated().get()) {
            return Evaluation.fail("facts").fact("sentenceMonths", c.getSentenceMonths().get())
                    .fact("premeditated", c.getPremeditated().get()).fact("thresholdMonths", threshold).build();
        }
        LocalDate released = c.getReleasedOn().get();
        int years = context.intParameter("criminal.replacement.years");
        LocalDate effective = proposal.getEffectiveDate();
        if (reactivation) {
            LocalDate windowEnd = LegalDates.plusYears(released, years, LegalDates.LeapDay.FEB_28);
            if (effective.isBefore(released)) {
                return Evaluation.fail("beforeRelease").fact("effectiveDate", effective).fact("releasedOn", released)
                        .earliestCompliantDate(released).build();
            }
            if (effective.isAfter(windowEnd)) {
                return Evaluation.fail("windowClosed").fact("effectiveDate", effective).fact("releasedOn", released)
                        .fact("windowEnd", windowEnd).fact("years", years).build();
            }
            return Evaluation.pass();
        }
        LocalDate from = LegalDates.plusYears(released, years, LegalDates.LeapDay.MAR_1);
        if (effective.isBefore(from)) {
            return Evaluation.fail("tooEarly").fact("effectiveDate", effective).fact("releasedOn", released)
                    .fact("dismissalFrom", from).fact("years", years).earliestCompliantDate(from).build();
        }
        return Evaluation.pass();
    }
}

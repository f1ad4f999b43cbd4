package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.law.LegalDates;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * The facts of a final criminal sentence (putusan berkekuatan hukum tetap) that the criminal dismissal rules share,
 * and the effective date "terhitung mulai akhir bulan" of the judgment becoming final. Stateless.
 */
final class Conviction {
    private Conviction() {
    }

    /**
     * @param p            the proposal
     * @param needSentence whether the sentence length and premeditation are needed
     * @return what is missing of the final judgment's date, the judgment document, the sentence and premeditation
     */
    static Need need(Proposal p, boolean needSentence) {
        CriminalCase c = p.getEmployee().getCriminalCase().orElse(null);
        Need need = new Need().field(c != null && c.getFinalJudgmentOn().isPresent(),
                "employee.criminalCase.finalJudgmentOn").document(p, DocumentKind.PUTUSAN_PENGADILAN);
        if (needSentence) {
            need.field(c != null && c.getSentenceMonths().isPresent(), "employee.criminalCase.sentenceMonths")
                    .field(c != null && c.getPremeditated().isPresent(), "employee.criminalCase.premeditated");
        }
        return need;
    }

    /** @return FAIL when the case's status says it is not (or no longer) a conviction; else null */
    static Evaluation notConvicted(CriminalCase c) {
        if (c.getStatus().isPresent() && c.getStatus().get() != CriminalStatus.CONVICTED) {
            return Evaluation.fail("notConvicted").fact("status", c.getStatus().get()).build();
        }
        return null;
    }

    /**
     * The effective date "terhitung mulai akhir bulan" the judgment became final.
     *
     * @param effective the proposal's effective date
     * @param finalOn   the day the judgment became final
     * @param context   the check context
     * @param strict    whether a date other than the month's end (or the next 1st, see {@link MonthEnd}) fails
     *                  (the provision's wording seen) or only warns (BKN practice, U)
     * @return FAIL before the judgment became final; FAIL or WARNING on another date; null when right
     */
    static Evaluation effectiveDate(LocalDate effective, LocalDate finalOn, CheckContext context, boolean strict) {
        LocalDate due = LegalDates.endOfMonth(finalOn);
        if (effective.isBefore(finalOn)) {
            return Evaluation.fail("beforeFinal").fact("effectiveDate", effective).fact("finalJudgmentOn", finalOn)
                    .fact("dueDate", due).earliestCompliantDate(due).build();
        }
        if (!MonthEnd.accepted(effective, finalOn, context)) {
            Evaluation.Builder b = strict ? Evaluation.fail("endOfMonth") : Evaluation.warning("endOfMonth");
            return b.fact("effectiveDate", effective).fact("finalJudgmentOn", finalOn).fact("dueDate", due)
                    .earliestCompliantDate(due).build();
        }
        return null;
    }
}

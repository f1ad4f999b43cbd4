package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.WorkingDayCalendar;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * Decision deadlines counted in working days (hari kerja) on the check context's {@link WorkingDayCalendar}, for the
 * warning-only deadline rules ({@code BERHENTI-SLA}, {@code BERHENTI-APS-SLA}). Stateless and thread-safe.
 *
 * <p>A deadline "N hari kerja" after a day ends on the N-th working day after it, that day not counted (catalogue
 * section 4.4, U). The decision is the proposal's {@code decisionDate}; while it is not stated, the decision is
 * taken not to have been made by the day of the check, so a check after the deadline warns that it has passed
 * undecided. Where the working-day calendar does not cover a year of the count, the count knows only the weekends
 * and is the earliest the true deadline can be: a decision on or before it is certainly in time (no finding), one
 * after it only possibly late. The rules then warn that the decision may be late, say that national holidays and
 * cuti bersama of the uncovered years are not counted, and never state that the deadline has passed. An overdue
 * decision does not make the dismissal unlawful, so nothing here blocks, and a proposal that does not state the day
 * the period starts from gives no finding (it is not made incomplete for a warning).
 */
final class Deadlines {
    private Deadlines() {
    }

    /**
     * @param proposal the proposal (its decision date)
     * @param context  the check context (as-of date, working-day calendar)
     * @param start    the day the period is counted from (receipt), not counted itself
     * @param days     the period's length
     * @param working  whether {@code days} are working days ({@code false}: calendar days)
     * @param basis    the provision setting the deadline, cited by the finding
     * @return PASS when the decision is (or, undecided, can still be) in time; else a WARNING with message key
     *     {@code overdue}, {@code undecided}, {@code possiblyOverdue} or {@code possiblyUndecided} (in calendar days:
     *     {@code overdueDays}, {@code undecidedDays}), with the facts
     *     {@code receivedOn}, {@code days}, {@code deadline}, {@code decisionDate} or {@code asOf}, and for the
     *     uncertain ones {@code uncoveredYears}
     */
    static Evaluation evaluate(Proposal proposal, CheckContext context, LocalDate start, int days, boolean working,
            LegalBasis basis) {
        WorkingDayCalendar calendar = context.workingDayCalendar();
        LocalDate deadline = working ? calendar.plusWorkingDays(start, days) : start.plusDays(days);
        boolean decided = proposal.getDecisionDate().isPresent();
        LocalDate decision = decided ? proposal.getDecisionDate().get() : context.asOf();
        if (!decision.isAfter(deadline)) {
            return Evaluation.pass();
        }
        boolean exact = !working || calendar.coversAll(start.plusDays(1), deadline);
        String key;
        if (!working) {
            key = decided ? "overdueDays" : "undecidedDays";
        } else if (exact) {
            key = decided ? "overdue" : "undecided";
        } else {
            key = decided ? "possiblyOverdue" : "possiblyUndecided";
        }
        Evaluation.Builder b = Evaluation.warning(key)
                .fact("receivedOn", start).fact("days", days).fact("deadline", deadline)
                .fact(decided ? "decisionDate" : "asOf", decision).basis(basis);
        if (!exact) {
            b.fact("uncoveredYears", uncoveredYears(calendar, start.plusDays(1), decision));
        }
        return b.build();
    }

    /**
     * @return the years from {@code from}'s to {@code to}'s that the calendar does not cover, e.g. {@code 2026} or
     *     {@code 2026, 2027}
     */
    static String uncoveredYears(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        StringBuilder sb = new StringBuilder();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!calendar.covers(y)) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(y);
            }
        }
        return sb.toString();
    }
}

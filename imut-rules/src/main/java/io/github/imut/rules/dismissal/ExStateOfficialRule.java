package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Proposal;
import io.github.imut.model.ReactivationReason;
import io.github.imut.model.StateOffice;
import java.time.LocalDate;

/**
 * {@code BERHENTI-EX-PEJABAT-NEGARA}: after the term as pejabat negara, komisioner or member of a nonstructural body,
 * the PNS reports to the PPK within 1 month and is reactivated when a vacancy exists; one not re-placed within 2
 * years is dismissed with honour, effective at the end of the month (PP 11/2017 Pasal 256, Pasal 278 ayat (2)).
 *
 * <ul>
 *   <li>Dismissal on this ground: INCOMPLETE without the term's end; FAIL before the term's end plus
 *       {@code stateOffice.placement.years} (the earliest compliant date is the end of that month; a 29 February end
 *       waits to 1 March).</li>
 *   <li>Reactivation after the term: FAIL before the term ends, or after the 2 years (a 29 February end closes the
 *       window on 28 February); WARNING when the employee reported late ({@code stateOffice.report.months}) or the
 *       report's date is unknown.</li>
 * </ul>
 */
public final class ExStateOfficialRule implements Rule {
    static final String ID = "BERHENTI-EX-PEJABAT-NEGARA";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("PNS setelah menjadi pejabat negara: diaktifkan kembali atau diberhentikan setelah 2 tahun",
                    "PNS after serving as pejabat negara: reactivated, or dismissed after 2 years")
            .appliesTo(Action.OTHER_GROUND, Action.REACTIVATION)
            .basis(Bases.PP11.article("256"), Bases.PP11.article("278").paragraph("2"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("stateOffice.report.months", "stateOffice.placement.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        boolean reactivation = proposal.getAction() == Action.REACTIVATION;
        if (reactivation ? !Reactivations.is(proposal, ReactivationReason.STATE_OFFICE_ENDED)
                : Grounds.of(proposal) != DismissalGround.EX_STATE_OFFICIAL) {
            return Evaluation.notApplicable();
        }
        StateOffice o = proposal.getEmployee().getStateOffice().orElse(null);
        if (o == null || o.getTermEndsOn().isEmpty()) {
            return Evaluation.incomplete("employee.stateOffice.termEndsOn");
        }
        LocalDate end = o.getTermEndsOn().get();
        LocalDate effective = proposal.getEffectiveDate();
        int years = context.intParameter("stateOffice.placement.years");
        if (!reactivation) {
            LocalDate from = LegalDates.plusYears(end, years, LegalDates.LeapDay.MAR_1);
            if (effective.isBefore(from)) {
                LocalDate due = LegalDates.endOfMonth(from);
                return Evaluation.fail("tooEarly").fact("effectiveDate", effective).fact("termEndsOn", end)
                        .fact("dismissalFrom", from).fact("years", years).earliestCompliantDate(due).build();
            }
            return Evaluation.pass();
        }
        if (!effective.isAfter(end)) {
            return Evaluation.fail("termRunning").fact("effectiveDate", effective).fact("termEndsOn", end)
                    .earliestCompliantDate(end.plusDays(1)).build();
        }
        LocalDate windowEnd = LegalDates.plusYears(end, years, LegalDates.LeapDay.FEB_28);
        if (effective.isAfter(windowEnd)) {
            return Evaluation.fail("windowClosed").fact("effectiveDate", effective).fact("termEndsOn", end)
                    .fact("windowEnd", windowEnd).fact("years", years).build();
        }
        LocalDate reportBy = end.plusMonths(context.intParameter("stateOffice.report.months"));
        if (o.getReportedOn().isEmpty() || o.getReportedOn().get().isAfter(reportBy)) {
            Evaluation.Builder b = Evaluation.warning("lateReport").fact("termEndsOn", end).fact("reportBy", reportBy);
            b.fact("reportedOn", o.getReportedOn().isPresent() ? o.getReportedOn().get().toString() : "-");
            return b.build();
        }
        return Evaluation.pass();
    }
}

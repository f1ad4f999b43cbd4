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
import io.github.imut.model.UnpaidLeave;
import java.time.LocalDate;

/**
 * {@code BERHENTI-CLTN}: after cuti di luar tanggungan negara (unpaid leave) a PNS "wajib melaporkan diri secara
 * tertulis" within 1 month or is dismissed with honour; one who reports but is not placed within 1 year is dismissed
 * with honour (PP 11/2017 Pasal 257).
 *
 * <ul>
 *   <li>Dismissal for not reporting: FAIL if the employee reported within the month after the leave's end (plus
 *       {@code cltn.report.months}, same day of month, clamped), or if it takes effect before that month has passed
 *       (earliest compliant date: the day after).</li>
 *   <li>Dismissal for not being placed: INCOMPLETE without the report's date; FAIL if the report was late (the other
 *       ground applies) or it takes effect before the report plus {@code cltn.placement.years}.</li>
 *   <li>Reactivation after the leave: INCOMPLETE without the report's date; FAIL before the leave ends, if the report
 *       was late, or after the placement year (the employee is then to be dismissed).</li>
 * </ul>
 */
public final class UnpaidLeaveRule implements Rule {
    static final String ID = "BERHENTI-CLTN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Melapor setelah cuti di luar tanggungan negara dan penempatan dalam 1 tahun",
                    "Reporting after unpaid leave (CLTN) and placement within 1 year")
            .appliesTo(Action.OTHER_GROUND, Action.REACTIVATION)
            .basis(Bases.PP11.article("257"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("cltn.report.months", "cltn.placement.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        boolean reactivation = proposal.getAction() == Action.REACTIVATION;
        DismissalGround ground = reactivation ? null : Grounds.of(proposal);
        if (reactivation ? !Reactivations.is(proposal, ReactivationReason.UNPAID_LEAVE_ENDED)
                : ground != DismissalGround.CLTN_NOT_REPORTED && ground != DismissalGround.CLTN_NOT_PLACED) {
            return Evaluation.notApplicable();
        }
        UnpaidLeave l = proposal.getEmployee().getUnpaidLeave().orElse(null);
        boolean needReport = reactivation || ground == DismissalGround.CLTN_NOT_PLACED;
        Need need = new Need().field(l != null && l.getTo().isPresent(), "employee.unpaidLeave.to");
        if (needReport) {
            need.field(l != null && l.getReportedOn().isPresent(), "employee.unpaidLeave.reportedOn");
        }
        if (need.any()) {
            return need.build();
        }
        LocalDate end = l.getTo().get();
        LocalDate reportBy = end.plusMonths(context.intParameter("cltn.report.months"));
        LocalDate effective = proposal.getEffectiveDate();
        boolean reportedInTime = l.getReportedOn().isPresent() && !l.getReportedOn().get().isAfter(reportBy);
        if (ground == DismissalGround.CLTN_NOT_REPORTED) {
            if (reportedInTime) {
                return Evaluation.fail("reported").fact("leaveEnd", end).fact("reportBy", reportBy)
                        .fact("reportedOn", l.getReportedOn().get()).build();
            }
            if (!effective.isAfter(reportBy)) {
                return Evaluation.fail("tooEarly").fact("effectiveDate", effective).fact("leaveEnd", end)
                        .fact("reportBy", reportBy).earliestCompliantDate(reportBy.plusDays(1)).build();
            }
            return Evaluation.pass();
        }
        LocalDate reported = l.getReportedOn().get();
        if (!reportedInTime) {
            return Evaluation.fail("lateReport").fact("leaveEnd", end).fact("reportBy", reportBy)
                    .fact("reportedOn", reported).build();
        }
        int years = context.intParameter("cltn.placement.years");
        if (reactivation) {
            if (!effective.isAfter(end)) {
                return Evaluation.fail("leaveRunning").fact("effectiveDate", effective).fact("leaveEnd", end)
                        .earliestCompliantDate(end.plusDays(1)).build();
            }
            LocalDate windowEnd = LegalDates.plusYears(reported, years, LegalDates.LeapDay.FEB_28);
            if (effective.isAfter(windowEnd)) {
                return Evaluation.fail("windowClosed").fact("effectiveDate", effective).fact("reportedOn", reported)
                        .fact("windowEnd", windowEnd).build();
            }
            return Evaluation.pass();
        }
        LocalDate from = LegalDates.plusYears(reported, years, LegalDates.LeapDay.MAR_1);
        if (effective.isBefore(from)) {
            return Evaluation.fail("notYetUnplaced").fact("effectiveDate", effective).fact("reportedOn", reported)
                    .fact("dismissalFrom", from).earliestCompliantDate(from).build();
        }
        return Evaluation.pass();
    }
}

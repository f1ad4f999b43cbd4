package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.WorkingDayCalendar;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Employee;
import io.github.imut.model.Period;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code BERHENTI-TUBEL}: a PNS who does not report back within 15 working days after completing or ending study
 * leave (tugas belajar) is dismissed with honour not at own request (PP 11/2017 Pasal 259; the kind is
 * {@code BERHENTI-GROUNDS}'s). Applies to a dismissal on that ground.
 *
 * <p>The leave is the employee's study leave that started last; the period is the
 * {@code study.leave.report.working.days}-th working day after its last day (that day not counted).
 * <ul>
 *   <li>INCOMPLETE: no study leave, or its last day unknown.</li>
 *   <li>FAIL: the employee reported back ({@code employee.studyLeaveReportedOn}) within the period; or, not having
 *       reported, the dismissal takes effect on or before the period's last day (earliest compliant date: the day
 *       after, when the calendar covers the period).</li>
 *   <li>WARNING: the late report, or the effective date, lies after the period counted on weekends only, and the
 *       working-day calendar does not cover a year of it (the default covers none). Holidays only move the period's
 *       end later, so an earlier day is certainly within the period, but a later one only possibly past it: the
 *       warning says so and names the years whose national holidays and cuti bersama are missing; it does not state
 *       that the period has passed. Not INCOMPLETE by default: the proposal's file is complete, the missing data is
 *       reference data imut does not ship, and a dismissal months after the leave would otherwise be BTL in every
 *       agency until someone loads a calendar. Switch {@value #UNKNOWN_HOLIDAYS_SWITCH} (default off) makes this
 *       case INCOMPLETE ({@code workingDayCalendar}), as the pilkada rules treat an uncovered political calendar.</li>
 * </ul>
 * No report date means the employee did not report.
 */
public final class StudyLeaveReportRule implements Rule {
    static final String ID = "BERHENTI-TUBEL";
    /** Switch: a period that only a count without the year's holidays puts past makes the proposal incomplete. */
    public static final String UNKNOWN_HOLIDAYS_SWITCH = ID + ".unknown-holidays-incomplete";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Melapor diri paling lama 15 hari kerja setelah tugas belajar",
                    "Reporting back within 15 working days after study leave")
            .appliesTo(Action.OTHER_GROUND)
            .basis(Bases.PP11.article("259"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("study.leave.report.working.days")
            .switches(Switch.of(UNKNOWN_HOLIDAYS_SWITCH, false,
                    "Bila kalender hari kerja tidak memuat hari libur tahun yang dihitung, batas 15 hari kerja yang "
                            + "hanya mungkin telah lewat membuat usulan tidak lengkap (BTL), bukan peringatan",
                    "When the working-day calendar lacks a counted year's holidays, a 15-working-day period that has "
                            + "only possibly passed makes the proposal incomplete (BTL) instead of a warning"))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (Grounds.of(proposal) != DismissalGround.STUDY_LEAVE_NOT_REPORTED) {
            return Evaluation.notApplicable();
        }
        Employee e = proposal.getEmployee();
        List<Period> leaves = e.getStudyLeaves();
        int latest = -1;
        for (int i = 0; i < leaves.size(); i++) {
            if (latest < 0 || leaves.get(i).getFrom().isAfter(leaves.get(latest).getFrom())) {
                latest = i;
            }
        }
        if (latest < 0) {
            return Evaluation.incomplete("employee.studyLeaves");
        }
        if (leaves.get(latest).getTo().isEmpty()) {
            return Evaluation.incomplete("employee.studyLeaves[" + latest + "].to");
        }
        LocalDate end = leaves.get(latest).getTo().get();
        int days = context.intParameter("study.leave.report.working.days");
        WorkingDayCalendar calendar = context.workingDayCalendar();
        LocalDate reportBy = calendar.plusWorkingDays(end, days);
        boolean exact = calendar.coversAll(end.plusDays(1), reportBy);
        LocalDate effective = proposal.getEffectiveDate();
        if (e.getStudyLeaveReportedOn().isPresent()) {
            LocalDate reported = e.getStudyLeaveReportedOn().get();
            if (!reported.isAfter(reportBy)) {
                return Evaluation.fail("reported").fact("leaveEnd", end).fact("days", days)
                        .fact("reportBy", reportBy).fact("reportedOn", reported).build();
            }
            return exact ? Evaluation.pass() : uncovered(context, end, reportBy, reported, days);
        }
        if (!effective.isAfter(reportBy)) {
            Evaluation.Builder b = Evaluation.fail("tooEarly").fact("effectiveDate", effective).fact("leaveEnd", end)
                    .fact("days", days).fact("reportBy", reportBy);
            if (exact) {
                b.earliestCompliantDate(reportBy.plusDays(1));
            }
            return b.build();
        }
        return exact ? Evaluation.pass() : uncovered(context, end, reportBy, effective, days);
    }

    private static Evaluation uncovered(CheckContext context, LocalDate end, LocalDate reportBy, LocalDate tested,
            int days) {
        boolean incomplete = context.isOn(UNKNOWN_HOLIDAYS_SWITCH);
        Evaluation.Builder b = incomplete ? Evaluation.of(Outcome.INCOMPLETE, "calendar").missing("workingDayCalendar")
                : Evaluation.warning("unconfirmed");
        return b.fact("leaveEnd", end).fact("days", days).fact("reportBy", reportBy).fact("testedDate", tested)
                .fact("uncoveredYears", Deadlines.uncoveredYears(context.workingDayCalendar(), end.plusDays(1),
                        tested)).build();
    }
}

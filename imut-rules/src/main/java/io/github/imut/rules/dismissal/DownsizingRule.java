package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Employee;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-PERAMPINGAN}: a PNS made surplus by downsizing or government policy is first redeployed; if that is
 * impossible, one aged 50 with 10 years' service is dismissed with honour and a pension, and any other receives
 * waiting pay (uang tunggu) for at most 5 years before being dismissed (PP 11/2017 Pasal 241; UU 11/1969 Pasal 9
 * ayat (2) and (4)); the PPK inventories the surplus and reports it to the Minister PAN-RB and the Kepala BKN (PP
 * 11/2017 Pasal 263).
 *
 * <ul>
 *   <li>INCOMPLETE: no inventory of surplus PNS (document {@code INVENTARISASI_KELEBIHAN_PNS}), birth date or masa
 *       kerja pensiun.</li>
 *   <li>NEEDS_APPROVAL: the Minister PAN-RB's written response to the report, then BKN's (catalogue).</li>
 *   <li>FAIL: an employee below 50/10 on the effective date who received no waiting pay (the dismissal skips it).</li>
 *   <li>WARNING: waiting pay shorter than {@code downsizing.waitingPay.max.years}: the finding gives its end.</li>
 * </ul>
 */
public final class DownsizingRule implements Rule {
    static final String ID = "BERHENTI-PERAMPINGAN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian karena perampingan organisasi atau kebijakan pemerintah",
                    "Dismissal for downsizing or government policy")
            .appliesTo(Action.ORGANISATION_DOWNSIZING)
            .basis(Bases.PP11.article("241"), Bases.PP11.article("263"), Bases.UU11_1969_9.paragraph("2"),
                    Bases.UU11_1969_9.paragraph("4"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("pension.age.min", "pension.service.years.organisational", "downsizing.waitingPay.max.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        Need need = new Need().document(proposal, DocumentKind.INVENTARISASI_KELEBIHAN_PNS)
                .field(e.getBirthDate().isPresent(), "employee.birthDate")
                .field(e.getPensionServiceMonths().isPresent(), "employee.pensionServiceMonths");
        if (need.any()) {
            return need.build();
        }
        LocalDate effective = proposal.getEffectiveDate();
        int minAge = context.intParameter("pension.age.min");
        int minService = context.intParameter("pension.service.years.organisational");
        boolean pension = LegalDates.yearsComplete(e.getBirthDate().get(), minAge, effective, LegalDates.LeapDay.MAR_1)
                && e.getPensionServiceMonths().get() >= minService * 12;
        if (!pension) {
            LocalDate since = proposal.getDismissal().isPresent()
                    ? proposal.getDismissal().get().getWaitingPaySince().orElse(null) : null;
            if (since == null) {
                return Evaluation.fail("noWaitingPay").fact("effectiveDate", effective)
                        .fact("age", LegalDates.completedYears(e.getBirthDate().get(), effective))
                        .fact("serviceYears", e.getPensionServiceMonths().get() / 12).fact("minAge", minAge)
                        .fact("minServiceYears", minService).build();
            }
            int years = context.intParameter("downsizing.waitingPay.max.years");
            LocalDate end = LegalDates.plusYears(since, years, LegalDates.LeapDay.MAR_1);
            if (effective.isBefore(end)) {
                return Evaluation.warning("waitingPayRunning").fact("effectiveDate", effective)
                        .fact("waitingPaySince", since).fact("waitingPayEnd", end).fact("years", years).build();
            }
        }
        if (proposal.approvalFrom(Approver.MENPANRB).isEmpty()) {
            return Evaluation.needsApproval(Approver.MENPANRB, "report").fact("effectiveDate", effective).build();
        }
        if (proposal.approvalFrom(Approver.BKN).isEmpty()) {
            return Evaluation.needsApproval(Approver.BKN, "report").fact("effectiveDate", effective).build();
        }
        return Evaluation.pass();
    }
}

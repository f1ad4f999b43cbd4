package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import io.github.imut.rules.discipline.DisciplineStatus;
import java.time.LocalDate;

/**
 * {@code BERHENTI-APS-BLOCK}: "permintaan berhenti ... tidak dapat dikabulkan apabila: a. sedang dalam proses
 * peradilan karena diduga melakukan tindak pidana kejahatan; b. terikat kewajiban bekerja pada instansi pemerintah
 * ..." (PP 11/2017 Pasal 238 ayat (3) huruf a, b). Applies to resignation and early retirement.
 *
 * <p>FAIL when, on the effective date, a judicial process is open (judged by the shared
 * {@link DisciplineStatus}) or a service bond (ikatan dinas) still runs. The catalogue blocks when the bond's end is
 * after the effective date; a dismissal taking effect on the bond's last day would leave that day unserved, so the
 * bond must have ended before the effective date (the safer reading) and the earliest compliant date is the day after.
 * Huruf c-e (disciplinary examination, appeal, sanction) are {@code DISIPLIN-BLOCK-APS}; huruf f (other reasons of
 * the PPK) is discretionary and not checked.
 */
public final class ResignationBarRule implements Rule {
    static final String ID = "BERHENTI-APS-BLOCK";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Permintaan berhenti tidak dapat dikabulkan selama proses peradilan atau ikatan dinas",
                    "No resignation during a judicial process or a service bond")
            .appliesTo(Action.OWN_REQUEST, Action.EARLY_RETIREMENT)
            .basis(Bases.PP11.article("238").paragraph("3").letter("a"),
                    Bases.PP11.article("238").paragraph("3").letter("b"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (proposal.getEmployee().getStatus().isPresent()
                && proposal.getEmployee().getStatus().get() == EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        LocalDate effective = proposal.getEffectiveDate();
        if (DisciplineStatus.of(proposal.getEmployee(), effective, context).inJudicialProcess()) {
            return Evaluation.fail("judicial").fact("effectiveDate", effective).build();
        }
        if (proposal.getEmployee().getServiceBondUntil().isPresent()
                && !proposal.getEmployee().getServiceBondUntil().get().isBefore(effective)) {
            LocalDate until = proposal.getEmployee().getServiceBondUntil().get();
            return Evaluation.fail("serviceBond").fact("effectiveDate", effective).fact("serviceBondUntil", until)
                    .earliestCompliantDate(until.plusDays(1)).build();
        }
        return Evaluation.pass();
    }
}

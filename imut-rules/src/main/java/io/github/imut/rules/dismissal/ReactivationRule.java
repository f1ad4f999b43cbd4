package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.Proposal;
import io.github.imut.model.ReactivationReason;

/**
 * {@code AKTIF-KEMBALI}: a PNS temporarily dismissed for detention is reactivated when the investigation or the
 * prosecution is stopped, or a final judgment acquits or releases them from all charges; they are placed when a
 * vacancy exists, with pay from the appointment; the income withheld is paid only on acquittal, not after a
 * probationary sentence (PP 11/2017 Pasal 285 ayat (1)-(4)).
 *
 * <ul>
 *   <li>INCOMPLETE: the reactivation's reason; for a reactivation after criminal proceedings, the case's status.</li>
 *   <li>FAIL: a case that has not ended in one of those ways (still open, or a sentence that is not probationary:
 *       {@code BERHENTI-PIDANA-*}); back pay claimed without an acquittal.</li>
 *   <li>WARNING: no back pay after an acquittal.</li>
 * </ul>
 * Reactivation after state office or unpaid leave is {@code BERHENTI-EX-PEJABAT-NEGARA} and {@code BERHENTI-CLTN}.
 */
public final class ReactivationRule implements Rule {
    static final String ID = "AKTIF-KEMBALI";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pengaktifan kembali setelah penyidikan atau penuntutan dihentikan atau putusan bebas",
                    "Reactivation after stopped proceedings or acquittal")
            .appliesTo(Action.REACTIVATION)
            .basis(Bases.PP11.article("285").paragraph("1"), Bases.PP11.article("285").paragraph("2"),
                    Bases.PP11.article("285").paragraph("3"), Bases.PP11.article("285").paragraph("4"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (proposal.getReactivation().isEmpty() || proposal.getReactivation().get().getReason().isEmpty()) {
            return Evaluation.incomplete("reactivation.reason");
        }
        if (proposal.getReactivation().get().getReason().get() != ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED) {
            return Evaluation.notApplicable();
        }
        CriminalCase c = proposal.getEmployee().getCriminalCase().orElse(null);
        if (c == null || c.getStatus().isEmpty()) {
            return Evaluation.incomplete("employee.criminalCase.status");
        }
        CriminalStatus status = c.getStatus().get();
        boolean probation = status == CriminalStatus.CONVICTED && c.getProbation().orElse(false);
        boolean ended = status == CriminalStatus.INVESTIGATION_STOPPED || status == CriminalStatus.PROSECUTION_STOPPED
                || status == CriminalStatus.ACQUITTED || probation;
        if (!ended) {
            return Evaluation.fail("notEnded").fact("status", status).build();
        }
        boolean backPayDue = status == CriminalStatus.ACQUITTED;
        if (proposal.getReactivation().get().getBackPayClaimed().isPresent()) {
            boolean claimed = proposal.getReactivation().get().getBackPayClaimed().get();
            if (claimed && !backPayDue) {
                return Evaluation.fail("noBackPay").fact("status", status).fact("probation", probation).build();
            }
            if (!claimed && backPayDue) {
                return Evaluation.warning("backPayDue").fact("status", status).build();
            }
        }
        return Evaluation.pass();
    }
}

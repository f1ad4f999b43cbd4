package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.HealthExamination;
import io.github.imut.model.Proposal;

/**
 * {@code BERHENTI-TDK-CAKAP}: "PNS diberhentikan dengan hormat apabila tidak cakap jasmani dan/atau rohani sehingga
 * tidak dapat menjalankan tugas dan kewajiban", which "didasarkan pada hasil pemeriksaan tim penguji kesehatan" (PP
 * 11/2017 Pasal 242; procedure Pasal 264).
 *
 * <p>INCOMPLETE without the board's result (document {@code HASIL_TIM_PENGUJI_KESEHATAN} and
 * {@code employee.healthExamination.unfit}); FAIL if the board found the employee fit, or if the dismissal takes
 * effect before the board's result (the earliest compliant date is the result's date). The 14-working-day decision
 * deadline needs a holiday calendar and is not checked.
 */
public final class UnfitnessRule implements Rule {
    static final String ID = "BERHENTI-TDK-CAKAP";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian karena tidak cakap jasmani dan/atau rohani berdasarkan tim penguji kesehatan",
                    "Dismissal for physical or mental unfitness certified by the health board")
            .appliesTo(Action.HEALTH)
            .basis(Bases.PP11.article("242"), Bases.PP11.article("264"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        HealthExamination h = proposal.getEmployee().getHealthExamination().orElse(null);
        Need need = new Need().document(proposal, DocumentKind.HASIL_TIM_PENGUJI_KESEHATAN)
                .field(h != null && h.getUnfit().isPresent(), "employee.healthExamination.unfit");
        if (need.any()) {
            return need.build();
        }
        if (!h.getUnfit().get()) {
            return Evaluation.fail("fit").build();
        }
        if (h.getExaminedOn().isPresent() && proposal.getEffectiveDate().isBefore(h.getExaminedOn().get())) {
            return Evaluation.fail("beforeResult").fact("effectiveDate", proposal.getEffectiveDate())
                    .fact("examinedOn", h.getExaminedOn().get()).earliestCompliantDate(h.getExaminedOn().get())
                    .build();
        }
        return Evaluation.pass();
    }
}

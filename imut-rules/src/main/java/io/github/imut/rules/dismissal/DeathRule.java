package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-MENINGGAL}: "PNS yang meninggal dunia diberhentikan dengan hormat" (PP 11/2017 Pasal 243), the
 * decision due within 14 working days of the proposal (Pasal 265 ayat (3)).
 *
 * <p>INCOMPLETE without the date of death or the death certificate ({@code AKTA_KEMATIAN}); FAIL when the dismissal
 * takes effect before the death (the earliest compliant date is the day of death); WARNING when it takes effect
 * another day than the day of death (the catalogue gives the TMT as the date of death, U). The decision deadline
 * needs a holiday calendar and is not checked.
 */
public final class DeathRule implements Rule {
    static final String ID = "BERHENTI-MENINGGAL";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian karena meninggal dunia atau tewas", "Dismissal on death")
            .appliesTo(Action.DEATH)
            .basis(Bases.PP11.article("243"), Bases.PP11.article("265").paragraph("3"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (Grounds.of(proposal) != DismissalGround.DEATH) {
            return Evaluation.notApplicable();
        }
        Need need = new Need().field(proposal.getEmployee().getDeathDate().isPresent(), "employee.deathDate")
                .document(proposal, DocumentKind.AKTA_KEMATIAN);
        if (need.any()) {
            return need.build();
        }
        LocalDate death = proposal.getEmployee().getDeathDate().get();
        LocalDate effective = proposal.getEffectiveDate();
        if (effective.isBefore(death)) {
            return Evaluation.fail("beforeDeath").fact("effectiveDate", effective).fact("deathDate", death)
                    .earliestCompliantDate(death).build();
        }
        if (!effective.equals(death)) {
            return Evaluation.warning("notDeathDate").fact("effectiveDate", effective).fact("deathDate", death)
                    .build();
        }
        return Evaluation.pass();
    }
}

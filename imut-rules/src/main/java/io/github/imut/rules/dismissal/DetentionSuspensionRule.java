package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code SEMENTARA-DITAHAN}: a PNS "ditahan karena menjadi tersangka tindak pidana" is temporarily dismissed (PP
 * 11/2017 Pasal 276 huruf c, Pasal 277 ayat (4)), since PP 17/2020 "terhitung mulai ... ditahan" (Pasal 280 as
 * amended).
 *
 * <p>INCOMPLETE without the criminal case (or the detention's date of a detained employee); FAIL if the employee
 * was not detained (a suspect at liberty is not temporarily dismissed); an effective date other than the first day
 * of detention fails for a detention from 2021 (certainly under PP 17/2020; the day of detention is the earliest
 * compliant date) and warns for an earlier one (the original text was not recorded).
 */
public final class DetentionSuspensionRule implements Rule {
    static final String ID = "SEMENTARA-DITAHAN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian sementara karena ditahan sebagai tersangka", "Temporary dismissal on detention")
            .appliesTo(Action.TEMPORARY)
            .basis(Bases.PP11.article("276").letter("c"), Bases.PP11.article("277").paragraph("4"),
                    Bases.PP11.article("280").note("Sebagaimana diubah PP 17/2020"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (Grounds.of(proposal) != DismissalGround.DETENTION) {
            return Evaluation.notApplicable();
        }
        CriminalCase c = proposal.getEmployee().getCriminalCase().orElse(null);
        if (c == null) {
            return Evaluation.incomplete("employee.criminalCase.detainedOn");
        }
        if (c.getDetainedOn().isEmpty()) {
            if (c.getStatus().isEmpty() || c.getStatus().get() == CriminalStatus.DETAINED) {
                return Evaluation.incomplete("employee.criminalCase.detainedOn");
            }
            return Evaluation.fail("notDetained").fact("status", c.getStatus().get()).build();
        }
        LocalDate detained = c.getDetainedOn().get();
        if (!proposal.getEffectiveDate().equals(detained)) {
            Evaluation.Builder b = Bases.underPp17(detained) > 0 ? Evaluation.fail("effectiveDate")
                    .earliestCompliantDate(detained) : Evaluation.warning("effectiveDate");
            return b.fact("effectiveDate", proposal.getEffectiveDate()).fact("detainedOn", detained).build();
        }
        return Evaluation.pass();
    }
}

package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-APS}: "PNS yang mengajukan permintaan berhenti, diberhentikan dengan hormat sebagai PNS" and the
 * dismissal "dapat ditunda untuk paling lama 1 (satu) tahun, apabila PNS yang bersangkutan masih diperlukan untuk
 * kepentingan dinas" (PP 11/2017 Pasal 238 ayat (1)-(2); Pasal 261). Applies to resignation and early retirement.
 *
 * <p>INCOMPLETE without the written request (document {@code PERMOHONAN}) or the day it was received; FAIL when the
 * effective date is later than the request's receipt plus {@code resignation.deferral.max.years} (a 29 February
 * receipt ends the year on 28 February: the earlier day, since it is a maximum). The 14-working-day decision deadline
 * (Pasal 261) is {@code BERHENTI-APS-SLA}'s.
 */
public final class ResignationRule implements Rule {
    static final String ID = "BERHENTI-APS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian atas permintaan sendiri: dapat ditunda paling lama 1 tahun",
                    "Resignation: may be deferred at most 1 year")
            .appliesTo(Action.OWN_REQUEST, Action.EARLY_RETIREMENT)
            .basis(Bases.PP11.article("238").paragraph("1"), Bases.PP11.article("238").paragraph("2"),
                    Bases.PP11.article("261"),
                    LegalBasis.of("UU 20/2023").article("52").paragraph("2").inForce(Bases.UNDER_UU20))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("resignation.deferral.max.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (proposal.getEmployee().getStatus().orElse(null) == EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        boolean received = proposal.getDismissal().isPresent()
                && proposal.getDismissal().get().getRequestReceivedOn().isPresent();
        Need need = new Need().document(proposal, DocumentKind.PERMOHONAN)
                .field(received, "dismissal.requestReceivedOn");
        if (need.any()) {
            return need.build();
        }
        LocalDate request = proposal.getDismissal().get().getRequestReceivedOn().get();
        int years = context.intParameter("resignation.deferral.max.years");
        LocalDate latest = LegalDates.plusYears(request, years, LegalDates.LeapDay.FEB_28);
        if (proposal.getEffectiveDate().isAfter(latest)) {
            return Evaluation.fail("deferredTooLong").fact("effectiveDate", proposal.getEffectiveDate())
                    .fact("requestReceivedOn", request).fact("latestDate", latest).fact("years", years).build();
        }
        return Evaluation.pass();
    }
}

package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Proposal;
import io.github.imut.model.StateOffice;
import io.github.imut.model.StateOfficeKind;
import java.time.LocalDate;

/**
 * {@code SEMENTARA-PEJABAT-NEGARA}: a PNS appointed ketua, wakil ketua or anggota of the Mahkamah Konstitusi, BPK or
 * Komisi Yudisial, ketua or wakil ketua of the KPK, menteri or equal, Duta Besar LBBP (except from the JF Diplomat)
 * or komisioner or anggota of a nonstructural body is temporarily dismissed from the inauguration to the end of the
 * term, with no PNS income from the month after the inauguration (PP 11/2017 Pasal 276 huruf a-b, Pasal 277-279;
 * UU 20/2023 Pasal 53; UU 5/2014 Pasal 88).
 *
 * <p>INCOMPLETE without the office or the inauguration date; FAIL for an office not on the list (a legislature or
 * regional-head seat is reached by candidacy, so by resignation: {@code BERHENTI-CALON}), or an effective date other
 * than the inauguration (which is the earliest compliant date). The finding states when pay stops.
 */
public final class StateOfficeSuspensionRule implements Rule {
    static final String ID = "SEMENTARA-PEJABAT-NEGARA";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian sementara karena diangkat menjadi pejabat negara atau anggota lembaga nonstruktural",
                    "Temporary dismissal on appointment as pejabat negara or member of a nonstructural body")
            .appliesTo(Action.TEMPORARY)
            .basis(Bases.PP11.article("276").letter("a"), Bases.PP11.article("276").letter("b"),
                    Bases.PP11.article("277"), Bases.PP11.article("278"), Bases.PP11.article("279"),
                    LegalBasis.of("UU 20/2023").article("53").inForce(Bases.UNDER_UU20),
                    LegalBasis.of("UU 5/2014").article("88").inForce(Bases.UNDER_UU5))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (Grounds.of(proposal) != DismissalGround.STATE_OFFICE) {
            return Evaluation.notApplicable();
        }
        StateOffice o = proposal.getEmployee().getStateOffice().orElse(null);
        Need need = new Need().field(o != null && o.getOffice().isPresent(), "employee.stateOffice.office")
                .field(o != null && o.getInauguratedOn().isPresent(), "employee.stateOffice.inauguratedOn");
        if (need.any()) {
            return need.build();
        }
        StateOfficeKind office = o.getOffice().get();
        if (office == StateOfficeKind.LEGISLATURE || office == StateOfficeKind.REGIONAL_HEAD) {
            return Evaluation.fail("elected").fact("office", office).build();
        }
        if (office == StateOfficeKind.AMBASSADOR_FROM_DIPLOMAT || office == StateOfficeKind.OTHER) {
            return Evaluation.fail("notListed").fact("office", office).build();
        }
        LocalDate inauguration = o.getInauguratedOn().get();
        if (!proposal.getEffectiveDate().equals(inauguration)) {
            return Evaluation.fail("effectiveDate").fact("effectiveDate", proposal.getEffectiveDate())
                    .fact("inauguratedOn", inauguration).fact("payStopsFrom", LegalDates.firstOfNextMonth(inauguration))
                    .earliestCompliantDate(inauguration).build();
        }
        return Evaluation.pass();
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;

/**
 * {@code NONASN-BAN}: the PPK and other officials may not appoint non-ASN staff to fill ASN positions (UU 20/2023
 * Pasal 65; catalogue V, quoted by Viva; ayat (3) sanctions the appointing official). In force from the law's
 * promulgation, 2023-10-31.
 *
 * <ul>
 *   <li>FAIL: the person is {@code NON_ASN} (e.g. tenaga honorer), whatever the assignment, Plt included;</li>
 *   <li>WARNING: a member of the TNI or Polri, who may fill certain ASN posts (UU 20/2023 Pasal 19-20); the
 *       catalogue does not list them, so a person must confirm the post is one;</li>
 *   <li>INCOMPLETE: status unknown; PASS: CPNS, PNS or PPPK.</li>
 * </ul>
 * Applies to appointments of a CPNS as PNS, into a position and of a PPPK into a position.
 */
public final class NonAsnBanRule implements Rule {
    static final String ID = "NONASN-BAN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("PPK dilarang mengangkat pegawai non-ASN untuk mengisi jabatan ASN",
                    "No appointment of non-ASN staff into ASN positions")
            .appliesTo(Action.CPNS_TO_PNS, Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("UU 20/2023").article("65").inForce(Bases.UNDER_UU20),
                    LegalBasis.of("UU 20/2023").article("19-20").inForce(Bases.UNDER_UU20)
                            .note("Pengecualian prajurit TNI dan anggota Polri pada jabatan ASN tertentu"))
            .inForce(Bases.UNDER_UU20)
            .confidence(Confidence.V)
            .build();

    private static final LegalBasis BAN = DESCRIPTOR.basis().get(0);
    private static final LegalBasis EXCEPTION = DESCRIPTOR.basis().get(1);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        EmploymentStatus status = proposal.getEmployee().getStatus().orElse(null); // one call: it allocates
        if (status == null) {
            return Evaluation.incomplete("employee.status");
        }
        switch (status) {
            case NON_ASN:
                return Evaluation.fail("nonAsn").fact("status", status)
                        .fact("effectiveDate", proposal.getEffectiveDate()).basis(BAN).build();
            case TNI:
            case POLRI:
                return Evaluation.warning("tniPolri").fact("status", status)
                        .fact("effectiveDate", proposal.getEffectiveDate()).basis(BAN, EXCEPTION).build();
            default:
                return Evaluation.pass();
        }
    }
}

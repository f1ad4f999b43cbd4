package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;

/**
 * {@code MUT-CPNS}: a CPNS serves the probation year in the formasi and unit for which they were selected and cannot
 * be transferred before appointment as PNS; a mutasi requires PNS status (Peraturan BKN 5/2019 Pasal 3). BKN warns
 * that an unlawful move can annul the NIP. Unknown status gives INCOMPLETE.
 */
public final class CpnsTransferRule implements Rule {
    static final String ID = "MUT-CPNS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("CPNS tidak dapat dimutasi sebelum diangkat menjadi PNS",
                    "A CPNS cannot be transferred before appointment as PNS")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(LegalBasis.of("Peraturan BKN 5/2019").article("3"),
                    LegalBasis.of("PP 11/2017").note("Masa percobaan CPNS; nomor pasal belum diverifikasi"))
            .confidence(Confidence.S)
            .build();

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
        if (status == EmploymentStatus.CPNS) {
            Evaluation.Builder b = Evaluation.fail("cpns").fact("status", EmploymentStatus.CPNS)
                    .fact("effectiveDate", proposal.getEffectiveDate());
            proposal.getEmployee().getTmtCpns().ifPresent(d -> b.fact("tmtCpns", d));
            return b.build();
        }
        return Evaluation.pass();
    }
}

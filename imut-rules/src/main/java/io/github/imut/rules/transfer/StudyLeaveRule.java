package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Period;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code MUT-NO-TUBEL}: a transfer between agencies or at own request needs the statement that the employee is not on
 * study leave (tugas belajar) and not bound by a service bond (ikatan dinas) (Peraturan BKN 5/2019 Pasal 3).
 *
 * <p>FAIL when a study leave in {@code employee.studyLeaves} contains the effective date (the day after its end is
 * the earliest compliant date; none while its end is unknown) or the service bond runs on or after it
 * ({@code employee.serviceBondUntil >= effectiveDate}; earliest compliant date the day after). Otherwise the statement
 * ({@code SP_TUBEL}) must be attached, else INCOMPLETE: an empty list of study leaves cannot tell "none" from "not
 * given", the statement can. A within-agency move the agency ordered is not concerned; when the
 * proposal does not say who initiated a within-agency move, {@code MUT-DOCS} names the field and this rule is
 * silent.
 */
public final class StudyLeaveRule implements Rule {
    static final String ID = "MUT-NO-TUBEL";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tidak sedang tugas belajar dan tidak terikat ikatan dinas",
                    "Not on study leave and not bound by a service bond")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(Transfers.PERBAN5_3)
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Evaluation scope = Transfers.documentSetScope(proposal, false);
        if (scope != null) {
            return scope;
        }
        LocalDate effective = proposal.getEffectiveDate();
        List<Period> leaves = proposal.getEmployee().getStudyLeaves();
        for (int i = 0, n = leaves.size(); i < n; i++) {
            Period leave = leaves.get(i);
            if (leave.contains(effective)) {
                Evaluation.Builder b = Evaluation.fail(leave.getTo().isPresent() ? "studyLeave" : "studyLeaveOpen")
                        .fact("studyLeaveFrom", leave.getFrom()).fact("effectiveDate", effective);
                if (leave.getTo().isPresent()) {
                    b.fact("studyLeaveTo", leave.getTo().get()).earliestCompliantDate(leave.getTo().get().plusDays(1));
                }
                return b.build();
            }
        }
        Optional<LocalDate> bond = proposal.getEmployee().getServiceBondUntil();
        if (bond.isPresent() && !bond.get().isBefore(effective)) {
            return Evaluation.fail("serviceBond").fact("serviceBondUntil", bond.get()).fact("effectiveDate", effective)
                    .earliestCompliantDate(bond.get().plusDays(1)).build();
        }
        if (proposal.hasDocument(DocumentKind.SP_TUBEL)) {
            return Evaluation.pass();
        }
        return Evaluation.of(Outcome.INCOMPLETE, "missing").missing(Transfers.path(DocumentKind.SP_TUBEL))
                .fact("action", proposal.getAction()).build();
    }
}

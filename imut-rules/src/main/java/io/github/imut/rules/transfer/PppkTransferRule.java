package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Ground;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.Optional;

/**
 * {@code MUT-PPPK}: a PPPK has no right to a transfer between agencies; a PPPK who asks to move is deemed to have
 * resigned (PermenPAN-RB 6/2024 Pasal 59 ayat (4)), and may be moved to another unit of the same agency only on
 * organisational downsizing (ayat (5)); PP 49/2018 on PPPK management has no mutasi provision.
 *
 * <p>A transfer of a PPPK between agencies: FAIL. Within the agency: PASS with the ground
 * {@value Transfers#GROUND_DOWNSIZING} and its evidence, else WARNING (a person checks that the move is a downsizing).
 * Other statuses are not concerned; an unknown status gives INCOMPLETE. Before PermenPAN-RB 6/2024 the finding cites
 * PP 49/2018 alone.
 */
public final class PppkTransferRule implements Rule {
    static final String ID = "MUT-PPPK";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("PPPK tidak dapat dimutasi antar instansi; dalam instansi hanya karena perampingan organisasi",
                    "A PPPK cannot be transferred between agencies; within the agency only on organisational "
                            + "downsizing")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(LegalBasis.of("PermenPAN-RB 6/2024").article("59").paragraph("4")
                            .inForce(InForce.from(Transfers.PERMENPAN_6_2024)),
                    LegalBasis.of("PermenPAN-RB 6/2024").article("59").paragraph("5")
                            .inForce(InForce.from(Transfers.PERMENPAN_6_2024)),
                    LegalBasis.of("PP 49/2018").note("tidak mengatur mutasi PPPK"))
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<EmploymentStatus> status = proposal.getEmployee().getStatus();
        if (status.isEmpty()) {
            return Evaluation.incomplete("employee.status");
        }
        if (status.get() != EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        if (proposal.getAction() == Action.BETWEEN_AGENCIES) {
            return Evaluation.fail(Transfers.ownRequest(proposal) ? "ownRequest" : "betweenAgencies")
                    .fact("status", EmploymentStatus.PPPK).fact("effectiveDate", proposal.getEffectiveDate()).build();
        }
        Ground downsizing = Transfers.ground(proposal, Transfers.GROUND_DOWNSIZING);
        if (downsizing != null && downsizing.getEvidence().isPresent()) {
            return Evaluation.of(Outcome.PASS, "downsizing").fact("evidence", downsizing.getEvidence().get()).build();
        }
        return Evaluation.warning("withinAgency").fact("status", EmploymentStatus.PPPK)
                .fact("effectiveDate", proposal.getEffectiveDate()).build();
    }
}

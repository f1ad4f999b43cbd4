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
import io.github.imut.model.Agency;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code DUKCAPIL-MENDAGRI}: JPT pratama, administrator and pengawas posts in a provincial or regency/city Dinas
 * Kependudukan dan Pencatatan Sipil are filled and vacated by the Minister of Home Affairs, delegated to the Director-
 * General of Dukcapil, on the regional head's proposal (Permendagri 60/2021, replacing Permendagri 76/2015; Surat
 * Mendagri 800.1.3.3/4142/SJ of 7-08-2023 on the moratorium on replacing JPT pratama Kadis Dukcapil).
 *
 * <p>Applies to a transfer or appointment into a position of a regional government whose target position, or for a
 * transfer the employee's current position, is such a post ({@code dukcapilUnit = true} at one of those levels).
 * It passes when the Minister signs or when an approval (decision) of the Minister or the Director-General dated on or
 * before the effective date is present, and for a Plt or Plh assignment to the post (the region may assign one while
 * the Minister decides); otherwise NEEDS_APPROVAL(DIRJEN_DUKCAPIL). A regional post at one of those
 * levels whose {@code dukcapilUnit} is not stated gives INCOMPLETE. Central agencies and other levels are not
 * concerned. A PPPK cannot hold these posts ({@code PPPK-JABATAN}), so PPPK appointments are not in scope.
 */
public final class DukcapilAppointmentRule implements Rule {
    static final String ID = "DUKCAPIL-MENDAGRI";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Jabatan pimpinan tinggi pratama, administrator dan pengawas Dinas Dukcapil diisi oleh Mendagri",
                    "JPT pratama, administrator and pengawas posts in a Dinas Dukcapil are filled by the Minister "
                            + "of Home Affairs")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION)
            .basis(LegalBasis.of("Permendagri 60/2021").note("menggantikan Permendagri 76/2015; nomor pasal belum "
                            + "diverifikasi"),
                    LegalBasis.of("Surat Mendagri 800.1.3.3/4142/SJ")
                            .inForce(InForce.from(LocalDate.of(2023, 8, 7))))
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Target> target = proposal.getTarget();
        Optional<Agency> origin = proposal.getEmployee().getAgency();
        if (target.isEmpty() && proposal.getKind() == ProposalKind.APPOINTMENT) {
            return Evaluation.incomplete("target");
        }
        Evaluation.Builder missing = null;
        Position post = null;
        boolean leaving = false;
        if (target.isPresent()) {
            Optional<Agency> targetAgency = target.get().getAgency();
            Optional<Agency> receiving = targetAgency.isPresent() ? targetAgency : origin;
            if (receiving.isEmpty()) {
                return Evaluation.incomplete("employee.agency");
            }
            if (receiving.get().getKind().isRegional()) {
                Position t = target.get().getPosition();
                Post kind = Post.of(t);
                if (kind.missingField != null) {
                    missing = Evaluation.of(Outcome.INCOMPLETE, "incomplete")
                            .missing("target.position" + kind.missingField);
                } else if (kind == Post.DUKCAPIL) {
                    post = t;
                }
            }
        }
        Optional<Position> current = proposal.getEmployee().getCurrentPosition();
        if (post == null && proposal.getKind() == ProposalKind.TRANSFER && current.isPresent() && origin.isPresent()
                && origin.get().getKind().isRegional()) {
            Post kind = Post.of(current.get());
            if (kind.missingField != null) {
                missing = (missing != null ? missing : Evaluation.of(Outcome.INCOMPLETE, "incomplete"))
                        .missing("employee.currentPosition" + kind.missingField);
            } else if (kind == Post.DUKCAPIL) {
                post = current.get();
                leaving = true;
            }
        }
        if (post == null) {
            return missing != null ? missing.build() : Evaluation.pass();
        }
        AssignmentType assignment = leaving ? null : target.get().getAssignment().orElse(null);
        if (assignment != null && assignment != AssignmentType.DEFINITIF) {
            return Evaluation.of(Outcome.PASS, "actingAssignment").fact("level", post.getLevel().get())
                    .fact("assignment", assignment).build();
        }
        Optional<Signer> signer = proposal.getSigner();
        if (signer.isPresent() && signer.get().getRole() == SignerRole.MENDAGRI) {
            return Evaluation.of(Outcome.PASS, "signedByMinister").fact("level", post.getLevel().get()).build();
        }
        Approval approval = Transfers.approval(proposal, Approver.DIRJEN_DUKCAPIL);
        if (approval == null) {
            approval = Transfers.approval(proposal, Approver.MENDAGRI);
        }
        if (approval != null && !context.reportsPasses()) {
            return Evaluation.pass(); // no report shows a pass's facts unless passes are reported
        }
        Evaluation.Builder b = approval != null
                ? Evaluation.of(Outcome.PASS, "approved").fact("approvalReference", approval.getReference())
                        .fact("approvalDate", approval.getDate())
                : Evaluation.needsApproval(Approver.DIRJEN_DUKCAPIL, leaving ? "needsApprovalToLeave"
                        : "needsApproval");
        b.fact("level", post.getLevel().get()).fact("effectiveDate", proposal.getEffectiveDate());
        if (post.getName().isPresent()) {
            b.fact("position", post.getName().get());
        }
        return b.build();
    }

    /** Whether a position is a Dukcapil post, or which of its fields is needed to tell. */
    private enum Post {
        /** Not a Dukcapil post. */
        OTHER(null),
        /** A JPT pratama, administrator or pengawas post in a Dinas Dukcapil. */
        DUKCAPIL(null),
        /** The level is needed to tell. */
        LEVEL_MISSING(".level"),
        /** The level is a Dukcapil-managed one; whether the unit is a Dinas Dukcapil is needed. */
        UNIT_MISSING(".dukcapilUnit");

        /** The path of the needed field below the position, or null when nothing is needed. */
        final String missingField;

        Post(String missingField) {
            this.missingField = missingField;
        }

        /** Each of the position's Optional getters is read once (every call allocates; hot path). */
        static Post of(Position p) {
            PositionLevel level = p.getLevel().orElse(null);
            if (level == null) {
                return LEVEL_MISSING;
            }
            if (!Transfers.isDukcapilManaged(level)) {
                return OTHER;
            }
            Optional<Boolean> unit = p.getDukcapilUnit();
            if (unit.isEmpty()) {
                return UNIT_MISSING;
            }
            return unit.get() ? DUKCAPIL : OTHER;
        }
    }
}

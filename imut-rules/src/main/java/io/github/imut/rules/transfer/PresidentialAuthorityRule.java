package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.util.Optional;

/**
 * {@code AUTH-PRESIDEN}: the President's authority over the appointment, transfer and dismissal of PNS may be
 * delegated, except for JPT utama, JPT madya and JF keahlian utama (PP 11/2017 Pasal 3 ayat (3)); under UU 20/2023 the
 * PyB proposes appointment, transfer and dismissal of ASN other than JPT utama and madya (Pasal 30 ayat (4)).
 *
 * <p>Applies to a transfer and to an appointment into a position (PNS or PPPK: a PPPK may fill JPT utama and madya)
 * whose target position, or the employee's current position (the move takes them out of it), is JPT utama, JPT madya
 * or JF ahli utama. It passes when the President signs or the President's decision or approval (Keppres) dated on or
 * before the effective date is present; otherwise NEEDS_APPROVAL(PRESIDEN). For a JF ahli utama the finding cites PP
 * 11/2017 Pasal 3 ayat (3) alone (UU 20/2023 Pasal 30 ayat (4) names only JPT utama and madya). A missing level of
 * the target, or of the current position for a transfer, gives INCOMPLETE.
 */
public final class PresidentialAuthorityRule implements Rule {
    static final String ID = "AUTH-PRESIDEN";
    private static final LegalBasis PP11_3_3 = LegalBasis.of("PP 11/2017").article("3").paragraph("3");
    private static final LegalBasis UU20_30_4 = LegalBasis.of("UU 20/2023").article("30").paragraph("4")
            .inForce(Transfers.UNDER_UU20);

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pengangkatan, pemindahan dan pemberhentian JPT utama, JPT madya dan JF ahli utama oleh Presiden",
                    "Appointment, transfer and dismissal of JPT utama, JPT madya and JF ahli utama are the "
                            + "President's")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(PP11_3_3, UU20_30_4)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        boolean transfer = proposal.getKind() == ProposalKind.TRANSFER;
        Optional<Target> target = proposal.getTarget();
        PositionLevel level = null;
        boolean into = false;
        // each Optional getter is read once: every call allocates (hot path)
        if (target.isPresent()) {
            PositionLevel targetLevel = target.get().getPosition().getLevel().orElse(null);
            if (targetLevel == null) {
                return Evaluation.incomplete("target.position.level");
            }
            if (Transfers.isPresidential(targetLevel)) {
                level = targetLevel;
                into = true;
            }
        } else if (!transfer) {
            return Evaluation.incomplete("target");
        }
        if (level == null) {
            Optional<Position> current = proposal.getEmployee().getCurrentPosition();
            PositionLevel currentLevel = current.isPresent() ? current.get().getLevel().orElse(null) : null;
            if (currentLevel != null) {
                if (Transfers.isPresidential(currentLevel)) {
                    level = currentLevel;
                }
            } else if (transfer) {
                return Evaluation.incomplete("employee.currentPosition.level");
            }
        }
        if (level == null) {
            return Evaluation.pass();
        }
        LegalBasis[] basis = level == PositionLevel.AHLI_UTAMA || !Transfers.UNDER_UU20.contains(
                proposal.getEffectiveDate()) ? new LegalBasis[] {PP11_3_3} : new LegalBasis[] {PP11_3_3, UU20_30_4};
        Optional<Signer> signer = proposal.getSigner();
        if (signer.isPresent() && signer.get().getRole() == SignerRole.PRESIDEN) {
            return Evaluation.of(Outcome.PASS, "signedByPresident").fact("level", level).basis(basis).build();
        }
        Approval approval = Transfers.approval(proposal, Approver.PRESIDEN);
        Evaluation.Builder b = approval != null
                ? Evaluation.of(Outcome.PASS, "approved").fact("approvalReference", approval.getReference())
                        .fact("approvalDate", approval.getDate())
                : Evaluation.needsApproval(Approver.PRESIDEN, into ? "needsPresident"
                        : "needsPresidentToLeave");
        return b.fact("level", level).fact("effectiveDate", proposal.getEffectiveDate()).basis(basis).build();
    }
}

package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Dismissal;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerRole;
import java.util.Optional;

/**
 * {@code BERHENTI-AUTH}: the dismissal of a PNS in a JPT utama, JPT madya or JF ahli utama position is proposed by
 * the PPK and decided by the President; any other PNS is proposed by the pejabat yang berwenang (PyB) and decided by
 * the PPK (PP 11/2017 Pasal 3 ayat (3), Pasal 264-267; UU 20/2023 Pasal 30 ayat (4)).
 *
 * <ul>
 *   <li>INCOMPLETE: the employee's status, the current position's level or the signer.</li>
 *   <li>FAIL: a President's case signed by anyone else; any case signed by a PyB (a secretary-general or regional
 *       secretary: {@code PEJABAT_YANG_BERWENANG}, {@code SEKDA}), who proposes but does not decide; a President's
 *       case proposed ({@code dismissal.proposedBy}) by a PyB instead of the PPK.</li>
 *   <li>WARNING: the President signing a case the PPK decides.</li>
 * </ul>
 * PPPK (PP 49/2018) and CPNS (dismissed under the probation rules) are not concerned. Whether an interim regional
 * head may sign is the political-window rules' concern.
 */
public final class DismissalAuthorityRule implements Rule {
    static final String ID = "BERHENTI-AUTH";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pejabat yang mengusulkan dan menetapkan pemberhentian", "Who proposes and who decides a dismissal")
            .appliesTo(ProposalKind.DISMISSAL)
            .basis(Bases.PP11.article("3").paragraph("3"), Bases.PP11.article("264"), Bases.PP11.article("265"),
                    Bases.PP11.article("266"), Bases.PP11.article("267"),
                    LegalBasis.of("UU 20/2023").article("30").paragraph("4").inForce(Bases.UNDER_UU20))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        // each Optional getter is read once: every call allocates (hot path)
        Optional<EmploymentStatus> status = e.getStatus();
        if (status.isPresent() && status.get() != EmploymentStatus.PNS) {
            return Evaluation.notApplicable();
        }
        Optional<Position> current = e.getCurrentPosition();
        PositionLevel level = current.isPresent() ? current.get().getLevel().orElse(null) : null;
        Optional<Signer> signerOf = proposal.getSigner();
        if (status.isEmpty() || level == null || signerOf.isEmpty()) {
            return new Need().field(status.isPresent(), "employee.status")
                    .field(level != null, "employee.currentPosition.level")
                    .field(signerOf.isPresent(), "signer.role").build();
        }
        boolean president = level == PositionLevel.JPT_UTAMA || level == PositionLevel.JPT_MADYA
                || level == PositionLevel.AHLI_UTAMA;
        SignerRole signer = signerOf.get().getRole();
        if (president && signer != SignerRole.PRESIDEN) {
            return Evaluation.fail("president").fact("positionLevel", level).fact("signer", signer).build();
        }
        if (isPyb(signer)) {
            return Evaluation.fail("pybDecides").fact("positionLevel", level).fact("signer", signer).build();
        }
        if (president) {
            Optional<Dismissal> dismissal = proposal.getDismissal();
            SignerRole proposedBy = dismissal.isPresent() ? dismissal.get().getProposedBy().orElse(null) : null;
            if (proposedBy != null && isPyb(proposedBy)) {
                return Evaluation.fail("ppkProposes").fact("positionLevel", level).fact("proposedBy", proposedBy)
                        .build();
            }
        }
        if (!president && signer == SignerRole.PRESIDEN) {
            return Evaluation.warning("presidentNotNeeded").fact("positionLevel", level).build();
        }
        return Evaluation.pass();
    }

    private static boolean isPyb(SignerRole role) {
        return role == SignerRole.PEJABAT_YANG_BERWENANG || role == SignerRole.SEKDA;
    }
}

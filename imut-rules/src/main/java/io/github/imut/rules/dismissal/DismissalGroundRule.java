package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import java.util.Set;

/**
 * {@code BERHENTI-GROUNDS}: a PNS is dismissed only on a ground the law lists — "PNS diberhentikan dengan hormat
 * karena: a. meninggal dunia; b. atas permintaan sendiri; c. mencapai batas usia pensiun; d. perampingan organisasi
 * ...; atau e. tidak cakap jasmani dan/atau rohani" (PP 11/2017 Pasal 237) and Pasal 247-259 (criminal sentence,
 * PTDH, heavy discipline, candidacy, party, "hal lain"); UU 20/2023 Pasal 52 (UU 5/2014 Pasal 87 before it) — and the
 * kind of dismissal (DH, DHTAPS, TDH) must be the one the ground calls for (catalogue table R8, {@link Grounds}).
 *
 * <ul>
 *   <li>INCOMPLETE: the employee's status, or the ground of an action that does not imply one.</li>
 *   <li>FAIL: a PPPK dismissed by a PNS action (a PPPK's contract is terminated, {@code PPPK_TERMINATION}); a ground
 *       that is not a PNS ground; a ground carried by the wrong action; a stated kind the ground does not allow (a
 *       dishonourable dismissal is TDH, and TDH is only a dishonourable dismissal).</li>
 *   <li>WARNING: study leave not reported with another kind than PDHTAPS (the catalogue records PDHTAPS without
 *       having re-checked the wording); "tidak berkinerja" (UU 20/2023 Pasal 52 ayat (3) huruf f has no criteria
 *       yet).</li>
 * </ul>
 * A heavy disciplinary sanction and a candidate who did not resign may be PDHTAPS/PDH or TDH; their kind is judged by
 * {@code DISIPLIN-UU20-CONFLICT} and {@code BERHENTI-CALON}.
 */
public final class DismissalGroundRule implements Rule {
    static final String ID = "BERHENTI-GROUNDS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Alasan dan jenis pemberhentian PNS sesuai ketentuan", "Dismissal ground and kind as the law lists")
            .appliesTo(Action.RETIREMENT_AGE, Action.OWN_REQUEST, Action.DEATH, Action.EARLY_RETIREMENT, Action.HEALTH,
                    Action.ORGANISATION_DOWNSIZING, Action.DISHONOURABLE, Action.TEMPORARY, Action.OTHER_GROUND)
            .basis(Bases.UU20_52, Bases.UU5_87, Bases.PP11.article("237"), Bases.PP11.article("247-259"))
            .confidence(Confidence.S)
            .switches(MonthEnd.FIRST_OF_NEXT)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        DismissalGround ground = Grounds.of(proposal);
        // each Optional getter is read once: every call allocates (hot path)
        EmploymentStatus status = proposal.getEmployee().getStatus().orElse(null);
        boolean statusKnown = status != null;
        if (!statusKnown || ground == null) {
            return new Need().field(statusKnown, "employee.status").field(ground != null, "dismissal.ground")
                    .build();
        }
        Action action = proposal.getAction();
        if (status == EmploymentStatus.PPPK) {
            return Evaluation.fail("pppk").fact("action", action).build();
        }
        if (!Grounds.isPnsGround(ground)) {
            return Evaluation.fail("notAGround").fact("ground", ground).build();
        }
        Set<Action> actions = Grounds.actions(ground);
        if (!actions.contains(action)) {
            return Evaluation.fail("wrongAction").fact("ground", ground).fact("action", action)
                    .fact("expectedActions", actions.toString()).build();
        }
        DismissalKind stated = Grounds.stated(proposal);
        if (stated != null && action != Action.TEMPORARY
                && (action == Action.DISHONOURABLE) != (stated == DismissalKind.DISHONOURABLE)) {
            return Evaluation.fail("kindAction").fact("action", action).fact("kind", stated).build();
        }
        DismissalKind expected = Grounds.kind(ground);
        if (stated != null && expected != null && stated != expected) {
            Evaluation.Builder b = ground == DismissalGround.STUDY_LEAVE_NOT_REPORTED
                    ? Evaluation.warning("kindUnverified") : Evaluation.fail("kindMismatch");
            return b.fact("ground", ground).fact("kind", stated).fact("expectedKind", expected).build();
        }
        if (ground == DismissalGround.NOT_PERFORMING) {
            return Evaluation.warning("noCriteria").fact("ground", ground).build();
        }
        return Evaluation.pass();
    }
}

package io.github.imut.rules.election;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code PLT-FILL-OK}: filling a vacancy by assigning a Plt (pelaksana tugas) under SE Kepala BKN 1/SE/I/2021 is not a
 * replacement of officials and needs no written approval of the Minister of Home Affairs during the pilkada window
 * (SE Mendagri 100.2.1.3/1575/SJ angka 3 huruf c angka 3, as read by the catalogue's secondary source).
 *
 * <p>Applies to a transfer or appointment into a position whose target is a Plt assignment
 * ({@code target.assignment = PLT}; a Plh or a definitive appointment is not exempt) decided by a regional government
 * whose effective date or decision date falls in the pre-election freeze of {@code PILKADA-PRE-6M}. It then passes and
 * states the window, and {@code PILKADA-PRE-6M} does not judge the proposal. The circular's point 3 concerns the
 * period before the election; whether the exemption also covers the 6 months after the inauguration
 * ({@code PILKADA-POST-6M}) is not stated: switch {@value #AFTER_INAUGURATION}, default off (the safer reading:
 * after the inauguration a Plt assignment still needs the approval). Outside the windows the rule is silent. It does
 * not lift {@code PJ-MUTASI} or {@code INTERIM-BKN}.
 */
public final class ActingAssignmentRule implements Rule {
    static final String ID = "PLT-FILL-OK";
    static final String AFTER_INAUGURATION = "PLT-FILL-OK.also-after-inauguration";
    static final Switch AFTER_INAUGURATION_SWITCH = Switch.of(AFTER_INAUGURATION, false,
            "Pengecualian Plt juga berlaku dalam 6 bulan sejak pelantikan kepala daerah (PILKADA-POST-6M), tidak "
                    + "hanya dalam masa larangan sebelum penetapan pasangan calon.",
            "The Plt exemption also applies within 6 months of the regional head's inauguration (PILKADA-POST-6M), "
                    + "not only in the freeze before the candidate-pair determination.");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pengisian kekosongan jabatan dengan Plt tidak memerlukan persetujuan Mendagri",
                    "Filling a vacancy with a Plt needs no approval of the Minister of Home Affairs")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("SE Mendagri 100.2.1.3/1575/SJ").note("angka 3 huruf c angka 3")
                            .inForce(InForce.from(LocalDate.of(2024, 3, 29))),
                    LegalBasis.of("SE Kepala BKN 1/SE/I/2021"))
            .confidence(Confidence.S)
            .parameters("pilkada.freeze.months", "pilkada.post.months")
            .switches(AFTER_INAUGURATION_SWITCH)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Target> target = proposal.getTarget(); // read once: the getter allocates
        if (!Windows.isActingAssignment(target)) {
            return Evaluation.notApplicable();
        }
        DecidingRegion region = DecidingRegion.of(proposal, target);
        Evaluation early = Windows.regionAndCoverage(proposal, context, region);
        if (early != null) {
            return early;
        }
        Windows.Hit hit = Windows.preElection(proposal, context, region.regionCode,
                context.intParameter("pilkada.freeze.months"));
        String key = "exemptBeforeElection";
        if (hit == null && context.isOn(AFTER_INAUGURATION)) {
            hit = Windows.postInauguration(proposal, context, region.regionCode,
                    context.intParameter("pilkada.post.months"),
                    context.isOn(PostInaugurationRule.ANNIVERSARY_INSIDE));
            key = "exemptAfterInauguration";
        }
        if (hit == null) {
            return Evaluation.notApplicable();
        }
        return Windows.describe(Evaluation.of(Outcome.PASS, key), proposal, region.regionCode, hit, "windowStart",
                "windowEnd").build();
    }
}

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
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code PILKADA-POST-6M}: a governor, regent or mayor "yang akan melakukan penggantian pejabat ... dalam jangka waktu
 * 6 (enam) bulan terhitung sejak tanggal pelantikan harus mendapatkan persetujuan tertulis dari Menteri"
 * (UU 10/2016 Pasal 162 ayat (3); SE Mendagri 100.2.1.3/1575/SJ angka 4 points to it for the post-pilkada period).
 *
 * <p>Window: from the elected head's inauguration in the region (political calendar, per region: 2025-02-20 for most
 * 2024 winners, later for dispute and re-vote regions), inclusive, for {@code pilkada.post.months} months. "6 bulan
 * terhitung sejak" leaves open whether the anniversary day (2025-08-20 for a 2025-02-20 inauguration; the catalogue's
 * table R3 lists it as the window's end) is inside: switch {@value #ANNIVERSARY_INSIDE}, default on (the safer
 * reading: approval is also required on the anniversary; off gives the catalogue's [pelantikan, pelantikan + 6
 * months)). A month end is clamped (2024-08-31 plus 6 months is 2025-02-28). A transfer or appointment into a position
 * decided by a regional government whose effective date or decision date (SK) falls inside needs the Minister of
 * Home Affairs' written approval, dated on or before both; the earliest compliant date is the day after the window.
 * The inauguration day itself is also the last day of {@code PILKADA-PRE-6M}. A Plt assignment is judged here too
 * unless {@value ActingAssignmentRule#AFTER_INAUGURATION} is on ({@code PLT-FILL-OK}). Central agencies are not
 * concerned; a date outside the calendar's coverage gives INCOMPLETE.
 */
public final class PostInaugurationRule implements Rule {
    static final String ID = "PILKADA-POST-6M";
    static final String ANNIVERSARY_INSIDE = "PILKADA-POST-6M.anniversary-inside";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Penggantian pejabat dalam 6 bulan sejak pelantikan kepala daerah memerlukan persetujuan Mendagri",
                    "Replacing officials within 6 months of the regional head's inauguration needs the Minister of "
                            + "Home Affairs' approval")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("UU 10/2016").article("162").paragraph("3"),
                    LegalBasis.of("SE Mendagri 100.2.1.3/1575/SJ").note("angka 4")
                            .inForce(InForce.from(LocalDate.of(2024, 3, 29))))
            .confidence(Confidence.V)
            .parameters("pilkada.post.months")
            .switches(Switch.of(ANNIVERSARY_INSIDE, true,
                    "Hari ulang bulan ke-6 sejak pelantikan (mis. 2025-08-20 untuk pelantikan 2025-02-20) masih "
                            + "termasuk masa yang memerlukan persetujuan Mendagri. Matikan untuk membaca masa itu "
                            + "sebagai [pelantikan, pelantikan + 6 bulan).",
                    "The day 6 months after the inauguration (e.g. 2025-08-20 for a 2025-02-20 inauguration) still "
                            + "needs the Minister's approval. Turn off to read the window as [inauguration, "
                            + "inauguration + 6 months)."),
                    ActingAssignmentRule.AFTER_INAUGURATION_SWITCH)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Target> target = proposal.getTarget(); // read once: the getter allocates
        if (Windows.isActingAssignment(target) && context.isOn(ActingAssignmentRule.AFTER_INAUGURATION)) {
            return Evaluation.notApplicable();
        }
        DecidingRegion region = DecidingRegion.of(proposal, target);
        Evaluation early = Windows.regionAndCoverage(proposal, context, region);
        if (early != null) {
            return early;
        }
        int months = context.intParameter("pilkada.post.months");
        Windows.Hit hit = Windows.postInauguration(proposal, context, region.regionCode, months,
                context.isOn(ANNIVERSARY_INSIDE));
        if (hit == null) {
            return Evaluation.pass();
        }
        Approval approval = Windows.approval(proposal, Approver.MENDAGRI);
        if (approval != null && !context.reportsPasses()) {
            return Evaluation.pass(); // no report shows a pass's facts unless passes are reported
        }
        Evaluation.Builder b = approval != null
                ? Evaluation.of(Outcome.PASS, "approved").fact("approvalReference", approval.getReference())
                        .fact("approvalDate", approval.getDate())
                : Evaluation.needsApproval(Approver.MENDAGRI, "needsApproval");
        Windows.describe(b, proposal, region.regionCode, hit, "windowStart", "windowEnd").fact("windowMonths", months);
        if (approval == null) {
            b.earliestCompliantDate(hit.end.plusDays(1));
        }
        return b.build();
    }
}

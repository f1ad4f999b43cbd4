package io.github.imut.rules.election;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
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
 * {@code PILKADA-PRE-6M}: "dilarang melakukan penggantian pejabat 6 (enam) bulan sebelum tanggal penetapan pasangan
 * calon sampai dengan akhir masa jabatan kecuali mendapat persetujuan tertulis dari Menteri"
 * (UU 10/2016 Pasal 71 ayat (2); ayat (4) extends it to Penjabat).
 *
 * <p>Window: from the candidate-pair determination minus {@code pilkada.freeze.months} (same day of month;
 * {@code 2024-09-22} gives {@code 2024-03-22}), inclusive — the Pasaman Barat inaugurations of 2024-03-22 were
 * cancelled — to the elected head's inauguration, inclusive (while it is unknown, the window stays open). Each region
 * has its own dates in the political calendar (dispute and re-vote regions were inaugurated later). A transfer or
 * appointment into a position decided by a regional government whose effective date (inauguration) or decision date
 * (SK) falls inside needs the Minister of Home Affairs' written approval dated on or before both; with it, the rule
 * passes. The scope is every position (the safer reading: in 2024–25 approvals were processed even for JF
 * appointments). A Plt assigned to fill a vacancy ({@code target.assignment = PLT}) is not a replacement of officials
 * (SE Mendagri 100.2.1.3/1575/SJ angka 3 huruf c angka 3): {@code PLT-FILL-OK} judges it and this rule does not.
 * Central agencies are not concerned. A date outside the calendar's coverage gives INCOMPLETE, never a pass.
 */
public final class PreElectionFreezeRule implements Rule {
    static final String ID = "PILKADA-PRE-6M";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Larangan penggantian pejabat sejak 6 bulan sebelum penetapan pasangan calon",
                    "No replacement of officials from 6 months before the candidate-pair determination")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("UU 10/2016").article("71").paragraph("2"),
                    LegalBasis.of("UU 10/2016").article("71").paragraph("4"),
                    LegalBasis.of("SE Mendagri 100.2.1.3/1575/SJ")
                            .inForce(InForce.from(LocalDate.of(2024, 3, 29))))
            .confidence(Confidence.V)
            .parameters("pilkada.freeze.months")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Target> target = proposal.getTarget(); // read once: the getter allocates
        if (Windows.isActingAssignment(target)) {
            return Evaluation.notApplicable();
        }
        DecidingRegion region = DecidingRegion.of(proposal, target);
        Evaluation early = Windows.regionAndCoverage(proposal, context, region);
        if (early != null) {
            return early;
        }
        int months = context.intParameter("pilkada.freeze.months");
        Windows.Hit hit = Windows.preElection(proposal, context, region.regionCode, months);
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
                : Evaluation.needsApproval(Approver.MENDAGRI,
                        hit.end != null ? "needsApproval" : "needsApprovalOpen");
        Windows.describe(b, proposal, region.regionCode, hit, "freezeStart", "freezeEnd").fact("freezeMonths", months);
        if (approval == null && hit.end != null) {
            b.earliestCompliantDate(hit.end.plusDays(1));
        }
        return b.build();
    }
}

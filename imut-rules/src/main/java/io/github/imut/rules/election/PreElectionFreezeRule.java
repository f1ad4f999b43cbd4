package io.github.imut.rules.election;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.RegionalElection;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code PILKADA-PRE-6M}: "dilarang melakukan penggantian pejabat 6 (enam) bulan sebelum tanggal penetapan pasangan
 * calon sampai dengan akhir masa jabatan kecuali mendapat persetujuan tertulis dari Menteri"
 * (UU 10/2016 Pasal 71 ayat (2); ayat (4) extends it to Penjabat).
 *
 * <p>Window: from the candidate-pair determination minus {@code pilkada.freeze.months} (same day of month;
 * {@code 2024-09-22} gives {@code 2024-03-22}), inclusive — the Pasaman Barat inaugurations of 2024-03-22 were
 * cancelled — to the elected head's inauguration, inclusive (while it is unknown, the window stays open). A transfer
 * or appointment into a position decided by a regional government whose effective date falls inside needs the
 * Minister of Home Affairs' written approval dated on or before that date; with it, the rule passes. The scope is
 * every position (the safer reading: in 2024–25 approvals were processed even for JF appointments); a Plt filling
 * a vacancy is {@code PLT-FILL-OK}, a separate rule. Central agencies are not concerned. A date outside the
 * calendar's coverage gives INCOMPLETE, never a pass.
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
        DecidingRegion region = DecidingRegion.of(proposal);
        switch (region.kind) {
            case CENTRAL:
                return Evaluation.notApplicable();
            case AGENCY_UNKNOWN:
                return Evaluation.incomplete(region.agencyPath);
            case REGION_UNKNOWN:
                return Evaluation.incomplete(region.agencyPath + ".regionCode");
            default:
                break;
        }
        LocalDate effective = proposal.getEffectiveDate();
        if (!context.calendar().coverage().contains(effective)) {
            return Evaluation.of(Outcome.INCOMPLETE, "calendar").fact("effectiveDate", effective)
                    .fact("regionCode", region.regionCode).fact("coverage", context.calendar().coverage().toString())
                    .missing("politicalCalendar").build();
        }
        int months = context.intParameter("pilkada.freeze.months");
        List<RegionalElection> elections = context.calendar().electionsIn(region.regionCode);
        for (RegionalElection election : elections) {
            LocalDate start = election.candidateDetermination().minusMonths(months);
            Optional<LocalDate> end = election.inauguration();
            if (effective.isBefore(start) || end.isPresent() && effective.isAfter(end.get())) {
                continue;
            }
            Optional<Approval> approval = proposal.approvalFrom(Approver.MENDAGRI);
            Evaluation.Builder b = approval.isPresent()
                    ? Evaluation.of(Outcome.PASS, "approved").fact("approvalReference",
                            approval.get().getReference()).fact("approvalDate", approval.get().getDate())
                    : Evaluation.needsApproval(Approver.MENDAGRI, "needsApproval");
            b.fact("effectiveDate", effective).fact("regionCode", region.regionCode)
                    .fact("election", election.cycleId())
                    .fact("candidateDetermination", election.candidateDetermination())
                    .fact("freezeStart", start).fact("freezeMonths", months);
            if (end.isPresent()) {
                b.fact("freezeEnd", end.get());
                if (approval.isEmpty()) {
                    b.earliestCompliantDate(end.get().plusDays(1));
                }
            } else {
                b.fact("freezeEnd", "?");
            }
            return b.build();
        }
        return Evaluation.pass();
    }
}

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
import io.github.imut.model.Agency;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code PJ-MUTASI}: a Penjabat or Plt kepala daerah "dilarang melakukan mutasi pegawai" (PP 49/2008 Pasal 132A ayat
 * (1) huruf a), which "dapat dikecualikan setelah mendapat persetujuan tertulis dari Menteri Dalam Negeri" (ayat (2));
 * SE Mendagri 821/5492/SJ (14-09-2022) angka 4 gives that approval in advance only for discipline and dismissal
 * actions (huruf a) and for the regional head's consent to a PNS moving to another region or agency (huruf b), to be
 * reported within 7 working days.
 *
 * <p>Applies to a transfer or appointment into a position signed by a regional head (governor, regent, mayor) whose
 * capacity is interim: Pj, Plt, Pjs, and also Plh (a day-to-day stand-in has less authority than a Plt; the safer
 * reading). Without the Minister's written approval, dated on or before the effective date and the decision date,
 * the outcome is NEEDS_APPROVAL(MENDAGRI). The blanket approval of angka 4 huruf b covers an inter-agency transfer
 * out of the signer's own region (the origin agency governs the signer's region): then WARNING, reminding of the
 * 7-working-day report. Two questions the catalogue leaves open have switches with the safer default:
 * <ul>
 *   <li>{@value #BLANKET_FOR_RECEIVING}, default off: whether the blanket also covers an interim head admitting a PNS
 *       into his own region (the receiving side). Off: it needs the approval.</li>
 *   <li>{@value #BLANKET_IN_FREEZE}, default off: whether SE 821/5492/SJ survives SE 100.2.1.3/1575/SJ inside the
 *       pre-election freeze of the signer's region (open question 10). Off: inside the freeze the blanket is not
 *       honoured and the approval is required.</li>
 * </ul>
 * A proposal signed by the regional secretary (Sekda) as delegated official does not say whether the regional head
 * is interim: WARNING, unless the approval is present. Discipline and dismissal actions are pre-approved (angka 4 huruf
 * a) and are not this rule's concern. Missing signer or capacity gives INCOMPLETE.
 */
public final class ActingHeadTransferRule implements Rule {
    static final String ID = "PJ-MUTASI";
    static final String BLANKET_FOR_RECEIVING = "PJ-MUTASI.blanket-covers-receiving-region";
    static final String BLANKET_IN_FREEZE = "PJ-MUTASI.blanket-inside-pilkada-freeze";
    private static final LocalDate SE_821_5492 = LocalDate.of(2022, 9, 14);

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Penjabat, Plt atau Pjs kepala daerah dilarang melakukan mutasi pegawai tanpa persetujuan tertulis"
                    + " Mendagri",
                    "An acting regional head (Pj, Plt, Pjs) may not transfer staff without the Minister of Home "
                            + "Affairs' written approval")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("PP 49/2008").article("132A").paragraph("1").letter("a"),
                    LegalBasis.of("PP 49/2008").article("132A").paragraph("2"),
                    LegalBasis.of("Permendagri 4/2023").article("15").paragraph("2").letter("a")
                            .note("ayat dan huruf dari parafrase; belum dikonfirmasi"),
                    LegalBasis.of("Permendagri 4/2023").article("15").paragraph("3")
                            .note("ayat dari parafrase; belum dikonfirmasi"),
                    LegalBasis.of("SE Mendagri 821/5492/SJ").note("angka 4 huruf a dan b")
                            .inForce(InForce.from(SE_821_5492)))
            .confidence(Confidence.V)
            .parameters("pilkada.freeze.months")
            .switches(Switch.of(BLANKET_FOR_RECEIVING, false,
                    "Persetujuan umum SE 821/5492/SJ angka 4 huruf b juga berlaku bila kepala daerah sementara menerima"
                            + " PNS dari daerah atau instansi lain ke daerahnya sendiri.",
                    "The blanket approval of SE 821/5492/SJ angka 4 huruf b also covers an acting regional head "
                            + "admitting a PNS from another region or agency into his own region."),
                    Switch.of(BLANKET_IN_FREEZE, false,
                    "Persetujuan umum SE 821/5492/SJ tetap berlaku dalam masa larangan sebelum penetapan pasangan "
                            + "calon di daerah penandatangan (SE 100.2.1.3/1575/SJ tidak menggantikannya).",
                    "The blanket approval of SE 821/5492/SJ survives inside the pre-election freeze of the signer's "
                            + "region (SE 100.2.1.3/1575/SJ does not override it)."))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Signer> s = proposal.getSigner();
        if (s.isEmpty()) {
            return Evaluation.incomplete("signer");
        }
        Signer signer = s.get();
        SignerRole role = signer.getRole();
        Approval approval = Windows.approval(proposal, Approver.MENDAGRI);
        if (role == SignerRole.SEKDA) {
            return approval != null ? approved(approval, signer, context)
                    : Evaluation.warning("delegate").fact("signerRole", role).build();
        }
        if (!role.isRegionalHead()) {
            return Evaluation.notApplicable();
        }
        Optional<SignerCapacity> capacity = signer.capacity();
        if (capacity.isEmpty()) {
            return Evaluation.incomplete("signer.capacity");
        }
        if (!capacity.get().isInterim()) {
            return Evaluation.notApplicable();
        }
        if (approval != null) {
            return approved(approval, signer, context);
        }
        if (proposal.getAction() == Action.BETWEEN_AGENCIES && !proposal.getEffectiveDate().isBefore(SE_821_5492)) {
            Evaluation blanket = blanket(proposal, context, signer, capacity.get());
            if (blanket != null) {
                return blanket;
            }
        }
        return facts(Evaluation.needsApproval(Approver.MENDAGRI, "needsApproval"), proposal, signer,
                capacity.get()).build();
    }

    /** @return the blanket-approval outcome, or null when the blanket does not cover the proposal */
    private static Evaluation blanket(Proposal proposal, CheckContext context, Signer signer, SignerCapacity capacity) {
        Optional<Agency> origin = proposal.getEmployee().getAgency();
        if (origin.isEmpty()) {
            return Evaluation.incomplete("employee.agency");
        }
        if (signer.getRegionCode().isEmpty()) {
            return Evaluation.incomplete("signer.regionCode");
        }
        String signerRegion = signer.getRegionCode().get();
        boolean ownRegion = false;
        if (origin.get().getKind().isRegional()) {
            if (origin.get().getRegionCode().isEmpty()) {
                return Evaluation.incomplete("employee.agency.regionCode");
            }
            ownRegion = origin.get().getRegionCode().get().equals(signerRegion);
        }
        if (!ownRegion && !context.isOn(BLANKET_FOR_RECEIVING)) {
            return null;
        }
        if (!context.isOn(BLANKET_IN_FREEZE)) {
            Evaluation uncovered = Windows.coverage(proposal, context, signerRegion);
            if (uncovered != null) {
                return uncovered;
            }
            Windows.Hit hit = Windows.preElection(proposal, context, signerRegion,
                    context.intParameter("pilkada.freeze.months"));
            if (hit != null) {
                Evaluation.Builder b = facts(Evaluation.needsApproval(Approver.MENDAGRI, "blanketSuspended"),
                        proposal, signer, capacity);
                return Windows.describe(b, proposal, signerRegion, hit, "freezeStart", "freezeEnd").build();
            }
        }
        return facts(Evaluation.warning(ownRegion ? "blanketOrigin" : "blanketReceiving"), proposal, signer,
                capacity).build();
    }

    private static Evaluation approved(Approval approval, Signer signer, CheckContext context) {
        if (!context.reportsPasses()) {
            return Evaluation.pass(); // no report shows a pass's facts unless passes are reported
        }
        return Evaluation.of(Outcome.PASS, "approved").fact("signerRole", signer.getRole())
                .fact("approvalReference", approval.getReference()).fact("approvalDate", approval.getDate()).build();
    }

    private static Evaluation.Builder facts(Evaluation.Builder b, Proposal proposal, Signer signer,
            SignerCapacity capacity) {
        b.fact("signerRole", signer.getRole()).fact("signerCapacity", capacity).fact("action", proposal.getAction())
                .fact("effectiveDate", proposal.getEffectiveDate());
        if (signer.getRegionCode().isPresent()) {
            b.fact("signerRegion", signer.getRegionCode().get());
        }
        return b;
    }
}

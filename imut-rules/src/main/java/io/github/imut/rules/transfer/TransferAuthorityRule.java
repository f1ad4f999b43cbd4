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
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
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
 * {@code MUT-AUTHORITY}: a transfer is decided by the official the law names, after the technical consideration
 * (pertimbangan teknis, pertek) the law requires (PP 11/2017 Pasal 191 to 195; SE Kepala BKN 3/SE/VIII/2019 on who
 * issues the pertek). The catalogue's table R2:
 * <table>
 *   <caption>Who decides, after whose pertek</caption>
 *   <tr><th>Route</th><th>Decides (signs)</th><th>Pertek</th><th>Basis</th><th>Conf.</th></tr>
 *   <tr><td>within one agency</td><td>its PPK (minister or head of agency; governor, regent or mayor of the region,
 *       definitive or interim)</td><td>internal (tim penilai kinerja), not checked</td><td>Pasal 191</td>
 *       <td>V</td></tr>
 *   <tr><td>between regions of one province (province and its regencies/cities, or two of them)</td><td>the
 *       governor of that province</td><td>Kanreg BKN</td><td>Pasal 192</td><td>V</td></tr>
 *   <tr><td>between provinces, or regions in different provinces</td><td>the Minister of Home Affairs</td>
 *       <td>Kepala BKN</td><td>Pasal 193</td><td>V</td></tr>
 *   <tr><td>region and central agency; between central agencies</td><td>Kepala BKN or the receiving PPK (not
 *       verified)</td><td>Kepala BKN</td><td>Pasal 194, 195</td><td>U</td></tr>
 * </table>
 * A signer other than the decider gives FAIL on a verified route and WARNING on the uncertain ones; a regional head of
 * another region (the signer's {@code regionCode}) is a wrong signer. A regional secretary (Sekda) or a delegated
 * official (pejabat yang berwenang) signing a within-agency move gives WARNING (check the delegation). A missing pertek
 * (an approval from {@code KANREG_BKN}, or {@code BKN}, which also covers the Kanreg's, dated on or before the
 * effective date) gives NEEDS_APPROVAL on a verified route and WARNING on an uncertain one. A transfer
 * "between agencies" whose two agencies are the same region is FAIL. Moves into or out of JPT utama, JPT madya and JF
 * ahli utama are the President's ({@code AUTH-PRESIDEN}), and into or out of a Dukcapil post the Minister of Home
 * Affairs' ({@code DUKCAPIL-MENDAGRI}): this rule leaves them to those. Transfers to a mission abroad (Pasal 196) are
 * not modelled. Missing agencies, provinces, signer or the signer's region give INCOMPLETE.
 */
public final class TransferAuthorityRule implements Rule {
    static final String ID = "MUT-AUTHORITY";

    /** Which row of table R2 a transfer falls in. */
    enum Route { WITHIN_AGENCY, WITHIN_PROVINCE, BETWEEN_PROVINCES, REGION_AND_CENTRAL, BETWEEN_CENTRAL }

    /** Who must decide. */
    enum Decider { PPK, GUBERNUR, MENDAGRI, KEPALA_BKN_ATAU_PPK_PENERIMA }

    private static final LocalDate SE_3_2019 = LocalDate.of(2019, 8, 1);
    private static final LegalBasis PS191 = LegalBasis.of("PP 11/2017").article("191");
    private static final LegalBasis PS192 = LegalBasis.of("PP 11/2017").article("192");
    private static final LegalBasis PS193 = LegalBasis.of("PP 11/2017").article("193");
    private static final LegalBasis PS194 = LegalBasis.of("PP 11/2017").article("194")
            .note("pejabat yang menetapkan belum diverifikasi");
    private static final LegalBasis PS195 = LegalBasis.of("PP 11/2017").article("195")
            .note("pejabat yang menetapkan belum diverifikasi");
    private static final LegalBasis SE_I = se("angka I huruf a-c");
    private static final LegalBasis SE_II = se("angka II huruf a-c");
    private static final LegalBasis SE_III = se("angka III");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Mutasi ditetapkan oleh pejabat yang berwenang setelah pertimbangan teknis yang dipersyaratkan",
                    "A transfer is decided by the competent official after the required technical consideration")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(PS191, PS192, PS193, PS194, PS195, LegalBasis.of("SE Kepala BKN 3/SE/VIII/2019")
                    .inForce(InForce.from(SE_3_2019)))
            .confidence(Confidence.S)
            .build();

    private static LegalBasis se(String note) {
        return LegalBasis.of("SE Kepala BKN 3/SE/VIII/2019").note(note).inForce(InForce.from(SE_3_2019));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Agency> origin = proposal.getEmployee().getAgency();
        if (origin.isEmpty()) {
            return Evaluation.incomplete("employee.agency");
        }
        // each Optional getter is read once: every call allocates (hot path)
        Optional<Signer> signerOf = proposal.getSigner();
        if (signerOf.isEmpty()) {
            return Evaluation.incomplete("signer");
        }
        Optional<Target> target = proposal.getTarget();
        if (decidedElsewhere(proposal, target)) {
            return Evaluation.notApplicable();
        }
        Signer signer = signerOf.get();
        if (proposal.getAction() != Action.BETWEEN_AGENCIES) {
            return withinAgency(proposal, origin.get(), signer);
        }
        Optional<Agency> receivingOf = target.isPresent() ? target.get().getAgency() : Optional.empty();
        if (receivingOf.isEmpty()) {
            return Evaluation.incomplete("target.agency");
        }
        Agency receiving = receivingOf.get();
        if (origin.get().getKind().isRegional() && receiving.getKind().isRegional()) {
            return betweenRegions(proposal, origin.get(), receiving, signer, context.reportsPasses());
        }
        return withCentral(proposal, origin.get(), receiving, signer, context.reportsPasses());
    }

    /** @return whether AUTH-PRESIDEN or DUKCAPIL-MENDAGRI names the decider instead */
    private static boolean decidedElsewhere(Proposal proposal, Optional<Target> target) {
        Optional<Position> current = proposal.getEmployee().getCurrentPosition();
        if (current.isPresent() && decidedElsewhere(current.get())) {
            return true;
        }
        return target.isPresent() && decidedElsewhere(target.get().getPosition());
    }

    /** @return whether the position's level is known and AUTH-PRESIDEN or DUKCAPIL-MENDAGRI decides it */
    private static boolean decidedElsewhere(Position p) {
        PositionLevel level = p.getLevel().orElse(null);
        return level != null && (Transfers.isPresidential(level)
                || Transfers.isDukcapilManaged(level) && p.getDukcapilUnit().orElse(false));
    }

    private static Evaluation withinAgency(Proposal proposal, Agency agency, Signer signer) {
        SignerRole role = signer.getRole();
        if (!agency.getKind().isRegional()) {
            if (role == SignerRole.MENTERI || role == SignerRole.KEPALA_LEMBAGA) {
                return Evaluation.pass();
            }
            Evaluation.Builder b = role == SignerRole.PEJABAT_YANG_BERWENANG ? Evaluation.warning("delegated")
                    : Evaluation.fail("wrongSigner");
            return facts(b, Route.WITHIN_AGENCY, Decider.PPK, signer, agency, agency).basis(PS191).build();
        }
        Optional<String> agencyRegion = agency.getRegionCode();
        if (agencyRegion.isEmpty()) {
            return Evaluation.incomplete("employee.agency.regionCode");
        }
        String region = agencyRegion.get();
        boolean head = isHeadOf(role, agency.getKind());
        if (!head && role != SignerRole.SEKDA) {
            return facts(Evaluation.fail("wrongSigner"), Route.WITHIN_AGENCY, Decider.PPK, signer, agency, agency)
                    .basis(PS191).build();
        }
        Optional<String> signerRegion = signer.getRegionCode();
        if (signerRegion.isEmpty()) {
            return Evaluation.incomplete("signer.regionCode");
        }
        if (!signerRegion.get().equals(region)) {
            return facts(Evaluation.fail("wrongRegion"), Route.WITHIN_AGENCY, Decider.PPK, signer, agency, agency)
                    .fact("signerRegion", signerRegion.get()).basis(PS191).build();
        }
        return head ? Evaluation.pass()
                : facts(Evaluation.warning("delegated"), Route.WITHIN_AGENCY, Decider.PPK, signer, agency, agency)
                        .basis(PS191).build();
    }

    private static Evaluation betweenRegions(Proposal proposal, Agency origin, Agency receiving, Signer signer,
            boolean reportsPasses) {
        String po = province(origin);
        if (po == null) {
            return Evaluation.incomplete("employee.agency.province");
        }
        String pr = province(receiving);
        if (pr == null) {
            return Evaluation.incomplete("target.agency.province");
        }
        Optional<String> originCode = origin.getKind() == receiving.getKind() ? origin.getRegionCode()
                : Optional.empty();
        if (originCode.isPresent() && originCode.equals(receiving.getRegionCode())) {
            return facts(Evaluation.fail("sameAgency"), Route.WITHIN_AGENCY, Decider.PPK, signer, origin, receiving)
                    .build();
        }
        boolean sameProvince = po.equals(pr);
        Route route = sameProvince ? Route.WITHIN_PROVINCE : Route.BETWEEN_PROVINCES;
        Decider decider = sameProvince ? Decider.GUBERNUR : Decider.MENDAGRI;
        LegalBasis[] basis = sameProvince ? new LegalBasis[] {PS192, SE_I} : new LegalBasis[] {PS193, SE_II};
        boolean rightSigner;
        if (sameProvince) {
            rightSigner = isHeadOf(signer.getRole(), AgencyKind.PROVINCE);
            if (rightSigner) {
                Optional<String> signerRegion = signer.getRegionCode();
                if (signerRegion.isEmpty()) {
                    return Evaluation.incomplete("signer.regionCode");
                }
                rightSigner = signerRegion.get().equals(po);
            }
        } else {
            rightSigner = signer.getRole() == SignerRole.MENDAGRI;
        }
        if (!rightSigner) {
            return facts(Evaluation.fail("wrongSigner"), route, decider, signer, origin, receiving).basis(basis)
                    .build();
        }
        Approval pertek = Transfers.approval(proposal, Approver.BKN);
        Approver required = sameProvince ? Approver.KANREG_BKN : Approver.BKN;
        if (pertek == null && sameProvince) {
            pertek = Transfers.approval(proposal, Approver.KANREG_BKN);
        }
        if (pertek == null) {
            return facts(Evaluation.needsApproval(required, "pertek"), route, decider, signer, origin, receiving)
                    .fact("pertekFrom", required).basis(basis).build();
        }
        if (!reportsPasses) {
            return Evaluation.pass(); // no report shows a pass's facts unless passes are reported
        }
        return facts(Evaluation.of(Outcome.PASS, "decided"), route, decider, signer, origin, receiving)
                .fact("pertekReference", pertek.getReference()).basis(basis).build();
    }

    private static Evaluation withCentral(Proposal proposal, Agency origin, Agency receiving, Signer signer,
            boolean reportsPasses) {
        boolean central = !origin.getKind().isRegional() && !receiving.getKind().isRegional();
        Route route = central ? Route.BETWEEN_CENTRAL : Route.REGION_AND_CENTRAL;
        LegalBasis[] basis = central ? new LegalBasis[] {PS195, SE_III} : new LegalBasis[] {PS194, SE_III};
        SignerRole role = signer.getRole();
        boolean rightSigner = role == SignerRole.KEPALA_BKN;
        if (!rightSigner && receiving.getKind().isRegional()) {
            rightSigner = isHeadOf(role, receiving.getKind()) && signer.getRegionCode().isPresent()
                    && signer.getRegionCode().equals(receiving.getRegionCode());
        } else if (!rightSigner) {
            rightSigner = role == SignerRole.MENTERI || role == SignerRole.KEPALA_LEMBAGA
                    || role == SignerRole.PEJABAT_YANG_BERWENANG;
        }
        if (!rightSigner) {
            return facts(Evaluation.warning("uncertainSigner"), route, Decider.KEPALA_BKN_ATAU_PPK_PENERIMA, signer,
                    origin, receiving).basis(basis).build();
        }
        Approval pertek = Transfers.approval(proposal, Approver.BKN);
        if (pertek == null) {
            return facts(Evaluation.warning("uncertainPertek"), route, Decider.KEPALA_BKN_ATAU_PPK_PENERIMA, signer,
                    origin, receiving).fact("pertekFrom", Approver.BKN).basis(basis).build();
        }
        if (!reportsPasses) {
            return Evaluation.pass(); // no report shows a pass's facts unless passes are reported
        }
        return facts(Evaluation.of(Outcome.PASS, "decided"), route, Decider.KEPALA_BKN_ATAU_PPK_PENERIMA, signer,
                origin, receiving).fact("pertekReference", pertek.getReference()).basis(basis).build();
    }

    /** @return whether {@code role} is the head (definitive or interim) of a government of {@code kind} */
    static boolean isHeadOf(SignerRole role, AgencyKind kind) {
        switch (kind) {
            case PROVINCE:
                return role == SignerRole.GUBERNUR || role == SignerRole.PJ_GUBERNUR
                        || role == SignerRole.PLT_GUBERNUR || role == SignerRole.PJS_GUBERNUR;
            case REGENCY:
                return role == SignerRole.BUPATI || role == SignerRole.PJ_BUPATI || role == SignerRole.PLT_BUPATI
                        || role == SignerRole.PJS_BUPATI;
            case CITY:
                return role == SignerRole.WALI_KOTA || role == SignerRole.PJ_WALI_KOTA
                        || role == SignerRole.PLT_WALI_KOTA || role == SignerRole.PJS_WALI_KOTA;
            default:
                return false;
        }
    }

    /** @return the two-digit province of a regional agency, from {@code province} or else its region code; or null */
    private static String province(Agency agency) {
        Optional<String> province = agency.getProvince();
        if (province.isPresent()) {
            return province.get();
        }
        Optional<String> code = agency.getRegionCode();
        return code.isPresent() ? code.get().substring(0, 2) : null;
    }

    private static Evaluation.Builder facts(Evaluation.Builder b, Route route, Decider decider, Signer signer,
            Agency origin, Agency receiving) {
        b.fact("route", route).fact("expectedDecider", decider).fact("signerRole", signer.getRole())
                .fact("origin", describe(origin)).fact("receiving", describe(receiving));
        if (signer.getRegionCode().isPresent()) {
            b.fact("signerRegion", signer.getRegionCode().get());
        }
        return b;
    }

    private static String describe(Agency a) {
        String name = a.getName().isPresent() ? a.getName().get() : a.getKind().name();
        return a.getRegionCode().isPresent() ? name + " (" + a.getRegionCode().get() + ")" : name;
    }
}

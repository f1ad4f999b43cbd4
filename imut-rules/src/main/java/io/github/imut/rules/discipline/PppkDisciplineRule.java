package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.List;

/**
 * {@code PPPK-DISIPLIN}: the PPK of each agency sets the discipline rules of its PPPK, following PP 49/2018 and the
 * agency's characteristics, and sanctions are imposed by the procedure of the PNS discipline regulation (PP 49/2018
 * Pasal 52 ayat (1)-(3)). PPPK sanction catalogues therefore differ by agency: Permendag 39/2025 Pasal 9 ayat (1), for
 * one, cuts the performance allowance by 15, 20 or 25 percent for 5 months, where PP 94/2021 cuts a PNS's by 25
 * percent for 6, 9 or 12.
 *
 * <p>imut holds no agency's PPPK catalogue, so the PNS sanction rules ({@code DISIPLIN-LEVELS}, {@code DISIPLIN-ABSEN},
 * {@code NETRAL-PP94}, {@code NETRAL-SKB-2022}, {@code DISIPLIN-LHKPN}, {@code DISIPLIN-DAMPAK},
 * {@code DISIPLIN-AUTHORITY}) leave a PPPK's sanctions alone, and this rule warns, for a PPPK with a sanction on the
 * record, that the sanctions were not checked against the agency's rules (the catalogue's fallback). The effect of a
 * sanction on a proposal ({@code DISIPLIN-BLOCK-*}, shared with the PNS) still applies: the procedure is the PNS one.
 * With the switch {@value #PNS_CATALOGUE_SWITCH} on (default off), for an agency whose PPPK rules
 * adopt PP 94/2021's catalogue, the PNS sanction rules judge the PPPK's sanctions and this rule passes.
 */
public final class PppkDisciplineRule implements Rule {
    static final String ID = "PPPK-DISIPLIN";
    /**
     * Switch: the agency's PPPK discipline rules adopt PP 94/2021's sanction catalogue, so the PNS sanction rules
     * judge a PPPK's sanctions too (default off).
     */
    public static final String PNS_CATALOGUE_SWITCH = "PPPK-DISIPLIN.pns-catalogue-applies";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Hukuman disiplin PPPK mengikuti peraturan disiplin instansi",
                    "PPPK sanctions follow the agency's own discipline rules")
            .appliesTo(ProposalKind.values())
            .basis(LegalBasis.of("PP 49/2018").article("52").paragraph("1"),
                    LegalBasis.of("PP 49/2018").article("52").paragraph("2"),
                    LegalBasis.of("PP 49/2018").article("52").paragraph("3"),
                    LegalBasis.of("Permendag 39/2025").article("9").paragraph("1")
                            .note("Contoh peraturan disiplin PPPK satu instansi"))
            .confidence(Confidence.S)
            .switches(DisciplineBases.PPPK_PNS_CATALOGUE)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        // one getter call: each allocates (hot path)
        if (proposal.getEmployee().getStatus().orElse(null) != EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        List<DisciplinarySanction> list = proposal.getEmployee().getSanctions();
        int recorded = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getCancelledOn().isEmpty()) {
                recorded++;
            }
        }
        if (recorded == 0) {
            return Evaluation.notApplicable();
        }
        if (context.isOn(PNS_CATALOGUE_SWITCH)) {
            return Evaluation.pass();
        }
        return Evaluation.warning("agencyRules").fact("sanctions", recorded)
                .fact("switch", PNS_CATALOGUE_SWITCH).build();
    }
}

package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.NeutralityViolation;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code NETRAL-SKB-2022}: the joint guideline on ASN neutrality of 22 September 2022 (Keputusan Bersama Menteri
 * PANRB 2/2022, Mendagri 800-5474/2022, Kepala BKN 246/2022, Ketua KASN 30/2022 and Ketua Bawaslu
 * 1447.1/PM.01/K.1/09/2022) sorts neutrality violations into code-of-ethics violations, answered with a moral
 * sanction (sanksi moral, PP 42/2004 Pasal 15), and disciplinary violations, answered with a sanction under PP
 * 94/2021 (Pasal 5 huruf n) at the level it lists (catalogue table R7).
 *
 * <p>For each sanction on the record that names its guideline item ({@code neutralityViolation}), for violations
 * from the guideline's date:
 * <ul>
 *   <li>WARNING, a code-of-ethics item recorded as a disciplinary sanction (any record but a SIASN moral-sanction
 *       code {@code 21}/{@code 22}): the guideline answers it with a moral sanction; a disciplinary sanction needs a
 *       violation of PP 94/2021.</li>
 *   <li>WARNING, a disciplinary item answered only with a moral sanction, or with a sanction lighter than the
 *       guideline's level (heavy for most items, moderate for a prospective candidate approaching parties, at least
 *       moderate for joining a campaign team, whose level the catalogue's source cut off); party membership is a
 *       dismissal ground ({@code BERHENTI-PARPOL}), so a sanction with a period warns.</li>
 * </ul>
 * Warnings, not failures, by default: the catalogue took the items from summaries of the guideline and the split
 * between prospective and determined candidates is its own reading (U); whether a later guideline replaced this one
 * after KASN's abolition was not verified. Switch {@value #BLOCK_SWITCH} (default off) makes a disciplinary item
 * answered below its level fail (the campaign-team item still only warns). A PPPK's sanctions follow the agency's
 * rules ({@code PPPK-DISIPLIN}).
 */
public final class NeutralityGuidelineRule implements Rule {
    static final String ID = "NETRAL-SKB-2022";
    /** Switch: a disciplinary item of the guideline answered below its level fails instead of warning. */
    public static final String BLOCK_SWITCH = ID + ".block-below-level";
    /** The day the guideline was signed. */
    static final LocalDate SIGNED = LocalDate.of(2022, 9, 22);

    /** The guideline's level for each disciplinary item; the code-of-ethics items are absent. */
    private static final Map<NeutralityViolation, SanctionLevel> LEVELS = new EnumMap<>(NeutralityViolation.class);

    static {
        for (NeutralityViolation v : new NeutralityViolation[] {NeutralityViolation.CANDIDATE_BANNER,
            NeutralityViolation.CANDIDATE_SOCIAL_MEDIA, NeutralityViolation.CANDIDATE_DECLARATION,
            NeutralityViolation.PARTY_MEMBERSHIP, NeutralityViolation.CANDIDATE_ONLINE,
            NeutralityViolation.CANDIDATE_PHOTO, NeutralityViolation.PARTISAN_ACTIVITIES,
            NeutralityViolation.ID_CARD_SUPPORT_LETTER, NeutralityViolation.DECISION_FAVOURING_CANDIDATE}) {
            LEVELS.put(v, SanctionLevel.BERAT);
        }
        LEVELS.put(NeutralityViolation.PROSPECTIVE_CANDIDATE_APPROACHING_PARTIES, SanctionLevel.SEDANG);
        LEVELS.put(NeutralityViolation.CAMPAIGN_TEAM, SanctionLevel.SEDANG);
    }

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pelanggaran netralitas menurut SKB 2022: kode etik atau disiplin",
                    "Neutrality violations under the 2022 joint guideline: code of ethics or discipline")
            .appliesTo(ProposalKind.values())
            .basis(LegalBasis.of("Keputusan Bersama Menteri PANRB 2/2022, Mendagri 800-5474/2022, Kepala BKN "
                            + "246/2022, Ketua KASN 30/2022, Ketua Bawaslu 1447.1/PM.01/K.1/09/2022")
                            .inForce(InForce.from(SIGNED))
                            .note("Daftar pelanggaran dari ringkasan; pembagian bakal calon dan calon belum diverifikasi"),
                    DisciplineBases.PP94.article("5").letter("n"),
                    LegalBasis.of("PP 42/2004").article("15"))
            .confidence(Confidence.S)
            .switches(Switch.of(BLOCK_SWITCH, false,
                    "Pelanggaran disiplin menurut SKB netralitas 2022 yang dijatuhi hukuman lebih ringan dari "
                            + "tingkatnya (atau hanya sanksi moral) tidak memenuhi syarat, bukan peringatan",
                    "A disciplinary item of the 2022 neutrality guideline answered below its level (or only with a "
                            + "moral sanction) fails instead of warning"),
                    DisciplineBases.PPPK_PNS_CATALOGUE)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        List<DisciplinarySanction> list = DisciplineBases.judgedSanctions(proposal, context);
        if (list.isEmpty()) {
            return Evaluation.notApplicable();
        }
        boolean block = context.isOn(BLOCK_SWITCH);
        Evaluation warning = null;
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            DisciplinarySanction s = list.get(i);
            if (s.getNeutralityViolation().isEmpty()) {
                continue;
            }
            LocalDate violation = DisciplineBases.violationDate(s);
            if (violation != null && violation.isBefore(SIGNED)) {
                continue;
            }
            any = true;
            NeutralityViolation item = s.getNeutralityViolation().get();
            SanctionLevel level = LEVELS.get(item);
            boolean ethicsRecord = SanctionTypes.isEthicsRecord(s);
            String path = "employee.sanctions[" + i + "]";
            String key = null;
            if (level == null) {
                if (!ethicsRecord) {
                    key = "ethicsAsDiscipline";
                }
            } else if (ethicsRecord) {
                key = "moralOnly";
            } else if (s.getLevel().compareTo(level) < 0) {
                key = "tooLight";
            } else if (item == NeutralityViolation.PARTY_MEMBERSHIP) {
                Optional<SanctionType> type = SanctionTypes.of(s);
                if (type.isPresent() && !type.get().isPermanent()) {
                    key = "partyMembership";
                }
            }
            if (key == null) {
                continue;
            }
            boolean fails = block && level != null && item != NeutralityViolation.CAMPAIGN_TEAM
                    && !key.equals("partyMembership");
            Evaluation.Builder b = (fails ? Evaluation.fail(key) : Evaluation.warning(key)).fact("sanction", path)
                    .fact("item", item).fact("level", s.getLevel());
            if (level != null) {
                b.fact("expectedLevel", level);
            }
            if (fails) {
                return b.fact("switch", BLOCK_SWITCH).build();
            }
            if (warning == null) {
                warning = b.build();
            }
        }
        if (!any) {
            return Evaluation.notApplicable();
        }
        return warning == null ? Evaluation.pass() : warning;
    }
}

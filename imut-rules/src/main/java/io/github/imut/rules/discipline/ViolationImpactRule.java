package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.DisciplinaryOffence;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.ViolationImpact;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DISIPLIN-DAMPAK}: for most duties and prohibitions of PP 94/2021 the sanction level follows the violation's
 * negative impact — on the work unit light, on the agency moderate, on the state or government heavy (Pasal 9-14;
 * Pasal 10 ayat (1) verbatim for the duties of Pasal 3 huruf b-h on the agency, where national unity already counts
 * on the work unit; Pasal 10 ayat (2) huruf a-b for the two oaths).
 *
 * <p>For each sanction on the record that names its offence ({@code offence}), committed under PP 94/2021, the
 * lowest level for its offence and impact comes from the catalogue's table (S, seeded from a code-repository dump and
 * news): loyalty, refusing gratification, abuse of authority, acting as intermediary, serving a foreign state, an
 * international organisation or a foreign company, accepting gifts and soliciting are heavy whatever the impact; the
 * oaths moderate; misusing state goods light, moderate, heavy; illegal levies moderate on the unit or agency and heavy
 * on the state; harming the state, arbitrariness to subordinates and obstructing duties light on the unit and
 * moderate on the agency (and, the table naming no higher level, at least moderate on the state); harming the public
 * moderate on the agency (at least moderate on the state, nothing said for the unit); the other duties of Pasal 3
 * light, moderate, heavy. With the impact unknown the work unit's level, the lowest, is the minimum. A lighter
 * sanction warns (never fails: the impact is the official's finding). Offences the table does not cover are not
 * judged: Pasal 4 huruf c, d, g and h, and those with their own rule — the wealth report ({@code DISIPLIN-LHKPN}),
 * attendance ({@code DISIPLIN-ABSEN}) and support for a candidate ({@code NETRAL-PP94}). A PPPK's sanctions follow the
 * agency's rules ({@code PPPK-DISIPLIN}).
 */
public final class ViolationImpactRule implements Rule {
    static final String ID = "DISIPLIN-DAMPAK";

    private static final SanctionLevel R = SanctionLevel.RINGAN;
    private static final SanctionLevel S = SanctionLevel.SEDANG;
    private static final SanctionLevel B = SanctionLevel.BERAT;
    /** The lowest level by offence, for the impacts work unit, agency, state (null: no level known). */
    private static final Map<DisciplinaryOffence, SanctionLevel[]> TABLE = new EnumMap<>(DisciplinaryOffence.class);

    static {
        row(new SanctionLevel[] {B, B, B}, DisciplinaryOffence.LOYALTY, DisciplinaryOffence.REFUSE_GRATIFICATION,
                DisciplinaryOffence.ABUSE_OF_AUTHORITY, DisciplinaryOffence.INTERMEDIARY,
                DisciplinaryOffence.FOREIGN_STATE_SERVICE, DisciplinaryOffence.INTERNATIONAL_ORGANISATION,
                DisciplinaryOffence.FOREIGN_COMPANY, DisciplinaryOffence.ACCEPTING_GIFTS,
                DisciplinaryOffence.SOLICITING);
        row(new SanctionLevel[] {S, S, B}, DisciplinaryOffence.NATIONAL_UNITY, DisciplinaryOffence.ILLEGAL_LEVY);
        row(new SanctionLevel[] {R, S, B}, DisciplinaryOffence.GOVERNMENT_POLICY, DisciplinaryOffence.OBEY_THE_LAW,
                DisciplinaryOffence.DEDICATION, DisciplinaryOffence.INTEGRITY, DisciplinaryOffence.OFFICIAL_SECRECY,
                DisciplinaryOffence.POSTING_ANYWHERE, DisciplinaryOffence.STATE_GOODS_MISUSE);
        row(new SanctionLevel[] {S, S, S}, DisciplinaryOffence.PNS_OATH, DisciplinaryOffence.POSITION_OATH);
        row(new SanctionLevel[] {R, S, S}, DisciplinaryOffence.HARMING_THE_STATE,
                DisciplinaryOffence.ARBITRARY_TO_SUBORDINATES, DisciplinaryOffence.OBSTRUCTING_DUTIES);
        row(new SanctionLevel[] {null, S, S}, DisciplinaryOffence.HARMING_THE_PUBLIC);
    }

    private static void row(SanctionLevel[] levels, DisciplinaryOffence... offences) {
        for (DisciplinaryOffence o : offences) {
            TABLE.put(o, levels);
        }
    }

    /** @return the table's column: the work unit's (the lowest) when the impact is unknown */
    private static int column(ViolationImpact impact) {
        if (impact == null) {
            return 0;
        }
        switch (impact) {
            case AGENCY:
                return 1;
            case STATE:
                return 2;
            default:
                return 0;
        }
    }

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tingkat hukuman disiplin menurut dampak pelanggaran",
                    "Sanction level by the violation's impact")
            .appliesTo(ProposalKind.values())
            .basis(DisciplineBases.PP94.article("9-14"), DisciplineBases.PP94.article("10").paragraph("1"),
                    DisciplineBases.PP94.article("10").paragraph("2").letter("a-b"))
            .confidence(Confidence.S)
            .switches(DisciplineBases.PPPK_PNS_CATALOGUE)
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
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            DisciplinarySanction s = list.get(i);
            SanctionLevel[] row = s.getOffence().isPresent() ? TABLE.get(s.getOffence().get()) : null;
            if (row == null) {
                continue;
            }
            LocalDate violation = DisciplineBases.violationDate(s);
            if (DisciplineBases.beforePp94(violation)) {
                continue;
            }
            ViolationImpact impact = s.getImpact().orElse(null);
            SanctionLevel minimum = row[column(impact)];
            if (minimum == null) {
                continue;
            }
            any = true;
            if (s.getLevel().compareTo(minimum) < 0) {
                Evaluation.Builder b = Evaluation.warning(impact == null ? "belowAnyImpact" : "belowImpact")
                        .fact("sanction", "employee.sanctions[" + i + "]").fact("offence", s.getOffence().get())
                        .fact("level", s.getLevel()).fact("minimumLevel", minimum);
                if (impact != null) {
                    b.fact("impact", impact);
                }
                return b.build();
            }
        }
        return any ? Evaluation.pass() : Evaluation.notApplicable();
    }
}

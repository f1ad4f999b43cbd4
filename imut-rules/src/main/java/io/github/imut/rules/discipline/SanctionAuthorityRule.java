package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.DisciplinaryAuthority;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code DISIPLIN-AUTHORITY}: only a pejabat yang berwenang menghukum imposes a disciplinary sanction — the
 * President, the PPK, the head of a mission abroad, and officials in JPT madya, JPT pratama, administrator and
 * pengawas positions (PP 94/2021 Pasal 16) — each on whom and at which level Pasal 17-23 say. That matrix was not
 * verified (catalogue: U), so the rule only warns, on its working assumption, for each sanction on the record that
 * names who imposed it ({@code imposedBy}), committed under PP 94/2021:
 * <ul>
 *   <li>imposed by someone not in Pasal 16 ({@code OTHER});</li>
 *   <li>a dismissal (PDHTAPS, or PP 53/2010's PTDH) imposed by anyone but the President or the PPK (as PP 11/2017
 *       Pasal 267 has the dismissal decided);</li>
 *   <li>another heavy sanction on a JPT utama, JPT madya or JF ahli utama imposed by anyone but the President, or on
 *       anyone else by anyone but the President or the PPK;</li>
 *   <li>a light or moderate sanction imposed by a JPT madya, JPT pratama, administrator or pengawas official on an
 *       employee whose structural position (on the day of the decision) is not below theirs: the chain runs from a
 *       superior to a subordinate. Functional positions have no catalogued place in the chain and are not judged.</li>
 * </ul>
 * The duty of the direct superior to summon and examine (Pasal 26, 28) needs facts no proposal carries and is not
 * checked. The signer of a dismissal proposal itself is {@code BERHENTI-AUTH}'s. A PPPK's sanctions follow the
 * agency's rules ({@code PPPK-DISIPLIN}).
 */
public final class SanctionAuthorityRule implements Rule {
    static final String ID = "DISIPLIN-AUTHORITY";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pejabat yang berwenang menjatuhkan hukuman disiplin (matriks belum diverifikasi)",
                    "Who may impose a disciplinary sanction (matrix unverified)")
            .appliesTo(ProposalKind.values())
            .basis(DisciplineBases.PP94.article("16"),
                    DisciplineBases.PP94.article("17-23").note("Matriks kewenangan belum diverifikasi (U)"),
                    LegalBasis.of("PP 11/2017").article("267").inForce(DisciplineBases.UNDER_PP11))
            .confidence(Confidence.U)
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
            if (s.getImposedBy().isEmpty()) {
                continue;
            }
            LocalDate violation = DisciplineBases.violationDate(s);
            if (DisciplineBases.beforePp94(violation)) {
                continue;
            }
            any = true;
            DisciplinaryAuthority by = s.getImposedBy().get();
            String path = "employee.sanctions[" + i + "]";
            if (by == DisciplinaryAuthority.OTHER) {
                return Evaluation.warning("notAnAuthority").fact("sanction", path).fact("level", s.getLevel())
                        .build();
            }
            boolean top = by == DisciplinaryAuthority.PRESIDEN || by == DisciplinaryAuthority.PPK;
            Optional<SanctionType> type = SanctionTypes.of(s);
            if (type.isPresent() && type.get().isPermanent()) {
                if (!top) {
                    return Evaluation.warning("dismissal").fact("sanction", path).fact("imposedBy", by)
                            .fact("sanctionType", type.get().code()).build();
                }
                continue;
            }
            LocalDate decided = s.getDecidedOn().orElse(s.getFrom().orElse(violation));
            PositionLevel position = decided == null ? null
                    : DisciplineBases.levelOn(proposal.getEmployee(), decided);
            if (s.getLevel() == SanctionLevel.BERAT) {
                boolean presidential = position == PositionLevel.JPT_UTAMA || position == PositionLevel.JPT_MADYA
                        || position == PositionLevel.AHLI_UTAMA;
                if (!top || presidential && by != DisciplinaryAuthority.PRESIDEN) {
                    Evaluation.Builder b = Evaluation.warning(presidential ? "heavyPresident" : "heavy")
                            .fact("sanction", path).fact("imposedBy", by);
                    if (position != null) {
                        b.fact("positionLevel", position);
                    }
                    return b.build();
                }
                continue;
            }
            int imposer = rank(by);
            int employee = position == null ? -1 : rank(position);
            if (imposer > 0 && employee > 0 && imposer <= employee) {
                return Evaluation.warning("notSuperior").fact("sanction", path).fact("imposedBy", by)
                        .fact("positionLevel", position).fact("level", s.getLevel()).build();
            }
        }
        return any ? Evaluation.pass() : Evaluation.notApplicable();
    }

    /** @return the structural rank of an imposing official (JPT madya 5 ... pengawas 2), 0 for the others */
    private static int rank(DisciplinaryAuthority by) {
        switch (by) {
            case JPT_MADYA:
                return 5;
            case JPT_PRATAMA:
                return 4;
            case ADMINISTRATOR:
                return 3;
            case PENGAWAS:
                return 2;
            default:
                return 0;
        }
    }

    /** @return the structural rank of a position (JPT utama 6 ... pelaksana 1), 0 for a functional one */
    private static int rank(PositionLevel level) {
        switch (level) {
            case JPT_UTAMA:
                return 6;
            case JPT_MADYA:
                return 5;
            case JPT_PRATAMA:
                return 4;
            case ADMINISTRATOR:
                return 3;
            case PENGAWAS:
                return 2;
            case PELAKSANA:
                return 1;
            default:
                return 0;
        }
    }
}

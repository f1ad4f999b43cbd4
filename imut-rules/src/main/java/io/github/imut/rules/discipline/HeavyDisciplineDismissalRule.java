package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.Proposal;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code DISIPLIN-UU20-CONFLICT}: the kind of dismissal for a heavy disciplinary violation. UU 20/2023 Pasal 52
 * ayat (3) huruf g makes "pelanggaran disiplin tingkat berat" a dismissal ground and ayat (4) makes it "tidak dengan
 * hormat"; PP 94/2021 Pasal 8 ayat (4) huruf c (and PP 11/2017 Pasal 252-253) makes the heaviest sanction
 * "pemberhentian dengan hormat tidak atas permintaan sendiri" (PDHTAPS), which keeps the pension (50/20). The UU's
 * implementing PP was not seen and BKN's practice after 31 October 2023 is not documented: the conflict is open.
 *
 * <ul>
 *   <li>Violation before 31 October 2023: the kind follows the sanction imposed (PDHTAPS; a PP 53/2010 PTDH stays
 *       PTDH); any other kind fails.</li>
 *   <li>Violation on or after 31 October 2023, switch {@value #UU20_SWITCH} off (default, PP 94/2021): a PDHTAPS
 *       warns that the UU says PTDH; a PTDH warns that the PP says PDHTAPS (with pension consequences). Nothing
 *       blocks while the conflict is open.</li>
 *   <li>Switch on (the UU's reading): PTDH is required; a PDHTAPS fails, a PTDH warns of the conflict.</li>
 * </ul>
 * The violation date is the sanction's {@code committedOn}; a sanction decided before 31 October 2023 was committed
 * before it too. Without a heavy dismissal sanction on the record, or without a date, the rule is INCOMPLETE.
 */
public final class HeavyDisciplineDismissalRule implements Rule {
    static final String ID = "DISIPLIN-UU20-CONFLICT";
    /** Switch: a heavy violation from 31 October 2023 is dismissed without honour (UU 20/2023), not PDHTAPS. */
    public static final String UU20_SWITCH = ID + ".dishonourable-under-uu20";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Jenis pemberhentian karena pelanggaran disiplin berat (UU 20/2023 dan PP 94/2021)",
                    "Kind of dismissal for a heavy disciplinary violation (UU 20/2023 vs PP 94/2021)")
            .appliesTo(DisciplineBases.HEAVY_DISCIPLINE_ACTIONS)
            .basis(LegalBasis.of("UU 20/2023").article("52").paragraph("3").letter("g")
                            .inForce(DisciplineBases.UNDER_UU20),
                    LegalBasis.of("UU 20/2023").article("52").paragraph("4").inForce(DisciplineBases.UNDER_UU20),
                    DisciplineBases.PP94_8.paragraph("4").letter("c"),
                    LegalBasis.of("PP 11/2017").article("252").inForce(DisciplineBases.UNDER_PP11),
                    LegalBasis.of("PP 11/2017").article("253").inForce(DisciplineBases.UNDER_PP11))
            .confidence(Confidence.V)
            .switches(Switch.of(UU20_SWITCH, false,
                    "Pelanggaran disiplin berat sejak 2023-10-31 diberhentikan tidak dengan hormat (UU 20/2023 "
                            + "Pasal 52 ayat (4)), bukan PDHTAPS (PP 94/2021 Pasal 8 ayat (4) huruf c)",
                    "A heavy violation from 2023-10-31 is dismissed without honour (UU 20/2023 Pasal 52(4)), not "
                            + "PDHTAPS (PP 94/2021 Pasal 8(4)c)"))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (!DisciplineBases.dismissesForHeavyDiscipline(proposal)) {
            return Evaluation.notApplicable();
        }
        int index = DisciplineBases.heavyDismissalSanction(proposal.getEmployee());
        if (index < 0) {
            return Evaluation.incomplete("employee.sanctions");
        }
        DisciplinarySanction s = proposal.getEmployee().getSanctions().get(index);
        LocalDate violation = DisciplineBases.violationDate(s);
        if (violation == null || s.getCommittedOn().isEmpty() && !violation.isBefore(DisciplineBases.UU20_2023)) {
            return Evaluation.incomplete("employee.sanctions[" + index + "].committedOn");
        }
        DismissalKind stated = stated(proposal);
        Optional<SanctionType> type = SanctionTypes.of(s);
        if (violation.isBefore(DisciplineBases.UU20_2023)) {
            DismissalKind expected = type.isPresent() && type.get() == SanctionType.DISHONOURABLE_DISMISSAL
                    ? DismissalKind.DISHONOURABLE : DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST;
            if (stated != expected) {
                return Evaluation.fail("beforeUu20").fact("violationDate", violation).fact("statedKind", stated)
                        .fact("expectedKind", expected).fact("uu20Date", DisciplineBases.UU20_2023)
                        .basis(type.isPresent() && type.get().regime() == SanctionType.Regime.PP53
                                ? LegalBasis.of("PP 53/2010") : DisciplineBases.PP94_8.paragraph("4").letter("c"))
                        .build();
            }
            return Evaluation.pass();
        }
        boolean uu20 = context.isOn(UU20_SWITCH);
        String key;
        if (uu20) {
            key = stated == DismissalKind.DISHONOURABLE ? "conflictUu20" : "uu20Requires";
        } else {
            key = stated == DismissalKind.DISHONOURABLE ? "conflictTdh" : "conflictPp94";
        }
        Evaluation.Builder b = uu20 && stated != DismissalKind.DISHONOURABLE ? Evaluation.fail(key)
                : Evaluation.warning(key);
        return b.fact("violationDate", violation).fact("statedKind", stated).fact("uu20Date",
                DisciplineBases.UU20_2023).fact("switch", UU20_SWITCH).build();
    }

    /** @return the kind the proposal states, else the one its action implies */
    static DismissalKind stated(Proposal p) {
        if (p.getDismissal().isPresent() && p.getDismissal().get().getKind().isPresent()) {
            return p.getDismissal().get().getKind().get();
        }
        return p.getAction() == Action.DISHONOURABLE ? DismissalKind.DISHONOURABLE
                : DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST;
    }
}

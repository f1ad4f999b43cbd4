package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Proposal;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code DISIPLIN-BERAT-JABATAN}: a heavy sanction of "penurunan jabatan setingkat lebih rendah selama 12 (dua
 * belas) bulan" or "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan" (PP 94/2021
 * Pasal 8 ayat (4) huruf a, b) is defeated by appointing the PNS to a position during those 12 months.
 *
 * <p>The catalogue derives this; an explicit prohibition was not seen (U). So an appointment into a position whose
 * effective date falls in such a sanction's period gives a WARNING, with the day after the period as earliest
 * compliant date. With the switch {@value #BLOCK_SWITCH} on (default off) it fails. A heavy sanction of unknown type
 * is treated as one of these.
 */
public final class HeavySanctionPositionRule implements Rule {
    static final String ID = "DISIPLIN-BERAT-JABATAN";
    /** Switch: block (instead of warn) an appointment during a heavy position sanction. */
    public static final String BLOCK_SWITCH = ID + ".block";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pengangkatan dalam jabatan selama hukuman disiplin berat penurunan atau pembebasan jabatan",
                    "Appointment to a position during a heavy demotion or release-from-position sanction")
            .appliesTo(Action.INTO_POSITION)
            .basis(DisciplineBases.PP94_8.paragraph("4").letter("a")
                            .note("Larangan tegas tidak ditemukan; diturunkan dari jenis hukuman (U)"),
                    DisciplineBases.PP94_8.paragraph("4").letter("b"))
            .confidence(Confidence.U)
            .parameters(SanctionTypes.monthsParameters())
            .switches(Switch.of(BLOCK_SWITCH, false,
                    "Tolak (bukan hanya peringatkan) pengangkatan dalam jabatan selama masa hukuman penurunan atau "
                            + "pembebasan jabatan",
                    "Block (instead of warning about) an appointment to a position during a demotion or "
                            + "release-from-position sanction"))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        LocalDate effective = proposal.getEffectiveDate();
        List<DisciplinarySanction> list = proposal.getEmployee().getSanctions();
        for (int i = 0; i < list.size(); i++) {
            DisciplinarySanction s = list.get(i);
            Optional<SanctionType> type = SanctionTypes.of(s);
            boolean positionSanction = type.isPresent()
                    ? type.get() == SanctionType.DEMOTION_ONE_LEVEL || type.get() == SanctionType.RELEASE_TO_PELAKSANA
                    : s.getLevel() == SanctionLevel.BERAT;
            if (!positionSanction || s.getCancelledOn().isPresent() && !s.getCancelledOn().get().isAfter(effective)) {
                continue;
            }
            LocalDate start = SanctionTypes.start(s);
            LocalDate end = SanctionTypes.end(s, context);
            if (start == null || start.isAfter(effective) || end == null || end.isBefore(effective)) {
                continue;
            }
            Evaluation.Builder b = Evaluation.of(context.isOn(BLOCK_SWITCH) ? Outcome.FAIL : Outcome.WARNING,
                    "duringSanction").fact("effectiveDate", effective)
                    .fact("sanctionType", type.isPresent() ? type.get().code() : "-").fact("sanctionFrom", start);
            if (end.equals(LocalDate.MAX)) {
                b.fact("sanctionTo", "-");
            } else {
                b.fact("sanctionTo", end).earliestCompliantDate(end.plusDays(1));
            }
            return b.build();
        }
        return Evaluation.pass();
    }
}

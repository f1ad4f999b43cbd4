package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code DISIPLIN-ABSEN}: unexcused absence from work (Pasal 4 huruf f), "dihitung secara kumulatif sampai dengan
 * akhir tahun berjalan" (PP 94/2021 Pasal 15 ayat (1)), calls for the sanction of the band reached: 3 days teguran
 * lisan … 28 days or more PDHTAPS (Pasal 9 ayat (2), 10 ayat (2), 11 ayat (2) huruf d; catalogue table R6).
 *
 * <p>For each sanction on the record that states its days absent ({@code unexcusedAbsenceDays}, and optionally the
 * consecutive working days): a sanction lighter than the band fails; a heavier one warns (the PPK's discretion to
 * deviate is not visible, U); a sanction below the first band warns. The type is compared by severity, or the level
 * when the type is unknown. Only violations under PP 94/2021 (from 31 August 2021) are judged; PPPK sanctions follow
 * the agency's own rules ({@code PPPK-DISIPLIN}, whose switch can apply the PNS rules to them).
 */
public final class AbsenceSanctionRule implements Rule {
    static final String ID = "DISIPLIN-ABSEN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Hukuman disiplin karena tidak masuk kerja tanpa alasan yang sah",
                    "Disciplinary sanction for unexcused absence")
            .appliesTo(ProposalKind.values())
            .basis(DisciplineBases.PP94.article("9").paragraph("2").note("Huruf belum diverifikasi"),
                    DisciplineBases.PP94.article("10").paragraph("2").letter("f")
                            .note("Huruf disimpulkan, belum diverifikasi"),
                    DisciplineBases.PP94.article("11").paragraph("2").letter("d"),
                    DisciplineBases.PP94.article("15").paragraph("1"))
            .confidence(Confidence.S)
            .parameters(AbsenceBands.parameters())
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
        Evaluation warning = null;
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            DisciplinarySanction s = list.get(i);
            if (s.getUnexcusedAbsenceDays().isEmpty() && s.getConsecutiveAbsenceWorkingDays().isEmpty()) {
                continue;
            }
            LocalDate violation = DisciplineBases.violationDate(s);
            if (DisciplineBases.beforePp94(violation)) {
                continue;
            }
            any = true;
            LocalDate on = AbsenceBands.lawDay(violation == null ? proposal.getEffectiveDate() : violation);
            int days = s.getUnexcusedAbsenceDays().orElse(0);
            int consecutive = s.getConsecutiveAbsenceWorkingDays().orElse(0);
            int band = AbsenceBands.band(days, consecutive, on, context);
            Optional<SanctionType> type = SanctionTypes.of(s);
            if (band < 0) {
                if (warning == null) {
                    warning = Evaluation.warning("belowThreshold").fact("sanction", "employee.sanctions[" + i + "]").fact("days", days)
                            .fact("minimumDays", context.parameters().intValue(
                                    "absence.days." + AbsenceBands.BANDS[0].code(), on)).build();
                }
                continue;
            }
            SanctionType expected = AbsenceBands.BANDS[band];
            int compare;
            if (type.isPresent() && AbsenceBands.rank(type.get()) >= 0) {
                compare = Integer.compare(AbsenceBands.rank(type.get()), band);
            } else {
                compare = s.getLevel().compareTo(expected.level());
            }
            if (compare < 0) {
                return Evaluation.fail("tooLight").fact("sanction", "employee.sanctions[" + i + "]").fact("days", days)
                        .fact("consecutiveDays", consecutive).fact("expectedType", expected.code())
                        .fact("sanctionType", type.isPresent() ? type.get().code() : s.getLevel().name()).build();
            }
            if (compare > 0 && warning == null) {
                warning = Evaluation.warning("tooHeavy").fact("sanction", "employee.sanctions[" + i + "]").fact("days", days)
                        .fact("consecutiveDays", consecutive).fact("expectedType", expected.code())
                        .fact("sanctionType", type.isPresent() ? type.get().code() : s.getLevel().name()).build();
            }
        }
        if (!any) {
            return Evaluation.notApplicable();
        }
        return warning == null ? Evaluation.pass() : warning;
    }
}

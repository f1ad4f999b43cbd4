package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code DISIPLIN-ABSEN-10HK}: a PNS absent without valid reason "selama 10 (sepuluh) hari kerja secara berturut-turut"
 * is dismissed (PDHTAPS; PP 94/2021 Pasal 11 ayat (2) huruf d angka 4), and so is one absent 28 days or more in the
 * calendar year (angka 3); the salary stops from the following month (Pasal 15 ayat (2); Peraturan BKN 6/2022
 * Pasal 12).
 *
 * <p>For a dismissal on a heavy disciplinary sanction whose record states absence (days in the year or consecutive
 * working days), it fails unless one of the two thresholds is evidenced. Working days are counted by the agency (the
 * count is input; imut has no holiday calendar for this), so weekends and holidays are the agency's to exclude.
 */
public final class AbsenceDismissalRule implements Rule {
    static final String ID = "DISIPLIN-ABSEN-10HK";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("PDHTAPS karena tidak masuk kerja 10 hari kerja berturut-turut atau 28 hari setahun",
                    "Dismissal for 10 consecutive working days or 28 days a year of unexcused absence")
            .appliesTo(DisciplineBases.HEAVY_DISCIPLINE_ACTIONS)
            .basis(DisciplineBases.PP94.article("11").paragraph("2").letter("d"),
                    DisciplineBases.PP94.article("15").paragraph("2"),
                    LegalBasis.of("Peraturan BKN 6/2022").article("12"))
            .confidence(Confidence.S)
            .parameters(AbsenceBands.parameters())
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
            return Evaluation.notApplicable();
        }
        DisciplinarySanction s = proposal.getEmployee().getSanctions().get(index);
        if (s.getUnexcusedAbsenceDays().isEmpty() && s.getConsecutiveAbsenceWorkingDays().isEmpty()) {
            return Evaluation.notApplicable();
        }
        LocalDate violation = DisciplineBases.violationDate(s);
        LocalDate on = AbsenceBands.lawDay(violation == null ? proposal.getEffectiveDate() : violation);
        int days = s.getUnexcusedAbsenceDays().orElse(0);
        int consecutive = s.getConsecutiveAbsenceWorkingDays().orElse(0);
        int yearDays = context.parameters().intValue("absence.days.B-PDHTAPS", on);
        int runDays = context.parameters().intValue(AbsenceBands.CONSECUTIVE, on);
        if (days < yearDays && consecutive < runDays) {
            return Evaluation.fail("notEvidenced").fact("days", days).fact("consecutiveDays", consecutive)
                    .fact("yearDays", yearDays).fact("consecutiveRequired", runDays).build();
        }
        return Evaluation.pass();
    }
}

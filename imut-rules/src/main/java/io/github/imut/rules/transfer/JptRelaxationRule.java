package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code JPT-2Y-RELAX}: under SE MenPANRB 19/2023 (22-09-2023) on the "Mutasi/Rotasi Pejabat Pimpinan Tinggi yang
 * Menduduki Jabatan Belum Mencapai Dua Tahun" a PPK may rotate a JPT holder with less than 2 years in post on the
 * grounds of performance; BKN's I-MUT practice (2025) accepts it when the last two quarterly performance ratings are
 * "sangat baik", and otherwise requires a re-assessment (asesmen).
 *
 * <p>Applies when the holder of a JPT pratama post (for JPT utama and madya the President's approval of
 * {@code JPT-2Y-PROTECT} governs) is moved inside the protection period of {@code JPT-2Y-PROTECT} and the proposal
 * claims the ground {@value Transfers#GROUND_PERFORMANCE}. The evidence is the quarterly ratings
 * ({@code employee.performance} with a quarter) of the last {@code jpt.relax.quarters} quarters completed before the
 * effective date (effective 2025-10-15: 2025-Q3 and 2025-Q2; a quarter is complete the day after its last day), or a
 * re-assessment result (document {@code HASIL_SELEKSI}):
 * <ul>
 *   <li>a re-assessment result, or every required quarter rated {@code SANGAT_BAIK}: WARNING (a person confirms the
 *       circular is still applied and the grounds hold);</li>
 *   <li>a required quarter not rated {@code SANGAT_BAIK} and no re-assessment: FAIL (the relaxation's condition is not
 *       met; the protection applies until its anniversary, the earliest compliant date);</li>
 *   <li>a required quarter missing and no re-assessment: INCOMPLETE naming both.</li>
 * </ul>
 * The circular describes itself as transitional and its status after the evaluation of 25-01-2024 is unknown (open
 * question 3): switch {@value #HONOUR}, default on because BKN applied it in 2025 and the outcome is a warning for a
 * person, never a pass; off, the circular is not honoured and {@code JPT-2Y-PROTECT} blocks.
 */
public final class JptRelaxationRule implements Rule {
    static final String ID = "JPT-2Y-RELAX";
    static final String HONOUR = "JPT-2Y-RELAX.honour-se-menpanrb-19-2023";
    static final LocalDate SE_19_2023 = LocalDate.of(2023, 9, 22);
    static final Switch HONOUR_SWITCH = Switch.of(HONOUR, true,
            "SE MenPANRB 19/2023 (rotasi JPT yang belum 2 tahun atas dasar kinerja) diakui, dengan bukti dua penilaian "
                    + "kinerja triwulan terakhir sangat baik atau hasil asesmen ulang. Matikan bila surat edaran itu "
                    + "dianggap tidak berlaku lagi: larangan 2 tahun berlaku penuh.",
            "SE MenPANRB 19/2023 (rotating a JPT holder with under 2 years in post on performance grounds) is "
                    + "honoured, with the evidence of the last two quarterly ratings 'sangat baik' or a re-assessment. "
                    + "Turn off if the circular is taken to be withdrawn: the 2-year ban then applies in full.");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Rotasi JPT yang belum 2 tahun atas dasar kinerja memerlukan bukti kinerja triwulan",
                    "Rotating a JPT holder with under 2 years in post on performance grounds needs quarterly "
                            + "performance evidence")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION)
            .basis(LegalBasis.of("SE MenPANRB 19/2023").inForce(InForce.from(SE_19_2023)),
                    LegalBasis.of("Praktik BKN I-MUT 2025").note("penilaian kinerja dua triwulan terakhir sangat "
                            + "baik, atau asesmen ulang; dilaporkan untuk Kota Cilegon, Oktober 2025"))
            .inForce(InForce.from(SE_19_2023))
            .confidence(Confidence.S)
            .parameters("jpt.protect.years", "jpt.relax.quarters")
            .switches(HONOUR_SWITCH)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** @return whether the relaxation is honoured on {@code date} (switch on, circular in force) */
    static boolean honoured(CheckContext context, LocalDate date) {
        return context.isOn(HONOUR) && !date.isBefore(SE_19_2023);
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        LocalDate effective = proposal.getEffectiveDate();
        if (Transfers.ground(proposal, Transfers.GROUND_PERFORMANCE) == null || !honoured(context, effective)) {
            return Evaluation.notApplicable();
        }
        Optional<Position> current = proposal.getEmployee().getCurrentPosition();
        if (current.isEmpty() || current.get().getLevel().isEmpty()
                || current.get().getLevel().get() != PositionLevel.JPT_PRATAMA
                || current.get().getSince().isEmpty()) {
            return Evaluation.notApplicable();
        }
        LocalDate protectedUntil = LegalDates.plusYears(current.get().getSince().get(),
                context.intParameter("jpt.protect.years"), LegalDates.LeapDay.MAR_1);
        if (!effective.isBefore(protectedUntil)) {
            return Evaluation.notApplicable();
        }
        if (proposal.hasDocument(DocumentKind.HASIL_SELEKSI)) {
            return Evaluation.warning("reassessed").fact("since", current.get().getSince().get())
                    .fact("protectedUntil", protectedUntil).fact("effectiveDate", effective).build();
        }
        int quarters = context.intParameter("jpt.relax.quarters");
        int year = effective.getYear();
        int quarter = (effective.getMonthValue() - 1) / 3;   // the last completed quarter, 0 meaning Q4 of last year
        StringBuilder ratings = new StringBuilder();
        Evaluation.Builder missing = null;
        boolean allExcellent = true;
        for (int k = 0; k < quarters; k++) {
            if (quarter == 0) {
                quarter = 4;
                year--;
            }
            PerformanceRating r = rating(proposal.getEmployee().getPerformance(), year, quarter);
            if (r == null) {
                if (missing == null) {
                    missing = Evaluation.of(Outcome.INCOMPLETE, "evidence");
                }
                missing.missing("employee.performance[" + year + "-Q" + quarter + "]");
            } else {
                allExcellent &= r == PerformanceRating.SANGAT_BAIK;
                ratings.append(ratings.length() == 0 ? "" : ", ").append(year).append("-Q").append(quarter)
                        .append(' ').append(r.name());
            }
            quarter--;
        }
        if (!allExcellent) {
            return Evaluation.fail("reassessmentRequired").fact("ratings", ratings.toString())
                    .fact("quarters", quarters).fact("since", current.get().getSince().get())
                    .fact("protectedUntil", protectedUntil).fact("effectiveDate", effective)
                    .earliestCompliantDate(protectedUntil).build();
        }
        if (missing != null) {
            return missing.missing(Transfers.path(DocumentKind.HASIL_SELEKSI)).fact("quarters", quarters)
                    .fact("effectiveDate", effective).build();
        }
        return Evaluation.warning("excellent").fact("ratings", ratings.toString()).fact("quarters", quarters)
                .fact("since", current.get().getSince().get()).fact("protectedUntil", protectedUntil)
                .fact("effectiveDate", effective).build();
    }

    private static PerformanceRating rating(List<PerformanceRecord> records, int year, int quarter) {
        for (int i = 0, n = records.size(); i < n; i++) {
            PerformanceRecord r = records.get(i);
            if (r.getYear() == year && r.getQuarter().isPresent() && r.getQuarter().get() == quarter) {
                return r.getRating();
            }
        }
        return null;
    }
}

package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.List;

/**
 * {@code MUT-SKP-2Y}: a transfer between agencies or at own request needs a performance appraisal rated "baik" in the
 * last 2 years (Peraturan BKN 5/2019 Pasal 3; PP 11/2017 Pasal 54 for the same requirement on promotion).
 *
 * <p>Following the catalogue's table R5, each of the last {@code mutasi.skp.years} annual appraisals — the calendar
 * years before the effective date's year (effective in 2026: 2025 and 2024) — must be rated at least {@code BAIK}
 * (SANGAT_BAIK &gt; BAIK &gt; BUTUH_PERBAIKAN &gt; KURANG &gt; SANGAT_KURANG, PermenPAN-RB 6/2022). Quarterly ratings
 * do not count. A year rated lower gives FAIL; a year without an annual rating gives INCOMPLETE naming
 * {@code employee.performance[YEAR]}; two ratings for one year are judged by the worse. A within-agency move the
 * agency ordered is not concerned; when the proposal does not say who initiated a within-agency move,
 * {@code MUT-DOCS} names the field and this rule is silent.
 */
public final class PerformanceRule implements Rule {
    static final String ID = "MUT-SKP-2Y";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Penilaian kinerja paling rendah baik dalam 2 tahun terakhir",
                    "Performance rated at least good in the last 2 years")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(Transfers.PERBAN5_3, LegalBasis.of("PP 11/2017").article("54"))
            .confidence(Confidence.S)
            .parameters("mutasi.skp.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Evaluation scope = Transfers.documentSetScope(proposal, false);
        if (scope != null) {
            return scope;
        }
        int years = context.intParameter("mutasi.skp.years");
        int last = proposal.getEffectiveDate().getYear() - 1;
        List<PerformanceRecord> records = proposal.getEmployee().getPerformance();
        Evaluation.Builder missing = null;
        for (int year = last; year > last - years; year--) {
            PerformanceRating worst = null;
            for (int i = 0, n = records.size(); i < n; i++) {
                PerformanceRecord r = records.get(i);
                if (r.getYear() == year && r.getQuarter().isEmpty()
                        && (worst == null || worst.isAtLeast(r.getRating()) && worst != r.getRating())) {
                    worst = r.getRating();
                }
            }
            if (worst == null) {
                if (missing == null) {
                    missing = Evaluation.of(Outcome.INCOMPLETE, "missing");
                }
                missing.missing("employee.performance[" + year + "]");
            } else if (!worst.isAtLeast(PerformanceRating.BAIK)) {
                return Evaluation.fail("belowGood").fact("year", year).fact("rating", worst)
                        .fact("years", years).fact("effectiveDate", proposal.getEffectiveDate()).build();
            }
        }
        return missing == null ? Evaluation.pass()
                : missing.fact("years", years).fact("effectiveDate", proposal.getEffectiveDate()).build();
    }
}

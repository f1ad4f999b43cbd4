package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code MUT-TENURE-2Y}: "Mutasi ... dilakukan paling singkat 2 (dua) tahun dan paling lama 5 (lima) tahun"
 * (PP 11/2017 Pasal 190 ayat (3); Peraturan BKN 5/2019 Pasal 2 ayat (3) uses the same words).
 *
 * <p>Applies to every transfer of a PNS (a CPNS is {@code MUT-CPNS}, a PPPK {@code MUT-PPPK}). The clock is the time
 * in the current post ({@code employee.currentPosition.since}; the text does not say post or agency, BKN describes it
 * as time at the previous post). The minimum ({@code mutasi.tenure.min.years}) is met on the anniversary, a
 * 29 February start on 1 March ({@link LegalDates.LeapDay#MAR_1}, the later day: a waiting period never ends early).
 * Below it the catalogue's default is WARNING (neither text lists the exceptions practice makes); switch
 * {@value #BLOCK} makes it FAIL. Either way the anniversary is the earliest compliant date. Beyond the maximum
 * ({@code mutasi.tenure.max.years}; the day after the anniversary, a 29 February start completing on 28 February,
 * {@link LegalDates.LeapDay#FEB_28}) a rotation is overdue: WARNING, not a legal bar.
 *
 * <p>{@code MUT-6M-2025}: on 2025-07-01 the Kepala BKN told DPR Komisi II that the wait is now 6 months instead of 2
 * years; no instrument was identified (catalogue open question 7). Switch {@value #SIX_MONTHS}, default off: when on,
 * for effective dates on which {@code mutasi.tenure.min.months.bkn2025} has a value (from 2025-07-01) the minimum is
 * that many months instead (a start on the 29th-31st whose day the target month lacks completes on the 1st of the
 * next month). Missing tenure data gives a WARNING naming the field (INCOMPLETE when {@value #BLOCK} is on): a rule
 * that only warns does not make missing data worse than a breach.
 */
public final class TenureRule implements Rule {
    static final String ID = "MUT-TENURE-2Y";
    static final String BLOCK = "MUT-TENURE-2Y.block-under-minimum";
    static final String SIX_MONTHS = "MUT-6M-2025.six-month-minimum";
    static final String SIX_MONTHS_PARAMETER = "mutasi.tenure.min.months.bkn2025";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Mutasi dilakukan paling singkat 2 tahun dan paling lama 5 tahun dalam jabatan",
                    "A transfer takes place after at least 2 and at most 5 years in post")
            .appliesTo(ProposalKind.TRANSFER)
            .basis(LegalBasis.of("PP 11/2017").article("190").paragraph("3"),
                    LegalBasis.of("Peraturan BKN 5/2019").article("2").paragraph("3"))
            .confidence(Confidence.V)
            .parameters("mutasi.tenure.min.years", "mutasi.tenure.max.years", SIX_MONTHS_PARAMETER)
            .switches(Switch.of(BLOCK, false,
                    "Mutasi sebelum masa minimal dalam jabatan ditolak (TMS), bukan hanya diberi peringatan.",
                    "A transfer before the minimum time in post is rejected (TMS), not only flagged."),
                    Switch.of(SIX_MONTHS, false,
                    "MUT-6M-2025: sejak 2025-07-01 masa minimal sebelum mutasi 6 bulan, bukan 2 tahun (pernyataan "
                            + "Kepala BKN kepada Komisi II DPR; instrumen hukumnya belum ditemukan).",
                    "MUT-6M-2025: from 2025-07-01 the minimum before a transfer is 6 months instead of 2 years (the "
                            + "Kepala BKN's statement to DPR Komisi II; the legal instrument was not found)."))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<EmploymentStatus> status = proposal.getEmployee().getStatus();
        if (status.isPresent() && status.get() != EmploymentStatus.PNS) {
            return Evaluation.notApplicable();
        }
        boolean block = context.isOn(BLOCK);
        Optional<Position> current = proposal.getEmployee().getCurrentPosition();
        // each Optional getter is read once: every call allocates (hot path)
        Optional<LocalDate> sinceOf = current.isPresent() ? current.get().getSince() : Optional.empty();
        if (sinceOf.isEmpty()) {
            return block ? Evaluation.incomplete("employee.currentPosition.since")
                    : Evaluation.warning("unknown").missing("employee.currentPosition.since").build();
        }
        LocalDate since = sinceOf.get();
        LocalDate effective = proposal.getEffectiveDate();
        LocalDate eligibleFrom;
        Evaluation.Builder b;
        int sixMonths = context.isOn(SIX_MONTHS) ? valueOn(context, effective) : -1;
        if (sixMonths >= 0) {
            eligibleFrom = since.plusMonths(sixMonths);
            if (eligibleFrom.getDayOfMonth() != since.getDayOfMonth()) {
                eligibleFrom = eligibleFrom.plusDays(1);
            }
            if (effective.isBefore(eligibleFrom)) {
                b = Evaluation.of(block ? Outcome.FAIL : Outcome.WARNING, "tooEarlyMonths")
                        .fact("minimumMonths", sixMonths);
                return facts(b, since, effective).fact("eligibleFrom", eligibleFrom)
                        .earliestCompliantDate(eligibleFrom).build();
            }
        } else {
            int min = context.intParameter("mutasi.tenure.min.years");
            eligibleFrom = LegalDates.plusYears(since, min, LegalDates.LeapDay.MAR_1);
            if (effective.isBefore(eligibleFrom)) {
                b = Evaluation.of(block ? Outcome.FAIL : Outcome.WARNING, "tooEarly").fact("minimumYears", min);
                return facts(b, since, effective).fact("eligibleFrom", eligibleFrom)
                        .earliestCompliantDate(eligibleFrom).build();
            }
        }
        int max = context.intParameter("mutasi.tenure.max.years");
        LocalDate maxReached = LegalDates.plusYears(since, max, LegalDates.LeapDay.FEB_28);
        if (effective.isAfter(maxReached)) {
            return facts(Evaluation.warning("overdue"), since, effective).fact("maximumYears", max)
                    .fact("maximumReached", maxReached).build();
        }
        return Evaluation.pass();
    }

    /** @return the value of the 2025 minimum in force on {@code date}, or -1 if it has none */
    private static int valueOn(CheckContext context, LocalDate date) {
        List<ParameterValue> timeline = context.parameters().timeline(SIX_MONTHS_PARAMETER);
        for (int i = 0, n = timeline.size(); i < n; i++) {
            if (timeline.get(i).inForce().contains(date)) {
                return timeline.get(i).value();
            }
        }
        return -1;
    }

    private static Evaluation.Builder facts(Evaluation.Builder b, LocalDate since, LocalDate effective) {
        return b.fact("since", since).fact("effectiveDate", effective)
                .fact("monthsInPost", LegalDates.completedMonths(since, effective));
    }
}

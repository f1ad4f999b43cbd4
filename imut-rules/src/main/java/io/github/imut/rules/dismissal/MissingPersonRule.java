package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-HILANG}: a missing PNS is presumed dead at the end of the 12th month after going missing and is
 * then dismissed with honour (PP 11/2017 Pasal 245-246; Peraturan BKN 3/2020 Pasal 13).
 *
 * <p>The catalogue counts the month of disappearance as the first: presumed dead at the end of the month
 * {@code missing.presumedDead.months} − 1 months after it ({@code 2024-03-10} gives {@code 2025-02-28}). Whether the
 * count starts with the following month is uncertain (U). A dismissal effective before the catalogue's date fails,
 * with that date as earliest compliant date; one effective in the month between the two readings warns, or fails
 * with the switch {@value #SWITCH} on (default off).
 */
public final class MissingPersonRule implements Rule {
    static final String ID = "BERHENTI-HILANG";
    /** Switch: count the 12 months from the month after the disappearance (the later date). */
    public static final String SWITCH = ID + ".count-from-the-month-after";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("PNS yang hilang dianggap meninggal dunia pada akhir bulan ke-12",
                    "A missing PNS is presumed dead at the end of the 12th month")
            .appliesTo(Action.DEATH)
            .basis(Bases.PP11.article("245"), Bases.PP11.article("246"),
                    LegalBasis.of("Peraturan BKN 3/2020").article("13"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("missing.presumedDead.months")
            .switches(Switch.of(SWITCH, false,
                    "Hitung 12 bulan mulai bulan berikutnya setelah hilang (tanggal yang lebih kemudian)",
                    "Count the 12 months from the month after the disappearance (the later date)"))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (Grounds.of(proposal) != DismissalGround.MISSING) {
            return Evaluation.notApplicable();
        }
        if (proposal.getEmployee().getMissingSince().isEmpty()) {
            return Evaluation.incomplete("employee.missingSince");
        }
        LocalDate since = proposal.getEmployee().getMissingSince().get();
        int months = context.intParameter("missing.presumedDead.months");
        LocalDate presumed = LegalDates.endOfMonth(since.plusMonths(months - 1L));
        LocalDate later = LegalDates.endOfMonth(since.plusMonths(months));
        LocalDate effective = proposal.getEffectiveDate();
        if (effective.isBefore(presumed)) {
            return Evaluation.fail("tooEarly").fact("effectiveDate", effective).fact("missingSince", since)
                    .fact("presumedDeathDate", presumed).fact("months", months)
                    .earliestCompliantDate(context.isOn(SWITCH) ? later : presumed).build();
        }
        if (effective.isBefore(later)) {
            Evaluation.Builder b = context.isOn(SWITCH) ? Evaluation.fail("countingConvention")
                    .earliestCompliantDate(later) : Evaluation.warning("countingConvention");
            return b.fact("effectiveDate", effective).fact("missingSince", since).fact("presumedDeathDate", presumed)
                    .fact("laterDate", later).fact("months", months).build();
        }
        return Evaluation.pass();
    }
}

package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Switch;
import io.github.imut.law.LegalDates;
import java.time.LocalDate;

/**
 * "Terhitung mulai akhir bulan" (from the end of the month of the event): the effective date of a dismissal for party
 * membership, a candidacy, an ex-pejabat negara or a criminal sentence (catalogue section 4.3). Some decisions state
 * it as the first day of the next month; with the switch {@value #SWITCH} on (default) both are accepted.
 */
final class MonthEnd {
    /** Switch: accept the first of the next month for "terhitung mulai akhir bulan". */
    static final String SWITCH = "BERHENTI-GROUNDS.first-of-next-month-accepted";
    static final Switch FIRST_OF_NEXT = Switch.of(SWITCH, true,
            "TMT \"terhitung mulai akhir bulan\" juga diterima bila ditulis tanggal 1 bulan berikutnya (U)",
            "An effective date \"from the end of the month\" is also accepted as the 1st of the next month (U)");

    private MonthEnd() {
    }

    /**
     * @param effective the proposal's effective date
     * @param event     the day of the event
     * @param context   the check context
     * @return whether the effective date is the end of the event's month (or, with the switch, the next 1st)
     */
    static boolean accepted(LocalDate effective, LocalDate event, CheckContext context) {
        return effective.equals(LegalDates.endOfMonth(event))
                || context.isOn(SWITCH) && effective.equals(LegalDates.firstOfNextMonth(event));
    }
}

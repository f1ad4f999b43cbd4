package io.github.imut.law;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * The date arithmetic the law uses, with one documented rounding policy per operation (rule catalogue, "Date-computation
 * guidance"). Every rule computes its dates here, so that a 29 February or a month end is treated the same way
 * everywhere. Stateless and thread-safe; no method returns null.
 *
 * <ul>
 *   <li>"paling singkat N tahun terhitung sejak X" (at least N years from X): {@link #plusYears(LocalDate, int, LeapDay)}
 *       on the same calendar date; the condition holds on and after that day.</li>
 *   <li>"N bulan sebelum tanggal Y" (N months before Y): {@link LocalDate#minusMonths(long)}, same day of month, clamped
 *       to the month's last day ({@code 2024-09-22} minus 6 months is {@code 2024-03-22}).</li>
 *   <li>Age: whole years completed ({@link #completedYears(LocalDate, LocalDate)}); a person born on 29 February
 *       completes a year on 28 February in a common year ({@link LeapDay#FEB_28}, as {@code plusYears} does).</li>
 *   <li>"terhitung mulai akhir bulan" (from the end of the month): {@link #endOfMonth(LocalDate)}; "tanggal 1 bulan
 *       berikutnya" (the first of the next month): {@link #firstOfNextMonth(LocalDate)}.</li>
 * </ul>
 */
public final class LegalDates {

    /** Where an anniversary of 29 February falls in a common year. */
    public enum LeapDay {
        /** On 28 February (what {@link LocalDate#plusYears(long)} does): the earlier day. */
        FEB_28,
        /** On 1 March: the later day. */
        MAR_1
    }

    private LegalDates() {
    }

    /**
     * The same calendar date {@code years} later: "N tahun terhitung sejak X".
     *
     * @param from   the day counting starts (X)
     * @param years  N, may be negative
     * @param policy where 29 February lands in a common year; a rule that waits for the period to pass takes the
     *               later day ({@link LeapDay#MAR_1}) when it wants the safer reading, a rule that caps an age the
     *               earlier one
     * @return X + N years
     */
    public static LocalDate plusYears(LocalDate from, int years, LeapDay policy) {
        LocalDate d = from.plusYears(years);
        if (policy == LeapDay.MAR_1 && from.getMonth() == Month.FEBRUARY && from.getDayOfMonth() == 29
                && d.getDayOfMonth() == 28) {
            return d.plusDays(1);
        }
        return d;
    }

    /**
     * Whether at least {@code years} years have passed from {@code from} on {@code on}: {@code on >= from + years}.
     *
     * @param from   the day counting starts
     * @param years  the years required
     * @param on     the day tested (usually the proposal's effective date)
     * @param policy the 29 February policy, as for {@link #plusYears(LocalDate, int, LeapDay)}
     * @return whether the period is complete on {@code on}
     */
    public static boolean yearsComplete(LocalDate from, int years, LocalDate on, LeapDay policy) {
        return !on.isBefore(plusYears(from, years, policy));
    }

    /**
     * Whole years completed from {@code from} to {@code on}: the age on a day, or the years of service. A year is
     * complete on the day {@link LocalDate#plusYears(long)} gives, so a 29 February birth completes its years on 28
     * February in a common year ({@link LeapDay#FEB_28}; {@link ChronoUnit#YEARS} would say 1 March). Negative when
     * {@code on} is before {@code from}.
     *
     * @param from the birth date or the first day of service
     * @param on   the day
     * @return the completed years ({@code 1985-03-12} to {@code 2026-03-11} is 40, to {@code 2026-03-12} is 41)
     */
    public static int completedYears(LocalDate from, LocalDate on) {
        int years = on.getYear() - from.getYear();
        return from.plusYears(years).isAfter(on) ? years - 1 : years;
    }

    /**
     * Whole months completed from {@code from} to {@code on}.
     *
     * @param from the first day
     * @param on   the day
     * @return the completed months; negative when {@code on} is before {@code from}
     */
    public static long completedMonths(LocalDate from, LocalDate on) {
        return ChronoUnit.MONTHS.between(from, on);
    }

    /**
     * @param date a day
     * @return the first day of the following month ({@code 2025-03-15} gives {@code 2025-04-01})
     */
    public static LocalDate firstOfNextMonth(LocalDate date) {
        // the same as YearMonth.from(date).plusMonths(1).atDay(1), without the generic temporal queries
        return date.withDayOfMonth(1).plusMonths(1);
    }

    /**
     * @param date a day
     * @return the last day of its month ({@code 2024-02-10} gives {@code 2024-02-29})
     */
    public static LocalDate endOfMonth(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }
}

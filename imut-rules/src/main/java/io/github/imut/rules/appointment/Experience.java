package io.github.imut.rules.appointment;

import io.github.imut.law.LegalDates;
import io.github.imut.law.LegalDates.LeapDay;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cumulative time in positions up to a day: the overlap-free union of periods, so that two positions held at the
 * same time count once (catalogue, date-computation guidance 6: "sum the overlapping-free intervals from
 * positionHistory"). Used by every requirement of the form "paling singkat N tahun" summed over several positions.
 *
 * <p>Counting: a position held from {@code from} to {@code to} (both inclusive) counts the days
 * {@code [from, to]}; the current position counts from its TMT up to the day before the effective date, and goes on
 * counting after it. Overlapping or adjacent periods are first merged; each merged period is then measured on the
 * calendar in years, months and days ({@link Period#between}), and the measures are added, as masa kerja is added:
 * months carry into years at 12, and left-over days of several periods carry into a month at {@value #DAYS_PER_MONTH}
 * (a convention, the law gives none; no calendar month is longer, so the days short of a monthly anniversary are
 * never rounded up to it). One uninterrupted position therefore completes N years on the same calendar date
 * ({@link LegalDates#plusYears}: a post taken up on 2022-01-03 has 2 years on 2024-01-03; one taken up on 29 February
 * completes on 1 March, the later day, {@link LeapDay#MAR_1}), 2 years in one post and 1 year in another are 3 years
 * whatever leap days lie between, and a gap simply does not count. Days on or after the effective date are not
 * counted.
 *
 * <p>Not thread-safe: create one per evaluation ({@link #until(LocalDate)}), add periods, then query.
 */
final class Experience {
    /**
     * Left-over days that make a month when measures are added: more than any calendar month has, so that the 30
     * days {@link Period#between} leaves one day before a monthly anniversary never round up to it.
     */
    static final int DAYS_PER_MONTH = 31;
    private static final long NONE = Long.MIN_VALUE;

    private static final long[] NO_SPANS = {};

    private final long until;
    /** How many periods the first array holds. */
    private final int capacity;
    /** Start, end, start, end, ...: period {@code i} is {@code [spans[2i], spans[2i+1])}; allocated on first use. */
    private long[] spans = NO_SPANS;
    private int size;
    private boolean ongoing;
    private boolean unbounded;
    private long days = -1;
    private long ongoingStart = NONE;
    private long closedMonths;
    private long closedDays;

    private Experience(LocalDate until, int capacity) {
        this.until = until.toEpochDay();
        this.capacity = Math.max(1, capacity);
    }

    /**
     * @param day the effective date: time counts up to the day before
     * @return an empty sum
     */
    static Experience until(LocalDate day) {
        return new Experience(day, 8);
    }

    /**
     * @param day     the effective date: time counts up to the day before
     * @param periods how many periods are expected (more may be added): sizes the storage, allocated only once a
     *                period is added
     * @return an empty sum
     */
    static Experience until(LocalDate day, int periods) {
        return new Experience(day, periods);
    }

    /**
     * Adds a position held from {@code from} to {@code lastDay}, both inclusive; the part on or after the effective
     * date is ignored.
     *
     * @return this
     */
    Experience add(LocalDate from, LocalDate lastDay) {
        long start = from.toEpochDay();
        long end = Math.min(lastDay.toEpochDay() + 1, until);
        if (end > start) {
            put(start, end);
        }
        return this;
    }

    /**
     * Adds the position held now, from {@code since}; it keeps counting after the effective date, which is what
     * makes a completion date computable.
     *
     * @return this
     */
    Experience addOngoing(LocalDate since) {
        long start = since.toEpochDay();
        if (until > start) {
            put(start, until);
            ongoing = true;
        }
        return this;
    }

    /**
     * Adds a period of unknown length (an upper bound for data not given): the sum is then unbounded.
     *
     * @return this
     */
    Experience addUnbounded() {
        unbounded = true;
        return this;
    }

    private void put(long start, long end) {
        if (2 * size == spans.length) {
            spans = spans.length == 0 ? new long[2 * capacity] : Arrays.copyOf(spans, spans.length * 2);
        }
        spans[2 * size] = start;
        spans[2 * size + 1] = end;
        size++;
        days = -1;
    }

    /** @return whether a period of unknown length was added */
    boolean isUnbounded() {
        return unbounded;
    }

    /** @return the days counted, overlaps counted once */
    long days() {
        if (days < 0) {
            merge();
        }
        return days;
    }

    private void merge() {
        // insertion sort by start: histories are short
        long[] s = spans;
        for (int i = 1; i < size; i++) {
            long st = s[2 * i];
            long en = s[2 * i + 1];
            int j = i - 1;
            while (j >= 0 && s[2 * j] > st) {
                s[2 * j + 2] = s[2 * j];
                s[2 * j + 3] = s[2 * j + 1];
                j--;
            }
            s[2 * j + 2] = st;
            s[2 * j + 3] = en;
        }
        ongoingStart = NONE;
        long total = 0;
        long months = 0;
        long dayRest = 0;
        long curStart = 0;
        long curEnd = Long.MIN_VALUE;
        for (int i = 0; i <= size; i++) {
            if (i < size && curEnd != Long.MIN_VALUE && s[2 * i] <= curEnd) {
                if (s[2 * i + 1] > curEnd) {
                    curEnd = s[2 * i + 1];
                }
                continue;
            }
            if (curEnd != Long.MIN_VALUE) {
                total += curEnd - curStart;
                boolean last = i == size;
                if (last && ongoing && curEnd == until) {
                    ongoingStart = curStart;
                } else {
                    Period p = Period.between(LocalDate.ofEpochDay(curStart), LocalDate.ofEpochDay(curEnd));
                    months += p.toTotalMonths();
                    dayRest += p.getDays();
                }
            }
            if (i < size) {
                curStart = s[2 * i];
                curEnd = s[2 * i + 1];
            }
        }
        closedMonths = months + dayRest / DAYS_PER_MONTH;
        closedDays = dayRest % DAYS_PER_MONTH;
        days = total;
    }

    /** @return total months and left-over days on {@code day}, as {@code months * DAYS_PER_MONTH + days} */
    private long measureOn(LocalDate day) {
        long months = closedMonths;
        long rest = closedDays;
        if (ongoingStart != NONE) {
            Period p = Period.between(LocalDate.ofEpochDay(ongoingStart), day);
            months += p.toTotalMonths();
            rest += p.getDays();
        }
        return (months + rest / DAYS_PER_MONTH) * DAYS_PER_MONTH + rest % DAYS_PER_MONTH;
    }

    /**
     * @param years N
     * @return whether the sum is at least N years on the effective date (always true when unbounded)
     */
    boolean hasYears(int years) {
        if (unbounded) {
            return true;
        }
        days();
        return measureOn(LocalDate.ofEpochDay(until)) >= (long) years * 12 * DAYS_PER_MONTH;
    }

    /**
     * @param years N
     * @return while N years are not yet complete: the day they will be if the current position goes on; empty
     *     when nothing is ongoing (a completed sum returns the effective date)
     */
    Optional<LocalDate> completesOn(int years) {
        days();
        if (ongoingStart == NONE) {
            return Optional.empty();
        }
        long required = (long) years * 12 * DAYS_PER_MONTH;
        LocalDate start = LocalDate.ofEpochDay(ongoingStart);
        long have = measureOn(LocalDate.ofEpochDay(until));
        if (have >= required) {
            return Optional.of(LocalDate.ofEpochDay(until));
        }
        // the ongoing post must add the rest: estimate on the calendar, then settle to the first day that meets it
        long closed = closedMonths * DAYS_PER_MONTH + closedDays;
        long restMonths = (required - closed) / DAYS_PER_MONTH;
        long restDays = (required - closed) % DAYS_PER_MONTH;
        LocalDate d = restMonths % 12 == 0 && restDays == 0
                ? LegalDates.plusYears(start, (int) (restMonths / 12), LeapDay.MAR_1)
                : start.plusMonths(restMonths).plusDays(restDays);
        LocalDate floor = LocalDate.ofEpochDay(until);
        if (d.isBefore(floor)) {
            d = floor;
        }
        while (d.isAfter(floor) && measureOn(d.minusDays(1)) >= required) {
            d = d.minusDays(1);
        }
        while (measureOn(d) < required) {
            d = d.plusDays(1);
        }
        return Optional.of(d);
    }

    /** @return the sum on the effective date as years, months and left-over days */
    Period period() {
        days();
        long m = measureOn(LocalDate.ofEpochDay(until));
        long months = m / DAYS_PER_MONTH;
        return Period.of((int) (months / 12), (int) (months % 12), (int) (m % DAYS_PER_MONTH));
    }
}

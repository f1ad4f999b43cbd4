package io.github.imut.law;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The civil service's working days (hari kerja): Monday to Friday, except the national holidays (hari libur
 * nasional) and the collective leave days (cuti bersama) fixed for each year by the joint decree of three ministers
 * (SKB). Deadlines the law counts in working days (the 14 and 21 working days of PP 11/2017 Pasal 261 and 264-269,
 * the 15 of Pasal 259) are counted on it.
 *
 * <p>The calendar is data, per year: a year it holds is <em>covered</em>, and its list of non-working weekdays is
 * complete, with the decree it comes from ({@link #reference(int)}). Of a year it does not hold only the weekends are
 * known, so {@link #isWorkingDay(LocalDate)} treats every weekday there as a working day: a deadline counted through
 * such a year is the earliest the true deadline can be (a holiday only moves a deadline later), never a later one.
 * A rule must therefore not conclude that a deadline has passed from a count that {@link #coversAll} does not
 * confirm. Agencies on a six-day week are not considered (rule catalogue, U).
 *
 * <p>Users supply or correct years with {@link #overriddenBy(WorkingDayCalendar)} (a year given there replaces the
 * whole year: the decree of a year is often amended). {@link #fromJson(InputStream)} is strict: it accepts only the
 * keys shown below (and {@code note} anywhere) and rejects a year or a day given twice, a day outside its year, an
 * unknown kind and a year without its reference, each with a message saying where.
 *
 * <p>Immutable and thread-safe; the queries allocate nothing but their result. JSON form:
 * <pre>{@code
 * { "years": {
 *     "2025": { "reference": "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB ... Tahun 2024",
 *               "days": [ { "date": "2025-01-01", "kind": "NATIONAL_HOLIDAY", "name": "Tahun Baru 2025 Masehi" },
 *                         { "date": "2025-01-28", "kind": "COLLECTIVE_LEAVE", "name": "Tahun Baru Imlek" } ] } } }
 * }</pre>
 */
public final class WorkingDayCalendar {
    /** A day given twice must not silently lose its first definition. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final Set<String> ROOT_KEYS = Set.of("years", "note");
    private static final Set<String> YEAR_KEYS = Set.of("reference", "days", "note");
    private static final Set<String> DAY_KEYS = Set.of("date", "kind", "name", "note");
    private static final WorkingDayCalendar EMPTY = new WorkingDayCalendar(new int[0], new String[0], new long[0],
            new DayKind[0], new String[0]);

    /** Why a weekday is not a working day. */
    public enum DayKind {
        /** Hari libur nasional: a national holiday. */
        NATIONAL_HOLIDAY,
        /** Cuti bersama: a collective leave day of the civil service. */
        COLLECTIVE_LEAVE
    }

    private final int[] years;
    private final String[] references;
    private final long[] days;
    private final DayKind[] kinds;
    private final String[] names;

    private WorkingDayCalendar(int[] years, String[] references, long[] days, DayKind[] kinds, String[] names) {
        this.years = years;
        this.references = references;
        this.days = days;
        this.kinds = kinds;
        this.names = names;
    }

    /** @return a calendar that covers no year: only weekends are known not to be working days */
    public static WorkingDayCalendar empty() {
        return EMPTY;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a calendar from JSON (see the class description).
     *
     * @param in the document; not closed
     * @return the calendar
     * @throws IllegalArgumentException naming the defect if the document is malformed
     */
    public static WorkingDayCalendar fromJson(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Working-day calendar is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Working-day calendar: expected a JSON object");
        }
        keys(root, ROOT_KEYS, "Working-day calendar");
        JsonNode years = root.get("years");
        if (years == null || !years.isObject()) {
            throw new IllegalArgumentException("Working-day calendar: \"years\" must be an object of years, e.g. "
                    + "{\"2025\": {...}}");
        }
        Builder b = builder();
        for (Map.Entry<String, JsonNode> e : years.properties()) {
            String where = "Working-day calendar years." + e.getKey();
            int year = year(e.getKey(), where);
            JsonNode y = e.getValue();
            if (!y.isObject()) {
                throw new IllegalArgumentException(where + ": expected an object {reference, days}");
            }
            keys(y, YEAR_KEYS, where);
            JsonNode reference = y.get("reference");
            if (reference == null || !reference.isTextual() || reference.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": \"reference\" (the decree the year's days come from) "
                        + "is required");
            }
            b.year(year, reference.asText());
            JsonNode list = y.get("days");
            if (list == null || !list.isArray()) {
                throw new IllegalArgumentException(where + ": \"days\" must be a list [ ... ] (empty if the year has"
                        + " no non-working weekday)");
            }
            for (int i = 0; i < list.size(); i++) {
                String at = where + ".days[" + i + "]";
                JsonNode d = list.get(i);
                if (!d.isObject()) {
                    throw new IllegalArgumentException(at + ": expected an object {date, kind, name}");
                }
                keys(d, DAY_KEYS, at);
                LocalDate date = date(d.get("date"), at);
                if (date.getYear() != year) {
                    throw new IllegalArgumentException(at + ": " + date + " is not in " + year);
                }
                JsonNode name = d.get("name");
                if (name != null && !name.isTextual()) {
                    throw new IllegalArgumentException(at + ": \"name\" must be text");
                }
                try {
                    b.day(date, kind(d.get("kind"), at), name == null ? "" : name.asText());
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(at + ": " + ex.getMessage(), ex);
                }
            }
        }
        return b.build();
    }

    private static void keys(JsonNode node, Set<String> allowed, String where) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!allowed.contains(e.getKey())) {
                throw new IllegalArgumentException(where + ": unknown key \"" + e.getKey() + "\"; known: "
                        + new TreeSet<>(allowed));
            }
        }
    }

    private static int year(String text, String where) {
        boolean ok = text.length() == 4;
        for (int i = 0; ok && i < 4; i++) {
            ok = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!ok) {
            throw new IllegalArgumentException(where + ": a year is four digits, e.g. \"2025\"");
        }
        return Integer.parseInt(text);
    }

    private static LocalDate date(JsonNode node, String where) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(where + ": \"date\" (ISO, e.g. 2025-01-01) is required");
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + ": \"date\" is not an ISO date: " + node.asText(), e);
        }
    }

    private static DayKind kind(JsonNode node, String where) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(where + ": \"kind\" is required: one of "
                    + Arrays.toString(DayKind.values()));
        }
        for (DayKind k : DayKind.values()) {
            if (k.name().equals(node.asText())) {
                return k;
            }
        }
        throw new IllegalArgumentException(where + ": unknown kind \"" + node.asText() + "\"; known: "
                + Arrays.toString(DayKind.values()));
    }

    /**
     * @param year a year
     * @return whether the calendar holds that year's complete list of non-working weekdays
     */
    public boolean covers(int year) {
        return Arrays.binarySearch(years, year) >= 0;
    }

    /**
     * @param from the first day
     * @param to   the last day
     * @return whether every year from {@code from}'s to {@code to}'s is covered (true for an empty range)
     */
    public boolean coversAll(LocalDate from, LocalDate to) {
        return firstUncoveredYear(from, to).isEmpty();
    }

    /**
     * @param from the first day
     * @param to   the last day
     * @return the first year from {@code from}'s to {@code to}'s that the calendar does not cover, if any
     */
    public OptionalInt firstUncoveredYear(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!covers(y)) {
                return OptionalInt.of(y);
            }
        }
        return OptionalInt.empty();
    }

    /** @return the covered years, ascending */
    public List<Integer> coveredYears() {
        List<Integer> out = new ArrayList<>(years.length);
        for (int y : years) {
            out.add(y);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param year a year
     * @return the decree the year's list comes from, if the year is covered
     */
    public Optional<String> reference(int year) {
        int i = Arrays.binarySearch(years, year);
        return i < 0 ? Optional.empty() : Optional.of(references[i]);
    }

    /**
     * @param date a day
     * @return why the day is not a working day although it is a weekday, if the calendar lists it
     */
    public Optional<DayKind> listedKind(LocalDate date) {
        int i = Arrays.binarySearch(days, date.toEpochDay());
        return i < 0 ? Optional.empty() : Optional.of(kinds[i]);
    }

    /**
     * @param date a day
     * @return the listed day's name (e.g. {@code Hari Raya Idul Fitri}), if the calendar lists it with one
     */
    public Optional<String> listedName(LocalDate date) {
        int i = Arrays.binarySearch(days, date.toEpochDay());
        return i < 0 || names[i].isEmpty() ? Optional.empty() : Optional.of(names[i]);
    }

    /**
     * @param date a day
     * @return whether it is a working day: Monday to Friday and not listed (in a year the calendar does not cover,
     *     every weekday)
     */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    private boolean isWorkingDay(long epochDay) {
        // 1970-01-01 (epoch day 0) was a Thursday: Monday is 0, Saturday 5, Sunday 6
        return Math.floorMod(epochDay + 3, 7) < 5 && Arrays.binarySearch(days, epochDay) < 0;
    }

    /**
     * The day a deadline of {@code count} working days "after" {@code start} ends on: the {@code count}-th working
     * day after {@code start}, {@code start} itself not counted (rule catalogue section 4.4). Through a year the
     * calendar does not cover this is the earliest the deadline can be (see the class description).
     *
     * @param start the day the period is counted from (e.g. the receipt of a proposal)
     * @param count the working days, at least 0 ({@code 0} gives {@code start})
     * @return the last day of the period
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        long d = start.toEpochDay();
        for (int counted = 0; counted < count; ) {
            d++;
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return LocalDate.ofEpochDay(d);
    }

    /**
     * @param overrides a calendar whose years take precedence
     * @return a calendar with every year of both; a year both cover is the overrides' (its reference and its whole
     *     list)
     */
    public WorkingDayCalendar overriddenBy(WorkingDayCalendar overrides) {
        if (overrides.years.length == 0) {
            return this;
        }
        if (years.length == 0) {
            return overrides;
        }
        Builder b = builder();
        for (int i = 0; i < years.length; i++) {
            if (!overrides.covers(years[i])) {
                b.year(years[i], references[i]);
            }
        }
        for (int i = 0; i < days.length; i++) {
            LocalDate d = LocalDate.ofEpochDay(days[i]);
            if (!overrides.covers(d.getYear())) {
                b.day(d, kinds[i], names[i]);
            }
        }
        for (int i = 0; i < overrides.years.length; i++) {
            b.year(overrides.years[i], overrides.references[i]);
        }
        for (int i = 0; i < overrides.days.length; i++) {
            b.day(LocalDate.ofEpochDay(overrides.days[i]), overrides.kinds[i], overrides.names[i]);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WorkingDayCalendar)) {
            return false;
        }
        WorkingDayCalendar c = (WorkingDayCalendar) o;
        return Arrays.equals(years, c.years) && Arrays.equals(references, c.references) && Arrays.equals(days, c.days)
                && Arrays.equals(kinds, c.kinds) && Arrays.equals(names, c.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(years), Arrays.hashCode(references), Arrays.hashCode(days),
                Arrays.hashCode(kinds), Arrays.hashCode(names));
    }

    /** @return every covered year with its reference and listed days, for reading and for fingerprints */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("WorkingDayCalendar[");
        int d = 0;
        for (int i = 0; i < years.length; i++) {
            sb.append(i == 0 ? "" : "; ").append(years[i]).append(" (").append(references[i]).append("):");
            for (; d < days.length && LocalDate.ofEpochDay(days[d]).getYear() == years[i]; d++) {
                sb.append(' ').append(LocalDate.ofEpochDay(days[d])).append(' ').append(kinds[d]);
                if (!names[d].isEmpty()) {
                    sb.append(" \"").append(names[d]).append('"');
                }
            }
        }
        return sb.append(']').toString();
    }

    /** Builds a {@link WorkingDayCalendar}; not thread-safe. */
    public static final class Builder {
        private final TreeMap<Integer, String> years = new TreeMap<>();
        private final TreeMap<LocalDate, Object[]> days = new TreeMap<>();

        private Builder() {
        }

        /**
         * Declares a year covered: its non-working weekdays are the days given with {@link #day} (none if none is).
         *
         * @param year      the year
         * @param reference the decree the year's days come from (e.g. the year's SKB of three ministers)
         * @return this builder
         */
        public Builder year(int year, String reference) {
            if (Objects.requireNonNull(reference, "reference").isBlank()) {
                throw new IllegalArgumentException("Working-day calendar year " + year + ": the reference is blank");
            }
            years.put(year, reference);
            return this;
        }

        /**
         * @param date a day that is not a working day (a listed Saturday or Sunday is harmless)
         * @param kind national holiday or collective leave
         * @param name its name, e.g. {@code Hari Raya Idul Fitri 1446 H}; may be empty
         * @return this builder
         * @throws IllegalArgumentException if the day was already given
         */
        public Builder day(LocalDate date, DayKind kind, String name) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            if (days.containsKey(date)) {
                throw new IllegalArgumentException("Working-day calendar: " + date + " is listed twice");
            }
            days.put(date, new Object[] {kind, name});
            return this;
        }

        /**
         * @return the calendar
         * @throws IllegalArgumentException if a day lies in a year not declared with {@link #year}
         */
        public WorkingDayCalendar build() {
            int[] y = new int[years.size()];
            String[] refs = new String[years.size()];
            int i = 0;
            for (Map.Entry<Integer, String> e : years.entrySet()) {
                y[i] = e.getKey();
                refs[i++] = e.getValue();
            }
            long[] d = new long[days.size()];
            DayKind[] k = new DayKind[days.size()];
            String[] n = new String[days.size()];
            i = 0;
            for (Map.Entry<LocalDate, Object[]> e : days.entrySet()) {
                if (!years.containsKey(e.getKey().getYear())) {
                    throw new IllegalArgumentException("Working-day calendar: " + e.getKey() + " lies in "
                            + e.getKey().getYear() + ", a year not declared with its reference");
                }
                d[i] = e.getKey().toEpochDay();
                k[i] = (DayKind) e.getValue()[0];
                n[i++] = (String) e.getValue()[1];
            }
            return y.length == 0 ? EMPTY : new WorkingDayCalendar(y, refs, d, k, n);
        }
    }
}

package io.github.imut.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a batch did: how many reports it delivered and how many of each verdict. Returned by
 * {@link Checker#checkAll(java.util.Iterator, java.time.LocalDate, int, java.util.function.Consumer)} and by
 * {@code io.github.imut.json.NdjsonBatch}. Immutable and thread-safe.
 */
public final class BatchSummary {
    private final long records;
    private final long[] counts;

    private BatchSummary(long records, long[] counts) {
        this.records = records;
        this.counts = counts;
    }

    /**
     * @param countsByVerdictOrdinal reports per verdict, indexed by {@link Verdict#ordinal()}
     * @return the summary; its record count is the sum of the counts
     */
    public static BatchSummary of(long[] countsByVerdictOrdinal) {
        Objects.requireNonNull(countsByVerdictOrdinal, "counts");
        long[] copy = new long[Verdict.values().length];
        long total = 0;
        for (int i = 0; i < copy.length && i < countsByVerdictOrdinal.length; i++) {
            if (countsByVerdictOrdinal[i] < 0) {
                throw new IllegalArgumentException("Negative count for " + Verdict.values()[i]);
            }
            copy[i] = countsByVerdictOrdinal[i];
            total += copy[i];
        }
        return new BatchSummary(total, copy);
    }

    /** @return the number of reports delivered: one per input record */
    public long records() {
        return records;
    }

    /**
     * @param verdict a verdict
     * @return how many reports had it
     */
    public long count(Verdict verdict) {
        return counts[verdict.ordinal()];
    }

    /** @return the count of every verdict, in verdict order (zero counts included) */
    public Map<Verdict, Long> counts() {
        Map<Verdict, Long> out = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            out.put(v, counts[v.ordinal()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return e.g. {@code 6 records, MS 1, NEEDS_APPROVAL 2, BTL 0, REVIEW 0, TMS 0, INVALID 3} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(records).append(" records");
        for (Verdict v : Verdict.values()) {
            sb.append(", ").append(v).append(' ').append(counts[v.ordinal()]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchSummary && java.util.Arrays.equals(((BatchSummary) o).counts, counts);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(counts);
    }
}

package io.github.imut.model;

/** Annual performance rating (predikat kinerja, PermenPAN-RB 6/2022), from best to worst. */
public enum PerformanceRating {
    /** Sangat baik: outstanding. */
    SANGAT_BAIK,
    /** Baik: good. */
    BAIK,
    /** Butuh perbaikan: needs improvement. */
    BUTUH_PERBAIKAN,
    /** Kurang: poor. */
    KURANG,
    /** Sangat kurang: very poor. */
    SANGAT_KURANG;

    /**
     * @param minimum the rating required
     * @return whether this rating is at least as good as {@code minimum}
     */
    public boolean isAtLeast(PerformanceRating minimum) {
        return ordinal() <= minimum.ordinal();
    }
}

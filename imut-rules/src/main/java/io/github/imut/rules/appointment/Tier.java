package io.github.imut.rules.appointment;

/**
 * How surely one position counts towards a requirement, from least to most: it does not count, it might (its level or
 * field is not stated), it counts on an assumption the catalogue does not confirm (an equivalent JF level, a higher
 * level standing in for a lower one), or it counts.
 */
enum Tier {
    /** Does not count. */
    NO,
    /** Might count: a level or relatedness the requirement depends on is not stated. */
    UNKNOWN,
    /** Counts only on an unconfirmed equivalence; a requirement met this way gives a warning, not a pass. */
    ASSUMED,
    /** Counts. */
    COUNTS;

    /** @return the weaker of the two */
    Tier and(Tier other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /**
     * @param related the stated relatedness to the target
     * @return the tier relatedness gives: unknown is {@link #UNKNOWN}, false is {@link #NO}
     */
    static Tier ofRelated(java.util.Optional<Boolean> related) {
        return related.isEmpty() ? UNKNOWN : related.get() ? COUNTS : NO;
    }
}

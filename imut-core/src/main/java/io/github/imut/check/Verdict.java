package io.github.imut.check;

/**
 * The verdict of a report: the worst outcome present, in the order
 * {@code INVALID > TMS > REVIEW > BTL > NEEDS_APPROVAL > MS} (contract section 2). Missing data can never give
 * {@link #MS}.
 */
public enum Verdict {
    /** Memenuhi syarat: eligible (warnings allowed). */
    MS,
    /** Lawful only with an approval the proposal lacks. */
    NEEDS_APPROVAL,
    /** Berkas tidak lengkap: data or documents missing. */
    BTL,
    /** A rule failed to evaluate: a human must review. */
    REVIEW,
    /** Tidak memenuhi syarat: not eligible. */
    TMS,
    /** The input is malformed; no rule ran. */
    INVALID;

    /**
     * @param outcome a rule outcome
     * @return the verdict that outcome alone leads to
     */
    public static Verdict of(Outcome outcome) {
        switch (outcome) {
            case FAIL:
                return TMS;
            case ERROR:
                return REVIEW;
            case INCOMPLETE:
                return BTL;
            case NEEDS_APPROVAL:
                return NEEDS_APPROVAL;
            default:
                return MS;
        }
    }

    /**
     * @param other another verdict
     * @return the worse of the two
     */
    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

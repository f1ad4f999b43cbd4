package io.github.imut.model;

/** Level of a disciplinary sanction (tingkat hukuman disiplin, PP 94/2021 Pasal 8). */
public enum SanctionLevel {
    /** Ringan: light. */
    RINGAN,
    /** Sedang: moderate. */
    SEDANG,
    /** Berat: heavy. */
    BERAT
}

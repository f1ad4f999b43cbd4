package io.github.imut.model;

/** What an {@link AssessmentResult} is the result of. */
public enum AssessmentKind {
    /** Pelatihan dasar (latsar) CPNS: the training of the CPNS probation year. */
    LATSAR,
    /** Uji kesehatan: a health examination (sehat jasmani dan rohani). */
    HEALTH,
    /** Uji kompetensi: a competency test (e.g. the instansi pembina's test for a JF, or a move between JPT posts). */
    COMPETENCY_TEST,
    /** Seleksi terbuka: an open, competitive selection for a JPT post. */
    OPEN_SELECTION,
    /** Pelatihan teknis: technical training for the field of the position. */
    TECHNICAL_TRAINING
}

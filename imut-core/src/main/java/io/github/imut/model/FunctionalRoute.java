package io.github.imut.model;

/** How an employee enters a functional position (cara pengangkatan dalam jabatan fungsional). */
public enum FunctionalRoute {
    /** Pengangkatan pertama: first appointment (e.g. a CPNS formation). */
    FIRST_APPOINTMENT,
    /** Perpindahan dari jabatan lain: a move from another position (a JA, a JPT or another JF). */
    TRANSFER,
    /** Promosi / kenaikan jenjang: a move up within the same JF. */
    PROMOTION,
    /** Penyesuaian (inpassing): adjustment when a JF is created or reorganised. */
    ADJUSTMENT
}

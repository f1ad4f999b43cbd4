package io.github.imut.model;

/** A process still open against the employee. */
public enum ProceedingKind {
    /** Pemeriksaan disiplin: a disciplinary examination. */
    DISCIPLINARY_EXAMINATION,
    /** Proses peradilan: a judicial (criminal) process. */
    JUDICIAL_PROCESS,
    /** Upaya administratif: an administrative appeal against a sanction (keberatan or banding). */
    ADMINISTRATIVE_APPEAL
}

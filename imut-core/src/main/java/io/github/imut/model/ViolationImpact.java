package io.github.imut.model;

/**
 * The negative impact (dampak negatif) of a disciplinary violation, which for most duties and prohibitions of PP
 * 94/2021 decides the sanction level (Pasal 9-14): on the work unit, the agency, or the state and government.
 */
public enum ViolationImpact {
    /** Pada unit kerja: on the work unit. */
    WORK_UNIT,
    /** Pada instansi: on the agency. */
    AGENCY,
    /** Pada negara dan/atau pemerintah: on the state or the government. */
    STATE
}

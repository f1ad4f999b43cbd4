package io.github.imut.model;

/** How the employee will hold the target position. */
public enum AssignmentType {
    /** Pengangkatan definitif: appointed as the position's holder. */
    DEFINITIF,
    /** Pelaksana tugas (Plt): acting in a vacant position, without being appointed to it. */
    PLT,
    /** Pelaksana harian (Plh): day-to-day stand-in while the holder is temporarily absent. */
    PLH
}

package io.github.imut.model;

/**
 * Functional positions (JF) whose retirement age a statute (UU) sets rather than PP 11/2017 Pasal 239 (Pasal 240).
 * A position that is none of these has no category.
 */
public enum FunctionalCategory {
    /** Guru: teacher (UU 14/2005). */
    GURU,
    /** Dosen: lecturer (UU 14/2005). */
    DOSEN,
    /** Peneliti: researcher (UU 11/2019). */
    PENELITI,
    /** Perekayasa: engineer (UU 11/2019). */
    PEREKAYASA
}

package io.github.imut.model;

/** Sex as recorded in the NIP's 15th digit and in the civil registry. */
public enum Gender {
    /** Pria / laki-laki; NIP digit 1. */
    MALE,
    /** Wanita / perempuan; NIP digit 2. */
    FEMALE
}

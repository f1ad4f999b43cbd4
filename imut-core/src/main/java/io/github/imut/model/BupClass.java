package io.github.imut.model;

/**
 * The retirement-age (batas usia pensiun, BUP) class a position falls in under PP 11/2017 Pasal 239 ayat (2). The
 * ages themselves are effective-dated legal parameters ({@code bup.age.a}, {@code bup.age.b}, {@code bup.age.c}),
 * never constants.
 */
public enum BupClass {
    /** Huruf a: pejabat administrasi, JF ahli muda and ahli pertama, all JF keterampilan. */
    A,
    /** Huruf b: pejabat pimpinan tinggi and JF ahli madya. */
    B,
    /** Huruf c: JF ahli utama. */
    C
}

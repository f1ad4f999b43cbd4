package io.github.imut.model;

/** An elected office a candidacy (pencalonan) is for. */
public enum ElectedOffice {
    /** Presiden or Wakil Presiden: President or Vice-President. */
    PRESIDENT,
    /** Ketua, wakil ketua or anggota DPR: the national parliament. */
    DPR,
    /** Ketua, wakil ketua or anggota DPD: the regional representative council. */
    DPD,
    /** Anggota DPRD: a regional parliament (not named in PP 11/2017 Pasal 254). */
    DPRD,
    /** Gubernur or Wakil Gubernur: governor or vice-governor. */
    GOVERNOR,
    /** Bupati, Wali Kota or their wakil: regent, mayor or their deputy. */
    REGENT_OR_MAYOR
}

package io.github.imut.model;

/** The family a position belongs to (UU 20/2023 Pasal 13 ff.; UU 5/2014 Pasal 13 ff.). */
public enum PositionType {
    /** Jabatan pimpinan tinggi: senior leadership (utama, madya, pratama). */
    JPT,
    /** Jabatan administrasi: administrator, pengawas and pelaksana. */
    ADMINISTRATION,
    /** Jabatan fungsional keahlian: expert functional positions (ahli pertama … ahli utama). */
    FUNCTIONAL_EXPERT,
    /** Jabatan fungsional keterampilan: skilled functional positions (pemula … penyelia). */
    FUNCTIONAL_SKILLED
}

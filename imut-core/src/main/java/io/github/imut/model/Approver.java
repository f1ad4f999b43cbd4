package io.github.imut.model;

/** Who gave a written approval, recommendation or technical consideration (pertek). */
public enum Approver {
    /** Menteri Dalam Negeri: Minister of Home Affairs. */
    MENDAGRI,
    /** Badan Kepegawaian Negara: the national civil service agency (approval or pertek). */
    BKN,
    /** Kepala Kantor Regional BKN: a regional office of BKN (pertek for transfers within a province). */
    KANREG_BKN,
    /** Komisi Aparatur Sipil Negara (abolished by UU 20/2023; its functions moved). */
    KASN,
    /** Menteri PAN-RB: Minister of State Apparatus Empowerment and Bureaucratic Reform. */
    MENPANRB,
    /** The President. */
    PRESIDEN,
    /** A governor (e.g. for transfers between regencies of one province). */
    GUBERNUR,
    /** The PPK of the origin agency (persetujuan PPK asal). */
    PPK_ASAL,
    /** The PPK of the receiving agency (usul PPK penerima). */
    PPK_PENERIMA,
    /** Director-General of Population and Civil Registration (Dirjen Dukcapil). */
    DIRJEN_DUKCAPIL,
    /** A minister (e.g. the minister of higher education for a professor's extended retirement age). */
    MENTERI
}

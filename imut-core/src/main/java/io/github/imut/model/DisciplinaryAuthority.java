package io.github.imut.model;

/**
 * The official who imposed a disciplinary sanction: the pejabat yang berwenang menghukum of PP 94/2021 Pasal 16, or
 * someone else. Which official may impose which level on whom (Pasal 17-23) is the law's, checked by
 * {@code DISIPLIN-AUTHORITY}, not fixed here.
 */
public enum DisciplinaryAuthority {
    /** The President. */
    PRESIDEN,
    /** The staffing authority (Pejabat Pembina Kepegawaian: minister, head of agency, governor, regent, mayor). */
    PPK,
    /** The head of an Indonesian mission abroad (kepala perwakilan Republik Indonesia di luar negeri). */
    HEAD_OF_MISSION,
    /** An official in a JPT madya position, or equivalent. */
    JPT_MADYA,
    /** An official in a JPT pratama position, or equivalent. */
    JPT_PRATAMA,
    /** An official in an administrator position, or equivalent. */
    ADMINISTRATOR,
    /** An official in a pengawas position, or equivalent. */
    PENGAWAS,
    /** Anyone else: not among the officials of Pasal 16. */
    OTHER
}

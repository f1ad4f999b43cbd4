package io.github.imut.model;

/** How a related party is related to the employee (for the conflict-of-interest rule, PP 11/2017 Pasal 190 (5)). */
public enum Relation {
    /** Suami/istri: spouse. */
    SPOUSE,
    /** Hubungan darah: a blood relative. */
    BLOOD_RELATIVE,
    /** Hubungan semenda: a relative by marriage. */
    RELATIVE_BY_MARRIAGE
}

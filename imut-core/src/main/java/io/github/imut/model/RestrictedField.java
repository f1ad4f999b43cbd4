package io.github.imut.model;

/**
 * Fields of government the law closes to holders who are not PNS: PP 11/2017 Pasal 106 for a JPT filled from
 * non-PNS, Perpres 38/2020 for positions filled by PPPK.
 */
public enum RestrictedField {
    /** Rahasia negara: state secrets. */
    STATE_SECRETS,
    /** Pertahanan: defence. */
    DEFENCE,
    /** Keamanan: security. */
    SECURITY,
    /** Pengelolaan aparatur negara: management of the state apparatus (ASN management). */
    ASN_MANAGEMENT,
    /** Kesekretariatan negara: the state secretariat. */
    STATE_SECRETARIAT,
    /** Pengelolaan sumber daya alam: natural resources. */
    NATURAL_RESOURCES,
    /** Pengelolaan keuangan negara: management of state finances. */
    FINANCE_MANAGEMENT,
    /** Hubungan luar negeri: foreign affairs. */
    FOREIGN_AFFAIRS,
    /** Another field the President has closed (bidang lain yang ditetapkan Presiden). */
    OTHER_SET_BY_PRESIDENT,
    /** The position lies in none of the restricted fields. */
    NONE
}

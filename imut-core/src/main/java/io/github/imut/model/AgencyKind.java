package io.github.imut.model;

/** The level of government an agency (instansi) belongs to. */
public enum AgencyKind {
    /** Instansi pusat: a ministry or central agency. */
    CENTRAL,
    /** Pemerintah provinsi: a provincial government. */
    PROVINCE,
    /** Pemerintah kabupaten: a regency government. */
    REGENCY,
    /** Pemerintah kota: a city government. */
    CITY;

    /** @return whether the agency is a regional government (province, regency or city) */
    public boolean isRegional() {
        return this != CENTRAL;
    }
}

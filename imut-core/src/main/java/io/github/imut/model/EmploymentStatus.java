package io.github.imut.model;

/** The employee's legal status (kedudukan) in the ASN. */
public enum EmploymentStatus {
    /** Calon Pegawai Negeri Sipil: a civil-servant candidate in the probation year. */
    CPNS,
    /** Pegawai Negeri Sipil: a career civil servant. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: a government employee on a work contract. */
    PPPK
}

package io.github.imut.model;

/** The employee's legal status (kedudukan) in the ASN. */
public enum EmploymentStatus {
    /** Calon Pegawai Negeri Sipil: a civil-servant candidate in the probation year. */
    CPNS,
    /** Pegawai Negeri Sipil: a career civil servant. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: a government employee on a work contract. */
    PPPK,
    /**
     * Pegawai non-ASN: neither PNS, CPNS nor PPPK (e.g. tenaga honorer, contract staff of an agency, a professional
     * from outside government). Appointing such a person into an ASN position is what UU 20/2023 Pasal 65 forbids.
     */
    NON_ASN,
    /** Prajurit Tentara Nasional Indonesia: a member of the armed forces (not ASN; may fill certain ASN posts). */
    TNI,
    /** Anggota Kepolisian Negara Republik Indonesia: a member of the national police (not ASN; certain ASN posts). */
    POLRI
}

package io.github.imut.model;

/** The precise action within a {@link ProposalKind}; each action belongs to exactly one kind. */
public enum Action {
    /** Pengangkatan CPNS menjadi PNS: appointment of a CPNS as PNS after probation. */
    CPNS_TO_PNS(ProposalKind.APPOINTMENT),
    /** Pengangkatan dalam jabatan: promotion into, or filling of, a position. */
    INTO_POSITION(ProposalKind.APPOINTMENT),
    /** Pengangkatan PPPK dalam jabatan: appointment of a PPPK into a position. */
    PPPK_INTO_POSITION(ProposalKind.APPOINTMENT),
    /** Pengaktifan kembali: reactivation after temporary dismissal, CLTN or service as pejabat negara. */
    REACTIVATION(ProposalKind.APPOINTMENT),
    /** Perpanjangan perjanjian kerja PPPK: extension of a PPPK contract. */
    PPPK_CONTRACT_EXTENSION(ProposalKind.APPOINTMENT),
    /** Mutasi or rotasi within one agency. */
    WITHIN_AGENCY(ProposalKind.TRANSFER),
    /** Mutasi antar instansi: transfer between agencies. */
    BETWEEN_AGENCIES(ProposalKind.TRANSFER),
    /** Penggantian pejabat pimpinan tinggi: replacement of a JPT holder. */
    JPT_REPLACEMENT(ProposalKind.TRANSFER),
    /** Pemberhentian karena mencapai batas usia pensiun (BUP): retirement at the age limit. */
    RETIREMENT_AGE(ProposalKind.DISMISSAL),
    /** Pemberhentian atas permintaan sendiri (APS): resignation. */
    OWN_REQUEST(ProposalKind.DISMISSAL),
    /** Pemberhentian karena meninggal dunia: death. */
    DEATH(ProposalKind.DISMISSAL),
    /** Pensiun dini: early retirement. */
    EARLY_RETIREMENT(ProposalKind.DISMISSAL),
    /** Pemberhentian karena tidak cakap jasmani/rohani: unfitness on health grounds. */
    HEALTH(ProposalKind.DISMISSAL),
    /** Perampingan organisasi: organisational downsizing. */
    ORGANISATION_DOWNSIZING(ProposalKind.DISMISSAL),
    /** Pemberhentian tidak dengan hormat (PTDH): dishonourable dismissal. */
    DISHONOURABLE(ProposalKind.DISMISSAL),
    /** Pemberhentian sementara: temporary dismissal. */
    TEMPORARY(ProposalKind.DISMISSAL),
    /** Pemutusan hubungan perjanjian kerja PPPK: termination of a PPPK contract. */
    PPPK_TERMINATION(ProposalKind.DISMISSAL),
    /**
     * Pemberhentian tidak atas permintaan sendiri on another ground of PP 11/2017 Pasal 247-259 that is not
     * dishonourable: a criminal sentence, a heavy disciplinary sanction, resignation for party membership or a
     * candidacy, an ex-pejabat negara not re-placed, unpaid leave (CLTN), a fake diploma or study leave.
     */
    OTHER_GROUND(ProposalKind.DISMISSAL);

    private final ProposalKind kind;

    Action(ProposalKind kind) {
        this.kind = kind;
    }

    /** @return the kind this action belongs to */
    public ProposalKind kind() {
        return kind;
    }
}

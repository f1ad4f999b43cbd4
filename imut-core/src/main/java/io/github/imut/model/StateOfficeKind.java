package io.github.imut.model;

/** An office whose holder, if a PNS, may be temporarily dismissed (PP 11/2017 Pasal 277; catalogue table R8b). */
public enum StateOfficeKind {
    /** Ketua, wakil ketua or anggota Mahkamah Konstitusi (MK). */
    CONSTITUTIONAL_COURT,
    /** Ketua, wakil ketua or anggota Badan Pemeriksa Keuangan (BPK). */
    AUDIT_BOARD,
    /** Ketua, wakil ketua or anggota Komisi Yudisial (KY). */
    JUDICIAL_COMMISSION,
    /** Ketua or wakil ketua Komisi Pemberantasan Korupsi (KPK). */
    KPK_CHAIR,
    /** Menteri or an office of equal rank (setingkat menteri). */
    MINISTER,
    /** Duta Besar Luar Biasa dan Berkuasa Penuh (LBBP) not from the JF Diplomat. */
    AMBASSADOR,
    /** Duta Besar LBBP from the JF Diplomat: not a ground of temporary dismissal. */
    AMBASSADOR_FROM_DIPLOMAT,
    /** Komisioner or anggota of a lembaga nonstruktural (LNS). */
    NONSTRUCTURAL_BODY,
    /** Anggota DPR, DPD or DPRD: reached by candidacy, so by resignation, not temporary dismissal. */
    LEGISLATURE,
    /** Kepala daerah or wakil: reached by candidacy, so by resignation, not temporary dismissal. */
    REGIONAL_HEAD,
    /** Any other office. */
    OTHER
}

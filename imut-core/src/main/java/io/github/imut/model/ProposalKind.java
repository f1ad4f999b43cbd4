package io.github.imut.model;

/** The three kinds of personnel proposal that imut checks. */
public enum ProposalKind {
    /** Pengangkatan: appointment (CPNS to PNS, into a position, PPPK, reactivation). */
    APPOINTMENT,
    /** Pemindahan: transfer (mutasi, rotasi, promosi, replacement of a JPT holder). */
    TRANSFER,
    /** Pemberhentian: dismissal (retirement, resignation, death, PTDH, temporary dismissal, ...). */
    DISMISSAL
}

package io.github.imut.model;

/**
 * The kind of a dismissal (jenis pemberhentian): with honour, with honour not at own request, or without honour. It
 * decides the pension right: only an honourable dismissal can carry a pension (UU 11/1969 Pasal 9).
 */
public enum DismissalKind {
    /** Pemberhentian dengan hormat (PDH, DH): honourable dismissal. */
    HONOURABLE,
    /** Pemberhentian dengan hormat tidak atas permintaan sendiri (PDHTAPS, DHTAPS): honourable dismissal not at own request. */
    HONOURABLE_NOT_AT_OWN_REQUEST,
    /** Pemberhentian tidak dengan hormat (PTDH, TDH): dishonourable dismissal; no pension. */
    DISHONOURABLE
}

package io.github.imut.model;

/** In what capacity the signing official holds the office: definitively or as one of the interim officials. */
public enum SignerCapacity {
    /** Definitif: the definitive holder. */
    DEFINITIF,
    /** Penjabat (Pj): an appointed acting regional head. */
    PJ,
    /** Pelaksana tugas (Plt): acting holder while the definitive holder cannot act. */
    PLT,
    /** Pelaksana harian (Plh): day-to-day stand-in. */
    PLH,
    /** Penjabat sementara (Pjs): temporary acting head while the incumbent campaigns. */
    PJS;

    /** @return whether this is an interim capacity (anything but {@link #DEFINITIF}) */
    public boolean isInterim() {
        return this != DEFINITIF;
    }
}

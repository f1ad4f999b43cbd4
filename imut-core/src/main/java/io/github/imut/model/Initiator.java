package io.github.imut.model;

/** Who initiated a transfer. */
public enum Initiator {
    /** The agency (kebutuhan organisasi): a move ordered by the employer. */
    AGENCY,
    /** Atas permintaan sendiri: the employee's own request. */
    OWN_REQUEST
}

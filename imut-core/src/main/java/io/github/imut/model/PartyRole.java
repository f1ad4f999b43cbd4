package io.github.imut.model;

/** The role a related party plays in the proposal. */
public enum PartyRole {
    /** The employee's direct superior in the target position. */
    SUPERIOR,
    /** The official who signs or proposes the decision. */
    SIGNER,
    /** A member of the selection panel or assessment team. */
    ASSESSOR
}

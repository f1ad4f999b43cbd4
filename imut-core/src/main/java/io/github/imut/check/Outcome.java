package io.github.imut.check;

/** The outcome of one rule for one proposal (contract section 2). */
public enum Outcome {
    /** The rule applies and is satisfied. */
    PASS,
    /** The proposal breaks the rule (tidak memenuhi syarat). */
    FAIL,
    /** Lawful only with a written approval the proposal does not carry; the finding names from whom. */
    NEEDS_APPROVAL,
    /** The rule cannot be decided: data or a document is missing; the finding names which. */
    INCOMPLETE,
    /** Not blocking; a human verifier should look (also the outcome of the catalogue's uncertain rules). */
    WARNING,
    /** The rule itself failed to evaluate (a defect); never hidden, never a pass. */
    ERROR
}

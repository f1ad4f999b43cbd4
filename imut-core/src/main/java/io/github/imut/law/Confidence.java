package io.github.imut.law;

/**
 * How sure the rule catalogue is of a rule's legal basis. A {@link #U} rule never blocks a proposal on its own: it
 * warns, or its blocking behaviour sits behind a documented switch.
 */
public enum Confidence {
    /** Verified: the regulation's own wording was seen. */
    V,
    /** Secondary: an official or press summary citing the article was seen; the wording was not. */
    S,
    /** Uncertain: inference or memory, not confirmed. */
    U
}

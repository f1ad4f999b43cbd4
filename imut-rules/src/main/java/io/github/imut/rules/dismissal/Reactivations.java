package io.github.imut.rules.dismissal;

import io.github.imut.model.Proposal;
import io.github.imut.model.ReactivationReason;

/** Reads a reactivation proposal's reason. Stateless. */
final class Reactivations {
    private Reactivations() {
    }

    /** @return whether the proposal states {@code reason} as its reactivation's reason */
    static boolean is(Proposal p, ReactivationReason reason) {
        return p.getReactivation().isPresent() && p.getReactivation().get().getReason().isPresent()
                && p.getReactivation().get().getReason().get() == reason;
    }
}

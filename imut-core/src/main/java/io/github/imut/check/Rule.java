package io.github.imut.check;

import io.github.imut.model.Proposal;

/**
 * A rule: a descriptor and a pure evaluation.
 *
 * <p>Implementations must be immutable, thread-safe and side-effect free: the same proposal and context always give
 * the same evaluation. The checker calls {@link #evaluate} only for proposals whose action the descriptor names and
 * whose effective date lies in the descriptor's in-force period, and only after the proposal passed structural
 * validation. A rule that needs data the proposal lacks returns {@link Evaluation#incomplete(String...)} naming the
 * field; it never passes silently. An exception thrown here becomes an {@link Outcome#ERROR} finding and the other
 * rules still run. Keep the evaluation cheap: no regular expressions, reflection or string formatting; put messages
 * in the module's bundle and values in facts.
 */
public interface Rule {

    /** @return the rule's descriptor; the same instance on every call */
    RuleDescriptor descriptor();

    /**
     * @param proposal a structurally valid proposal
     * @param context  the as-of date, parameters, calendar and switches for this check
     * @return the evaluation, never null
     */
    Evaluation evaluate(Proposal proposal, CheckContext context);
}

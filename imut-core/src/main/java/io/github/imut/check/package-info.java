/**
 * The checker API and the rule SPI.
 *
 * <p>Build a {@link io.github.imut.check.Checker} once (it is immutable and thread-safe), then call
 * {@link io.github.imut.check.Checker#check(io.github.imut.model.Proposal, java.time.LocalDate)} for each proposal.
 * Each check validates the proposal structurally and then runs every rule that applies to its action and is in
 * force on its effective date; the {@link io.github.imut.check.Report} holds one
 * {@link io.github.imut.check.Finding} per rule that did not pass, with its legal basis and facts, and a
 * {@link io.github.imut.check.Verdict}.
 *
 * <p>Many proposals at once: {@link io.github.imut.check.Checker#checkAll(java.util.Iterator, java.time.LocalDate,
 * int, java.util.function.Consumer)} checks them in parallel and delivers the reports in input order with flat
 * memory; {@code io.github.imut.json.NdjsonBatch} does the same for NDJSON streams, decoding and encoding included.
 *
 * <p>Rules implement {@link io.github.imut.check.Rule} and ship in a {@link io.github.imut.check.RuleModule}.
 * Nothing in this package returns null.
 */
@Value.Style(
        get = {"get*", "is*"},
        jdkOnly = true,
        from = "mergeFrom",
        allowedClasspathAnnotations = {Override.class},
        optionalAcceptNullable = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true))
package io.github.imut.check;

import org.immutables.value.Value;

/**
 * The immutable domain model of a personnel proposal: {@link io.github.imut.model.Proposal} and the
 * {@link io.github.imut.model.Employee} it concerns, with value types that carry the law's own structure
 * ({@link io.github.imut.model.Nip}, {@link io.github.imut.model.Grade},
 * {@link io.github.imut.model.PositionLevel}).
 *
 * <p>Every type here is immutable and thread-safe. Build values with their {@code builder()} and copy them with the
 * generated {@code with*} methods. Accessors never return null: an unknown value is an empty {@link java.util.Optional}
 * and an absent list is empty. JSON names equal the accessor names without the {@code get} prefix
 * ({@code getNip()} ↔ {@code "nip"}); dates are ISO-8601 ({@code 2024-03-22}).
 *
 * <p>Accessors are JavaBean getters on purpose: Jakarta Validation only sees constraints on getters.
 */
@Value.Style(
        get = {"get*", "is*"},
        jdkOnly = true,
        from = "mergeFrom",
        allowedClasspathAnnotations = {Override.class},
        optionalAcceptNullable = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true))
package io.github.imut.model;

import org.immutables.value.Value;

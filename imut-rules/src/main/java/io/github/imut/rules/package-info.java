/**
 * imut's standard rules: one package per area of law ({@code appointment}, {@code transfer}, {@code election},
 * {@code dismissal}, {@code discipline}, {@code reference}), each a {@link io.github.imut.check.RuleModule}
 * registered for {@link java.util.ServiceLoader}; the effective-dated parameters and default political calendar they
 * use ({@link io.github.imut.rules.StandardData}); and {@link io.github.imut.rules.StandardRules} for explicit
 * registration. Every rule cites its basis exactly as the rule catalogue gives it.
 */
package io.github.imut.rules;

/**
 * Test support for the people who embed imut: AssertJ assertions for reports and findings
 * ({@link io.github.imut.testing.ImutAssertions}) and, with the standard rules, lawful proposal fixtures.
 *
 * <p>AssertJ is an <em>optional</em> dependency of {@code imut-core} (the pattern spring-test uses): these classes
 * work when the user's test class path has {@code org.assertj:assertj-core}, which every AssertJ user has; nothing
 * else in imut loads them.
 *
 * <pre>{@code
 * import static io.github.imut.testing.ImutAssertions.assertThat;
 *
 * assertThat(report).hasVerdict(Verdict.TMS)
 *         .hasFinding("MUT-CPNS").withOutcome(Outcome.FAIL).withBasis("Peraturan BKN 5/2019");
 * }</pre>
 */
package io.github.imut.testing;

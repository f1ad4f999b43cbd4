/**
 * Test support for the people who embed imut: lawful proposal fixtures ({@link io.github.imut.testing.Fixtures},
 * {@link io.github.imut.testing.ProposalFixture}) and AssertJ assertions for reports and findings
 * ({@link io.github.imut.testing.ImutAssertions}).
 *
 * <p>The fixtures need nothing beyond {@code imut-core}. AssertJ is an <em>optional</em> dependency of
 * {@code imut-core} (the pattern spring-test uses): the assertion classes work when the user's test class path has
 * {@code org.assertj:assertj-core}, which every AssertJ user has; nothing else in imut loads them, so AssertJ never
 * reaches an application's runtime class path.
 *
 * <pre>{@code
 * import static io.github.imut.testing.ImutAssertions.assertThat;
 *
 * Proposal p = Fixtures.transfer().status(EmploymentStatus.CPNS).build();
 * assertThat(checker.check(p, p.getEffectiveDate())).hasVerdict(Verdict.TMS)
 *         .hasFinding("MUT-CPNS").withOutcome(Outcome.FAIL).withBasis("Peraturan BKN 5/2019");
 * }</pre>
 */
package io.github.imut.testing;

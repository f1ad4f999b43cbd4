package io.github.imut.testing;

import io.github.imut.check.Finding;
import io.github.imut.check.Report;

/**
 * The entry point of imut's AssertJ assertions: {@code import static io.github.imut.testing.ImutAssertions.assertThat;}
 * next to AssertJ's own {@code Assertions.assertThat} (Java picks the overload by the argument's type). Failure messages
 * print the report's findings in words: rule, outcome, legal basis and message.
 */
public final class ImutAssertions {
    private ImutAssertions() {
    }

    /**
     * @param actual a report
     * @return assertions on it
     */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    /**
     * @param actual a finding
     * @return assertions on it
     */
    public static FindingAssert assertThat(Finding actual) {
        return new FindingAssert(actual, null);
    }
}

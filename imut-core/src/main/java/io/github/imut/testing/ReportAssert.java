package io.github.imut.testing;

import io.github.imut.check.Finding;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.check.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Report}. Obtain one with {@link ImutAssertions#assertThat(Report)}. Not thread-safe
 * (like every AssertJ assertion object).
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * @param expected the verdict
     * @return this
     */
    public ReportAssert hasVerdict(Verdict expected) {
        isNotNull();
        if (actual.getVerdict() != expected) {
            failWithMessage("Expected verdict %s but got %s", expected, Describe.report(actual));
        }
        return this;
    }

    /**
     * Asserts that the report holds a finding of the rule, and continues with assertions on that finding.
     *
     * @param ruleId a rule ID
     * @return assertions on the finding
     */
    public FindingAssert hasFinding(String ruleId) {
        isNotNull();
        Optional<Finding> f = actual.finding(ruleId);
        if (f.isEmpty()) {
            failWithMessage("Expected a finding of rule %s in %s", ruleId, Describe.report(actual));
        }
        return new FindingAssert(f.orElseThrow(), this);
    }

    /**
     * @param ruleIds rule IDs that must not appear among the findings
     * @return this
     */
    public ReportAssert hasNoFinding(String... ruleIds) {
        isNotNull();
        for (String id : ruleIds) {
            if (actual.finding(id).isPresent()) {
                failWithMessage("Expected no finding of rule %s in %s", id, Describe.report(actual));
            }
        }
        return this;
    }

    /**
     * @param ruleIds the rule IDs of all findings, in any order
     * @return this
     */
    public ReportAssert hasOnlyFindings(String... ruleIds) {
        isNotNull();
        List<String> actualIds = new ArrayList<>();
        for (Finding f : actual.getFindings()) {
            actualIds.add(f.getRuleId());
        }
        List<String> expected = Arrays.asList(ruleIds);
        if (!(actualIds.containsAll(expected) && expected.containsAll(actualIds)
                && actualIds.size() == expected.size())) {
            failWithMessage("Expected exactly the findings %s but got %s", expected, Describe.report(actual));
        }
        return this;
    }

    /** @return this, if the report has no findings and no violations */
    public ReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.getFindings().isEmpty() || !actual.getViolations().isEmpty()) {
            failWithMessage("Expected no findings but got %s", Describe.report(actual));
        }
        return this;
    }

    /**
     * Asserts a structural violation at a JSON path.
     *
     * @param path the JSON path, e.g. {@code employee.nip}
     * @return this
     */
    public ReportAssert hasViolationAt(String path) {
        isNotNull();
        for (Violation v : actual.getViolations()) {
            if (v.getPath().equals(path)) {
                return this;
            }
        }
        failWithMessage("Expected a violation at %s in %s", path, Describe.report(actual));
        return this;
    }

    /**
     * @param path the JSON path
     * @param code the violation's stable code, e.g. {@code nip.length}
     * @return this
     */
    public ReportAssert hasViolation(String path, String code) {
        isNotNull();
        for (Violation v : actual.getViolations()) {
            if (v.getPath().equals(path) && v.getCode().equals(code)) {
                return this;
            }
        }
        failWithMessage("Expected a violation %s at %s in %s", code, path, Describe.report(actual));
        return this;
    }
}

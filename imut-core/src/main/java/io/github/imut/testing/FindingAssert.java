package io.github.imut.testing;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approver;
import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Finding}, from {@link ReportAssert#hasFinding(String)} or
 * {@link ImutAssertions#assertThat(io.github.imut.check.Finding)}. {@link #and()} returns to the report. Not
 * thread-safe.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {
    private final ReportAssert report;

    FindingAssert(Finding actual, ReportAssert report) {
        super(actual, FindingAssert.class);
        this.report = report;
    }

    /**
     * @return the assertions on the report this finding came from
     * @throws IllegalStateException if this finding was not reached from a report
     */
    public ReportAssert and() {
        if (report == null) {
            throw new IllegalStateException("This finding was not reached through assertThat(report).hasFinding(...)");
        }
        return report;
    }

    /**
     * @param expected the outcome
     * @return this
     */
    public FindingAssert withOutcome(Outcome expected) {
        isNotNull();
        if (actual.getOutcome() != expected) {
            failWithMessage("Expected outcome %s but the finding is %s", expected, Describe.finding(actual));
        }
        return this;
    }

    /**
     * Asserts that one of the finding's provisions is the given one or lies within it: {@code "Peraturan BKN 5/2019"}
     * matches {@code Peraturan BKN 5/2019 Pasal 3}, {@code "UU 10/2016 Pasal 71 ayat (2)"} matches exactly that
     * provision and its letters. {@code "UU 10/2016 Pasal 7"} does not match Pasal 71.
     *
     * @param citation a regulation, or a citation as {@link LegalBasis#citation()} writes it
     * @return this
     */
    public FindingAssert withBasis(String citation) {
        isNotNull();
        Objects.requireNonNull(citation, "citation");
        for (LegalBasis b : actual.getLegalBasis()) {
            String c = b.citation();
            if (c.equals(citation) || c.startsWith(citation + " ")) {
                return this;
            }
        }
        failWithMessage("Expected a legal basis within \"%s\" but the finding is %s", citation,
                Describe.finding(actual));
        return this;
    }

    /**
     * @param text a part of the message
     * @return this
     */
    public FindingAssert withMessageContaining(String text) {
        isNotNull();
        if (!actual.getMessage().contains(text)) {
            failWithMessage("Expected the message to contain \"%s\" but the finding is %s", text,
                    Describe.finding(actual));
        }
        return this;
    }

    /**
     * @param name  a fact's name
     * @param value its expected value; dates and enum constants compare by their text, numbers by value
     * @return this
     */
    public FindingAssert withFact(String name, Object value) {
        isNotNull();
        Object v = actual.getFacts().get(name);
        if (v == null) {
            failWithMessage("Expected a fact %s but the finding's facts are %s", name, actual.getFacts());
        } else if (!String.valueOf(v).equals(String.valueOf(value))) {
            failWithMessage("Expected fact %s = %s but it is %s in %s", name, value, v, Describe.finding(actual));
        }
        return this;
    }

    /**
     * @param expected the earliest compliant date
     * @return this
     */
    public FindingAssert withEarliestCompliantDate(LocalDate expected) {
        isNotNull();
        if (!actual.getEarliestCompliantDate().equals(java.util.Optional.of(expected))) {
            failWithMessage("Expected earliest compliant date %s but the finding is %s", expected,
                    Describe.finding(actual));
        }
        return this;
    }

    /**
     * @param expected whose approval the finding requires
     * @return this
     */
    public FindingAssert withApprovalFrom(Approver expected) {
        isNotNull();
        if (!actual.getApprovalRequiredFrom().equals(java.util.Optional.of(expected))) {
            failWithMessage("Expected an approval from %s but the finding is %s", expected, Describe.finding(actual));
        }
        return this;
    }

    /**
     * @param jsonPath a missing field or document the finding must name, e.g. {@code employee.birthDate}
     * @return this
     */
    public FindingAssert withMissing(String jsonPath) {
        isNotNull();
        if (!actual.getMissing().contains(jsonPath)) {
            failWithMessage("Expected %s among the missing fields but the finding is %s", jsonPath,
                    Describe.finding(actual));
        }
        return this;
    }
}

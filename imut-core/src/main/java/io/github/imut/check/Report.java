package io.github.imut.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of checking one proposal (contract section 1): the verdict, one finding per rule that applied and did
 * not pass (plus the passes, on request), or the structural violations of a malformed proposal. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
public abstract class Report {

    /** @return the proposal's {@code id}; empty only when the input was too malformed to read it */
    public abstract Optional<String> getProposalId();

    /** @return for a batch: the input line this report answers (1-based) */
    public abstract Optional<Long> getLine();

    /** @return the verdict: the worst outcome present */
    public abstract Verdict getVerdict();

    /** @return the day the check was made */
    public abstract LocalDate getCheckedAsOf();

    /** @return the proposal's effective date, when it could be read */
    public abstract Optional<LocalDate> getEffectiveDate();

    /** @return the rules and data used */
    public abstract RuleSet getRuleSet();

    /** @return the findings, in rule order */
    public abstract List<Finding> getFindings();

    /** @return the structural violations; non-empty exactly when the verdict is {@link Verdict#INVALID} */
    public abstract List<Violation> getViolations();

    /**
     * @param ruleId a rule ID
     * @return the finding of that rule, if it is in the report
     */
    public final Optional<Finding> finding(String ruleId) {
        for (Finding f : getFindings()) {
            if (f.getRuleId().equals(ruleId)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

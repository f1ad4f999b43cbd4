package io.github.imut.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one rule found about one proposal: the explanation a verifier reads. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

    /** @return the catalogue's rule ID */
    public abstract String getRuleId();

    /** @return the outcome */
    public abstract Outcome getOutcome();

    /** @return the rule's title, in the report's language */
    public abstract String getTitle();

    /** @return the explanation with the facts, in the report's language */
    public abstract String getMessage();

    /** @return the provisions in force on the effective date that the finding rests on */
    public abstract List<LegalBasis> getLegalBasis();

    /**
     * @return the values the rule used and what it computed (e.g. the freeze window), in the rule's order; in JSON
     *     dates are ISO strings and enum constants their names, so a finding read back from JSON holds those as
     *     strings
     */
    public abstract Map<String, Object> getFacts();

    /** @return the earliest date on which the proposal would comply, where a date cures it */
    public abstract Optional<LocalDate> getEarliestCompliantDate();

    /** @return whose written approval is required, for {@link Outcome#NEEDS_APPROVAL} */
    public abstract Optional<Approver> getApprovalRequiredFrom();

    /** @return JSON paths of missing fields or documents, for {@link Outcome#INCOMPLETE} */
    public abstract List<String> getMissing();
}

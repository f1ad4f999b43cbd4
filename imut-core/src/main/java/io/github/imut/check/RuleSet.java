package io.github.imut.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Identifies the rules and data a report was made with: the modules' versions and a fingerprint of every rule
 * descriptor, parameter value, calendar entry and switch. Two reports with the same fingerprint were judged by the
 * same law data. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSet.class)
@JsonDeserialize(as = ImmutableRuleSet.class)
public abstract class RuleSet {

    /** @return the modules and their versions, e.g. {@code imut.election/0.1.0,imut.transfer/0.1.0} */
    public abstract String getVersion();

    /** @return SHA-256 (hex) of the rules, parameters, calendar and switches */
    public abstract String getFingerprint();

    /** @return how many rules the checker holds */
    public abstract int getRules();
}

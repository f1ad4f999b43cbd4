package io.github.imut.check;

import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule says about one proposal: an outcome, the key of the message that explains it, the facts the rule used
 * and computed, and where applicable the earliest compliant date, the approval required and the missing fields.
 * Immutable and thread-safe. {@link #pass()} and {@link #notApplicable()} are shared instances and allocate nothing.
 */
public final class Evaluation {
    private static final Evaluation PASS = new Evaluation(Outcome.PASS, "pass", Map.of(), null, null, List.of(),
            List.of());
    private static final Evaluation NOT_APPLICABLE = new Evaluation(null, "", Map.of(), null, null, List.of(),
            List.of());

    private final Outcome outcome;
    private final String messageKey;
    private final Map<String, Object> facts;
    private final LocalDate earliestCompliantDate;
    private final Approver approvalRequiredFrom;
    private final List<String> missing;
    private final List<LegalBasis> basis;

    private Evaluation(Outcome outcome, String messageKey, Map<String, Object> facts, LocalDate earliest,
            Approver approver, List<String> missing, List<LegalBasis> basis) {
        this.outcome = outcome;
        this.messageKey = messageKey;
        this.facts = facts;
        this.earliestCompliantDate = earliest;
        this.approvalRequiredFrom = approver;
        this.missing = missing;
        this.basis = basis;
    }

    /** @return the rule applies and is satisfied; no facts */
    public static Evaluation pass() {
        return PASS;
    }

    /** @return the rule does not concern this proposal (e.g. a regional rule and a central agency): no finding */
    public static Evaluation notApplicable() {
        return NOT_APPLICABLE;
    }

    /**
     * @param missingFields JSON paths of the missing fields or documents, e.g. {@code employee.birthDate}; at least one
     * @return an {@link Outcome#INCOMPLETE} evaluation naming them, with the message key {@code incomplete}
     * @throws IllegalStateException if none is named
     */
    public static Evaluation incomplete(String... missingFields) {
        Builder b = of(Outcome.INCOMPLETE, "incomplete");
        for (String f : missingFields) {
            b.missing(f);
        }
        return b.build();
    }

    /**
     * @param outcome    the outcome
     * @param messageKey the message's key in the module bundle, under the rule's ID ({@code RULE-ID.messageKey})
     * @return a builder
     */
    public static Builder of(Outcome outcome, String messageKey) {
        return new Builder(Objects.requireNonNull(outcome, "outcome"), Objects.requireNonNull(messageKey, "key"));
    }

    /**
     * @param messageKey the message's key in the module bundle, under the rule's ID
     * @return a builder for {@link Outcome#FAIL}
     */
    public static Builder fail(String messageKey) {
        return of(Outcome.FAIL, messageKey);
    }

    /**
     * @param messageKey the message's key in the module bundle, under the rule's ID
     * @return a builder for {@link Outcome#WARNING}
     */
    public static Builder warning(String messageKey) {
        return of(Outcome.WARNING, messageKey);
    }

    /**
     * @param from whose written approval is required
     * @param messageKey the message's key in the module bundle, under the rule's ID
     * @return a builder for {@link Outcome#NEEDS_APPROVAL} naming from whom
     */
    public static Builder needsApproval(Approver from, String messageKey) {
        return of(Outcome.NEEDS_APPROVAL, messageKey).approvalRequiredFrom(from);
    }

    /** @return whether the rule does not concern the proposal */
    public boolean isNotApplicable() {
        return outcome == null;
    }

    /**
     * @return the outcome
     * @throws IllegalStateException for {@link #notApplicable()}
     */
    public Outcome outcome() {
        if (outcome == null) {
            throw new IllegalStateException("Not applicable: no outcome");
        }
        return outcome;
    }

    /** @return the message key */
    public String messageKey() {
        return messageKey;
    }

    /** @return the facts, in the order the rule gave them */
    public Map<String, Object> facts() {
        return facts;
    }

    /** @return the earliest date on which the proposal would comply, where a date cures the problem */
    public Optional<LocalDate> earliestCompliantDate() {
        return Optional.ofNullable(earliestCompliantDate);
    }

    /** @return whose written approval is required, for {@link Outcome#NEEDS_APPROVAL} */
    public Optional<Approver> approvalRequiredFrom() {
        return Optional.ofNullable(approvalRequiredFrom);
    }

    /** @return JSON paths of missing fields or documents */
    public List<String> missing() {
        return missing;
    }

    /** @return the provisions this evaluation rests on, when narrower than the descriptor's; else empty */
    public List<LegalBasis> basis() {
        return basis;
    }

    @Override
    public String toString() {
        return outcome == null ? "NOT_APPLICABLE" : outcome + " " + messageKey + " " + facts;
    }

    /**
     * Builds an {@link Evaluation}; not thread-safe. Cheap on the hot path: the facts are kept as name-value pairs in
     * one array (a rule gives a handful; a map is only a view of them), the lists only exist once something is added,
     * and {@link #build()} copies nothing unless the builder is changed afterwards.
     */
    public static final class Builder {
        private static final Object[] NO_FACTS = {};

        private final Outcome outcome;
        private final String messageKey;
        /** Name, value, name, value, ...: the first {@code size} slots are used. */
        private Object[] facts = NO_FACTS;
        private int size;
        /** Whether an evaluation built so far holds {@link #facts}: the next change copies it first. */
        private boolean shared;
        private LocalDate earliest;
        private Approver approver;
        private List<String> missing;
        private List<LegalBasis> basis;

        private Builder(Outcome outcome, String messageKey) {
            this.outcome = outcome;
            this.messageKey = messageKey;
        }

        /**
         * @param name  the fact's name; messages refer to it as {@code {name}}
         * @param value a String, Number, Boolean, LocalDate or enum constant
         * @return this builder
         */
        public Builder fact(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, () -> "fact " + name);
            if (shared) {
                facts = facts.clone();
                shared = false;
            }
            for (int i = 0; i < size; i += 2) {
                if (facts[i] == name || facts[i].equals(name)) {
                    // as a map: the later value wins, the fact keeps its place
                    facts[i + 1] = value;
                    return this;
                }
            }
            if (size == facts.length) {
                facts = Arrays.copyOf(facts, Math.max(16, size * 2));
            }
            facts[size++] = name;
            facts[size++] = value;
            return this;
        }

        /**
         * @param date the earliest date on which the proposal would comply
         * @return this builder
         */
        public Builder earliestCompliantDate(LocalDate date) {
            this.earliest = date;
            return this;
        }

        /**
         * @param from whose written approval is required
         * @return this builder
         */
        public Builder approvalRequiredFrom(Approver from) {
            this.approver = from;
            return this;
        }

        /**
         * @param jsonPath the JSON path of a missing field or document, e.g. {@code employee.birthDate}
         * @return this builder
         */
        public Builder missing(String jsonPath) {
            if (missing == null) {
                missing = new ArrayList<>(2);
            }
            missing.add(jsonPath);
            return this;
        }

        /**
         * @param provisions the provisions this evaluation rests on, narrower than the descriptor's
         * @return this builder
         */
        public Builder basis(LegalBasis... provisions) {
            if (basis == null) {
                basis = new ArrayList<>(2);
            }
            Collections.addAll(basis, provisions);
            return this;
        }

        /**
         * @return the evaluation
         * @throws IllegalStateException for {@link Outcome#INCOMPLETE} naming nothing missing, or
         *                               {@link Outcome#NEEDS_APPROVAL} naming no approver: the contract requires the
         *                               finding to say which (the checker reports the rule as ERROR)
         */
        public Evaluation build() {
            if (outcome == Outcome.INCOMPLETE && missing == null) {
                throw new IllegalStateException("An INCOMPLETE evaluation (" + messageKey
                        + ") must name the missing field or document");
            }
            if (outcome == Outcome.NEEDS_APPROVAL && approver == null) {
                throw new IllegalStateException("A NEEDS_APPROVAL evaluation (" + messageKey
                        + ") must name the approver");
            }
            Map<String, Object> built = Map.of();
            if (size > 0) {
                built = new Facts(facts, size);
                shared = true;
            }
            return new Evaluation(outcome, messageKey, built, earliest, approver,
                    missing == null ? List.of() : List.copyOf(missing), basis == null ? List.of() : List.copyOf(basis));
        }
    }
}

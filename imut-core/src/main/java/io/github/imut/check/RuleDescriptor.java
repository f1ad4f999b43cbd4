package io.github.imut.check;

import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule is: its stable ID from the catalogue, its title in Indonesian and English, the actions it applies to,
 * its legal basis, the period in which that basis is in force, the catalogue's confidence, and the parameters and
 * switches it uses. Immutable and thread-safe.
 */
public final class RuleDescriptor {
    private final String id;
    private final String titleId;
    private final String titleEn;
    private final Set<Action> appliesTo;
    private final List<LegalBasis> basis;
    private final InForce inForce;
    private final Confidence confidence;
    private final List<String> parameters;
    private final List<Switch> switches;

    private RuleDescriptor(Builder b) {
        this.id = b.id;
        this.titleId = Objects.requireNonNull(b.titleId, () -> "Rule " + b.id + ": title is required");
        this.titleEn = Objects.requireNonNull(b.titleEn, () -> "Rule " + b.id + ": English title is required");
        if (b.appliesTo.isEmpty()) {
            throw new IllegalArgumentException("Rule " + b.id + ": appliesTo is required");
        }
        if (b.basis.isEmpty()) {
            throw new IllegalArgumentException("Rule " + b.id + ": a legal basis is required");
        }
        this.appliesTo = Collections.unmodifiableSet(EnumSet.copyOf(b.appliesTo));
        this.basis = List.copyOf(b.basis);
        this.inForce = b.inForce;
        this.confidence = Objects.requireNonNull(b.confidence, () -> "Rule " + b.id + ": confidence is required");
        this.parameters = List.copyOf(b.parameters);
        this.switches = List.copyOf(b.switches);
    }

    /**
     * @param id the catalogue's rule ID, e.g. {@code MUT-CPNS}; an agency's own rules carry the agency's prefix
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the stable rule ID */
    public String id() {
        return id;
    }

    /**
     * @param language a language
     * @return the title in that language
     */
    public String title(Language language) {
        return language == Language.EN ? titleEn : titleId;
    }

    /** @return the actions the rule applies to */
    public Set<Action> appliesTo() {
        return appliesTo;
    }

    /**
     * @param action an action
     * @return whether the rule applies to it
     */
    public boolean appliesTo(Action action) {
        return appliesTo.contains(action);
    }

    /** @return every provision the rule rests on, each with its own in-force period */
    public List<LegalBasis> basis() {
        return basis;
    }

    /**
     * @param date a day
     * @return the provisions in force on that day (all of them if none is)
     */
    public List<LegalBasis> basisOn(LocalDate date) {
        boolean all = true;
        for (int i = 0, n = basis.size(); i < n && all; i++) {
            all = basis.get(i).isInForceOn(date);
        }
        if (all) {
            return basis;
        }
        List<LegalBasis> out = new ArrayList<>(basis.size());
        for (LegalBasis b : basis) {
            if (b.isInForceOn(date)) {
                out.add(b);
            }
        }
        return out.isEmpty() ? basis : out;
    }

    /** @return the period in which the rule applies, judged at the proposal's effective date */
    public InForce inForce() {
        return inForce;
    }

    /** @return the catalogue's confidence in the rule */
    public Confidence confidence() {
        return confidence;
    }

    /** @return the names of the legal parameters the rule reads */
    public List<String> parameters() {
        return parameters;
    }

    /** @return the switches the rule reads */
    public List<Switch> switches() {
        return switches;
    }

    @Override
    public String toString() {
        return id + " " + basis + " " + inForce + " (" + confidence + ")";
    }

    /** Builds a {@link RuleDescriptor}. */
    public static final class Builder {
        private final String id;
        private String titleId;
        private String titleEn;
        private final Set<Action> appliesTo = EnumSet.noneOf(Action.class);
        private final List<LegalBasis> basis = new ArrayList<>();
        private InForce inForce = InForce.always();
        private Confidence confidence;
        private final List<String> parameters = new ArrayList<>();
        private final List<Switch> switches = new ArrayList<>();

        private Builder(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("A rule needs an ID");
            }
            this.id = id;
        }

        /**
         * @param indonesian the title in Indonesian
         * @param english    the title in English
         * @return this builder
         */
        public Builder title(String indonesian, String english) {
            this.titleId = indonesian;
            this.titleEn = english;
            return this;
        }

        /**
         * @param actions actions the rule applies to
         * @return this builder
         */
        public Builder appliesTo(Action... actions) {
            Collections.addAll(appliesTo, actions);
            return this;
        }

        /**
         * @param kinds kinds whose every action the rule applies to
         * @return this builder
         */
        public Builder appliesTo(ProposalKind... kinds) {
            for (Action a : Action.values()) {
                for (ProposalKind k : kinds) {
                    if (a.kind() == k) {
                        appliesTo.add(a);
                    }
                }
            }
            return this;
        }

        /**
         * @param provisions the provisions the rule rests on, each with its own in-force period
         * @return this builder
         */
        public Builder basis(LegalBasis... provisions) {
            Collections.addAll(basis, provisions);
            return this;
        }

        /**
         * @param period the period in which the rule applies, judged at the effective date
         * @return this builder
         */
        public Builder inForce(InForce period) {
            this.inForce = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * @param value the catalogue's confidence in the rule
         * @return this builder
         */
        public Builder confidence(Confidence value) {
            this.confidence = value;
            return this;
        }

        /**
         * @param names the names of the legal parameters the rule reads
         * @return this builder
         */
        public Builder parameters(String... names) {
            Collections.addAll(parameters, names);
            return this;
        }

        /**
         * @param values the switches the rule reads
         * @return this builder
         */
        public Builder switches(Switch... values) {
            Collections.addAll(switches, values);
            return this;
        }

        /** @return the descriptor */
        public RuleDescriptor build() {
            return new RuleDescriptor(this);
        }
    }
}

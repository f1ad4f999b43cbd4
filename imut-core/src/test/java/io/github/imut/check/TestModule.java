package io.github.imut.check;

import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalParameters;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A rule module defined in the test, so that imut-core's tests do not depend on imut-rules. Its bundle is
 * {@code io.github.imut.check.testrules.messages} in the test resources.
 */
final class TestModule implements RuleModule {
    static final String BUNDLE = "io.github.imut.check.testrules.messages";

    private final String id;
    private final List<Rule> rules;
    private final String bundle;
    private final LegalParameters parameters;
    private final PoliticalCalendar calendar;

    private TestModule(String id, List<Rule> rules, String bundle, LegalParameters parameters,
            PoliticalCalendar calendar) {
        this.id = id;
        this.rules = rules;
        this.bundle = bundle;
        this.parameters = parameters;
        this.calendar = calendar;
    }

    static TestModule of(Rule... rules) {
        return new TestModule("test.core", List.of(rules), BUNDLE, LegalParameters.empty(), null);
    }

    TestModule id(String value) {
        return new TestModule(value, rules, bundle, parameters, calendar);
    }

    TestModule bundle(String value) {
        return new TestModule(id, rules, value, parameters, calendar);
    }

    TestModule parameters(LegalParameters value) {
        return new TestModule(id, rules, bundle, value, calendar);
    }

    TestModule calendar(PoliticalCalendar value) {
        return new TestModule(id, rules, bundle, parameters, value);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public List<Rule> rules() {
        return rules;
    }

    @Override
    public String messageBundle() {
        return bundle;
    }

    @Override
    public LegalParameters parameters() {
        return parameters;
    }

    @Override
    public Optional<PoliticalCalendar> calendar() {
        return Optional.ofNullable(calendar);
    }

    /** The basis every test rule cites unless it says otherwise. */
    static final LegalBasis BASIS = LegalBasis.of("UU 20/2023").article("1");

    /** @return a descriptor builder for a test rule applying to every transfer */
    static RuleDescriptor.Builder descriptor(String id) {
        return RuleDescriptor.builder(id).title("Aturan uji " + id, "Test rule " + id)
                .appliesTo(ProposalKind.TRANSFER).basis(BASIS).confidence(Confidence.V);
    }

    /** @return a rule with the given descriptor and evaluation */
    static Rule rule(RuleDescriptor descriptor, BiFunction<Proposal, CheckContext, Evaluation> evaluation) {
        return new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public Evaluation evaluate(Proposal proposal, CheckContext context) {
                return evaluation.apply(proposal, context);
            }

            @Override
            public String toString() {
                return descriptor.id();
            }
        };
    }

    /** @return a rule applying to every transfer */
    static Rule rule(String id, BiFunction<Proposal, CheckContext, Evaluation> evaluation) {
        return rule(descriptor(id).build(), evaluation);
    }

    /** @return a rule that always gives {@code outcome} with the message key {@code result} */
    static Rule giving(String id, Outcome outcome) {
        switch (outcome) {
            case PASS:
                return rule(id, (p, c) -> Evaluation.pass());
            case INCOMPLETE:
                return rule(id, (p, c) -> Evaluation.incomplete("employee.birthDate"));
            case NEEDS_APPROVAL:
                return rule(id, (p, c) -> Evaluation.needsApproval(io.github.imut.model.Approver.MENDAGRI,
                        "result").build());
            default:
                return rule(id, (p, c) -> Evaluation.of(outcome, "result").fact("outcome", outcome.name()).build());
        }
    }

    static List<Rule> list(Rule... rules) {
        return new ArrayList<>(Arrays.asList(rules));
    }
}

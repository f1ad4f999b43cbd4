package io.github.imut.rules;

import io.github.imut.check.Rule;
import io.github.imut.check.RuleModule;
import io.github.imut.law.LegalParameters;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.law.WorkingDayCalendar;
import java.util.List;
import java.util.Optional;

/**
 * Common ground of imut's standard rule modules: a message bundle per area ({@code messages} in the module's own
 * package), the standard parameters and calendars, and the library's version. Subclasses name the module and list
 * its rules.
 */
public abstract class StandardModule implements RuleModule {
    private final String id;
    private final List<Rule> rules;

    /**
     * @param id    the module ID, {@code imut.<area>}
     * @param rules the rules, in report order
     */
    protected StandardModule(String id, List<Rule> rules) {
        this.id = id;
        this.rules = List.copyOf(rules);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        String v = StandardModule.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public final List<Rule> rules() {
        return rules;
    }

    /** @return {@code messages} in the package of the concrete module class, e.g. {@code io.github.imut.rules.election.messages} */
    @Override
    public final String messageBundle() {
        return getClass().getPackageName() + ".messages";
    }

    @Override
    public final LegalParameters parameters() {
        return StandardData.parameters();
    }

    @Override
    public final Optional<PoliticalCalendar> calendar() {
        return Optional.of(StandardData.calendar());
    }

    @Override
    public final Optional<WorkingDayCalendar> workingDayCalendar() {
        return Optional.of(StandardData.workingDayCalendar());
    }
}

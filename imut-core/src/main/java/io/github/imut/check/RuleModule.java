package io.github.imut.check;

import io.github.imut.law.LegalParameters;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.law.WorkingDayCalendar;
import java.util.List;
import java.util.Optional;

/**
 * A set of rules shipped together, with the messages, parameters and calendars they need. imut's standard modules
 * live in {@code imut-rules}; an agency adds its own by implementing this interface and listing the class in
 * {@code META-INF/services/io.github.imut.check.RuleModule} (found by {@link Checker.Builder#discoverModules()}), or
 * by registering it with {@link Checker.Builder#addModule(RuleModule)}.
 *
 * <p>Messages: the module's bundle ({@link #messageBundle()}) holds, per language ({@code _id}, {@code _en}), one
 * template per rule and message key, named {@code RULE-ID.key}; placeholders name the evaluation's facts, e.g.
 * {@code {effectiveDate}}.
 */
public interface RuleModule {

    /** @return the module's ID, e.g. {@code imut.transfer}; agencies use their own prefix */
    String id();

    /** @return the module's version; part of every report's rule-set version */
    String version();

    /** @return the rules, in the order their findings should appear */
    List<Rule> rules();

    /** @return the base name of the module's message bundle, e.g. {@code io.github.imut.rules.messages} */
    String messageBundle();

    /** @return the legal parameters the module's rules read, with their default values */
    default LegalParameters parameters() {
        return LegalParameters.empty();
    }

    /** @return a default political calendar, if the module ships one */
    default Optional<PoliticalCalendar> calendar() {
        return Optional.empty();
    }

    /**
     * @return a default working-day calendar (national holidays and cuti bersama), if the module ships one; the
     *     checker lays the modules' calendars over each other in module order, then the user's
     */
    default Optional<WorkingDayCalendar> workingDayCalendar() {
        return Optional.empty();
    }
}

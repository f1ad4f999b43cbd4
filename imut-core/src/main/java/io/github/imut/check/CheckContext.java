package io.github.imut.check;

import io.github.imut.law.LegalParameters;
import io.github.imut.law.ParameterException;
import io.github.imut.law.ParameterValue;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.law.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Map;

/**
 * The world one proposal is checked in: the as-of date, the effective date (TMT) the law is judged at, the legal
 * parameters, the political calendar, the working-day calendar and the switches. Created by the {@link Checker} once per check and handed to
 * every rule. Immutable and thread-safe.
 */
public final class CheckContext {
    private final LocalDate asOf;
    private final LocalDate effectiveDate;
    private final LegalParameters parameters;
    private final PoliticalCalendar calendar;
    private final Map<String, Boolean> switches;
    private final WorkingDayCalendar workingDays;
    private final boolean reportsPasses;

    CheckContext(LocalDate asOf, LocalDate effectiveDate, LegalParameters parameters, PoliticalCalendar calendar,
            Map<String, Boolean> switches, WorkingDayCalendar workingDays, boolean reportsPasses) {
        this.asOf = asOf;
        this.effectiveDate = effectiveDate;
        this.parameters = parameters;
        this.calendar = calendar;
        this.switches = switches;
        this.workingDays = workingDays;
        this.reportsPasses = reportsPasses;
    }

    /**
     * A context for testing a single rule outside a checker.
     *
     * @param asOf          the as-of date
     * @param effectiveDate the proposal's effective date
     * @param parameters    the legal parameters
     * @param calendar      the political calendar
     * @param switches      switch values by name (every switch the rule reads must be present)
     * @return the context, with an empty working-day calendar ({@link #withWorkingDayCalendar} sets one); it
     *         {@linkplain #reportsPasses() reports passes}, so a test sees every fact a rule gives
     */
    public static CheckContext of(LocalDate asOf, LocalDate effectiveDate, LegalParameters parameters,
            PoliticalCalendar calendar, Map<String, Boolean> switches) {
        return new CheckContext(asOf, effectiveDate, parameters, calendar, Map.copyOf(switches),
                WorkingDayCalendar.empty(), true);
    }

    /**
     * @param value the working-day calendar
     * @return a context like this one with that calendar, for testing a single rule outside a checker
     */
    public CheckContext withWorkingDayCalendar(WorkingDayCalendar value) {
        return new CheckContext(asOf, effectiveDate, parameters, calendar, switches,
                java.util.Objects.requireNonNull(value, "value"), reportsPasses);
    }

    /**
     * Whether the report lists the rules that passed ({@link Checker.Builder#includePasses}). When it does not, no
     * report shows a {@link Outcome#PASS} evaluation's facts or message, so a rule may return
     * {@link Evaluation#pass()} instead of building them: the report is the same either way, and the check is
     * cheaper. Every other outcome's facts are always built.
     *
     * @return whether passes are reported
     */
    public boolean reportsPasses() {
        return reportsPasses;
    }

    /** @return the day the check is made (the report's {@code checkedAsOf}) */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the proposal's effective date (TMT): the law and parameters are taken as of this day */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    /** @return all legal parameters */
    public LegalParameters parameters() {
        return parameters;
    }

    /** @return the political calendar */
    public PoliticalCalendar calendar() {
        return calendar;
    }

    /**
     * @return the working-day calendar (national holidays and cuti bersama) that deadlines in working days are
     *     counted on; in a year it does not cover only weekends are known
     */
    public WorkingDayCalendar workingDayCalendar() {
        return workingDays;
    }

    /**
     * @param name a parameter's name
     * @return its value in force on the effective date
     * @throws ParameterException if it has none (the rule then reports ERROR)
     */
    public ParameterValue parameter(String name) {
        return parameters.get(name, effectiveDate);
    }

    /**
     * @param name a parameter's name
     * @return its number in force on the effective date
     * @throws ParameterException if it has none
     */
    public int intParameter(String name) {
        return parameters.intValue(name, effectiveDate);
    }

    /**
     * @param name a switch the rule declared
     * @return its value
     * @throws IllegalArgumentException if no rule declared it (a defect in the rule)
     */
    public boolean isOn(String name) {
        Boolean v = switches.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Undeclared switch: " + name);
        }
        return v;
    }
}

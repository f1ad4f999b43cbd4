package io.github.imut.rules;

import io.github.imut.law.LegalParameters;
import io.github.imut.law.ParameterException;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.law.WorkingDayCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data imut's standard rules ship with: the effective-dated legal parameters, one file per area of law
 * ({@code io/github/imut/rules/<area>/parameters.json}, merged; a name defined by two areas is rejected), and the
 * default political calendar, the 2024 simultaneous pilkada ({@code io/github/imut/rules/calendar.json}). Both are
 * loaded and validated once, on first use. Thread-safe.
 */
public final class StandardData {
    /** The areas of law whose parameter files are loaded, in this order. */
    static final List<String> AREAS = List.of("appointment", "discipline", "dismissal", "election", "reference",
            "transfer");

    private static final class Holder {
        static final LegalParameters PARAMETERS = loadParameters();
        static final PoliticalCalendar CALENDAR = PoliticalCalendar.fromJson(open("calendar.json"));
        static final WorkingDayCalendar WORKING_DAYS = WorkingDayCalendar.fromJson(open("working-days.json"));
    }

    private StandardData() {
    }

    /** @return the standard legal parameters of every area */
    public static LegalParameters parameters() {
        return Holder.PARAMETERS;
    }

    /** @return the default political calendar (2024 simultaneous pilkada) */
    public static PoliticalCalendar calendar() {
        return Holder.CALENDAR;
    }

    /**
     * @return the default working-day calendar: no year covered (the catalogue grounds no year's holidays), so that
     *     only weekends are known; users supply years with {@code Checker.Builder.workingDayCalendar(...)}
     */
    public static WorkingDayCalendar workingDayCalendar() {
        return Holder.WORKING_DAYS;
    }

    private static LegalParameters loadParameters() {
        LegalParameters all = LegalParameters.empty();
        Set<String> seen = new HashSet<>();
        for (String area : AREAS) {
            String name = area + "/parameters.json";
            LegalParameters p = LegalParameters.fromJson(open(name));
            for (String parameter : p.names()) {
                if (!seen.add(parameter)) {
                    throw new ParameterException("Legal parameter " + parameter + " is defined twice; the second time"
                            + " in io/github/imut/rules/" + name);
                }
            }
            all = all.overriddenBy(p);
        }
        return all;
    }

    private static InputStream open(String name) {
        try (InputStream in = StandardData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("imut-rules resource missing: io/github/imut/rules/" + name);
            }
            return new ByteArrayInputStream(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read io/github/imut/rules/" + name, e);
        }
    }
}

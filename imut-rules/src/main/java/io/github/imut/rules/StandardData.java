package io.github.imut.rules;

import io.github.imut.law.LegalParameters;
import io.github.imut.law.PoliticalCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The data imut's standard rules ship with: the effective-dated legal parameters
 * ({@code io/github/imut/rules/parameters.json}) and the default political calendar, the 2024 simultaneous pilkada
 * ({@code io/github/imut/rules/calendar.json}). Both are loaded and validated once, on first use. Thread-safe.
 */
public final class StandardData {
    private static final class Holder {
        static final LegalParameters PARAMETERS = LegalParameters.fromJson(open("parameters.json"));
        static final PoliticalCalendar CALENDAR = PoliticalCalendar.fromJson(open("calendar.json"));
    }

    private StandardData() {
    }

    /** @return the standard legal parameters */
    public static LegalParameters parameters() {
        return Holder.PARAMETERS;
    }

    /** @return the default political calendar (2024 simultaneous pilkada) */
    public static PoliticalCalendar calendar() {
        return Holder.CALENDAR;
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

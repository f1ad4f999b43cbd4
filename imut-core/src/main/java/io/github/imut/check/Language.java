package io.github.imut.check;

import java.util.Locale;

/** The language of messages in reports: Indonesian by default, English on request. */
public enum Language {
    /** Bahasa Indonesia (the default). */
    ID(Locale.forLanguageTag("id")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale used to load message bundles */
    public Locale locale() {
        return locale;
    }

    /**
     * @param code {@code id} or {@code en}, any case
     * @return the language
     * @throws IllegalArgumentException for any other code
     */
    public static Language of(String code) {
        if ("id".equalsIgnoreCase(code) || "in".equalsIgnoreCase(code)) {
            return ID;
        }
        if ("en".equalsIgnoreCase(code)) {
            return EN;
        }
        throw new IllegalArgumentException("Unsupported language \"" + code + "\": use id or en");
    }
}

package io.github.imut.model;

import io.github.imut.internal.Bundles;
import io.github.imut.internal.Template;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Thrown when a value such as a NIP or a grade cannot be parsed. Carries a stable message key and the values the
 * message names, so that the JSON reader can report it in the caller's language with the field's JSON path.
 *
 * <p>{@link #getMessage()} gives the Indonesian text followed by the English one.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "io.github.imut.model.messages";

    /** The message key naming the defect, e.g. {@code nip.length}. */
    private final String key;
    /** The values the message shows, by placeholder name. */
    private final Map<String, String> arguments;

    InvalidValueException(String key, Map<String, String> arguments) {
        super(render(key, arguments, Locale.forLanguageTag("id")) + " / " + render(key, arguments, Locale.ENGLISH));
        this.key = key;
        this.arguments = Map.copyOf(arguments);
    }

    static InvalidValueException of(String key, String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new InvalidValueException(key, args);
    }

    /** @return the stable message key, e.g. {@code nip.length} */
    public String key() {
        return key;
    }

    /** @return the values the message names, by placeholder name; never null */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * @param locale {@code id} or {@code en}
     * @return the message in that language
     */
    public String message(Locale locale) {
        return render(key, arguments, locale);
    }

    private static String render(String key, Map<String, String> arguments, Locale locale) {
        return Template.parse(Bundles.get(
                Bundles.load(BUNDLE, locale, InvalidValueException.class.getClassLoader()), key)).render(arguments);
    }
}

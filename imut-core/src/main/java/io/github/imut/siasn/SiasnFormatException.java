package io.github.imut.siasn;

import io.github.imut.check.Language;
import io.github.imut.internal.Bundles;
import io.github.imut.internal.Template;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Thrown when a SIASN profile is malformed beyond what the lenient reader accepts: not JSON, a payload of the wrong
 * shape, an error response from SIASN, no data-utama or no valid {@code nipBaru}, or a riwayat record that belongs to
 * another employee. {@link #path()} names the SIASN field ({@code data-utama.nipBaru}, {@code rw-jabatan[2]}).
 *
 * <p>{@link #getMessage()} gives the Indonesian text followed by the English one.
 */
public final class SiasnFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The SIASN field (JSON path) that could not be read. */
    private final String path;
    /** The message key naming the defect. */
    private final String key;
    /** The values the message shows, by placeholder name. */
    private final Map<String, String> arguments;

    private SiasnFormatException(String key, String path, Map<String, String> arguments, Throwable cause) {
        super(render(key, path, arguments, Locale.forLanguageTag("id")) + " / "
                + render(key, path, arguments, Locale.ENGLISH), cause);
        this.path = path;
        this.key = key;
        this.arguments = Map.copyOf(arguments);
    }

    static SiasnFormatException of(String key, String path, String... namesAndValues) {
        return withCause(null, key, path, namesAndValues);
    }

    static SiasnFormatException withCause(Throwable cause, String key, String path, String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return new SiasnFormatException(key, path, args, cause);
    }

    /** @return the SIASN field or record at fault, e.g. {@code data-utama.nipBaru}; {@code $} for the whole file */
    public String path() {
        return path;
    }

    /** @return a stable code, e.g. {@code siasn.required} */
    public String key() {
        return key;
    }

    /** @return the values the message names; never null */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * @param language the language
     * @return the message, naming the field
     */
    public String message(Language language) {
        return render(key, path, arguments, language.locale());
    }

    private static String render(String key, String path, Map<String, String> arguments, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>(arguments);
        values.put("path", path);
        return Template.parse(Bundles.get(Bundles.load(SiasnNote.BUNDLE, locale,
                SiasnFormatException.class.getClassLoader()), key)).render(values);
    }
}

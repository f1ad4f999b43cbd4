package io.github.imut.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loads imut's message bundles without falling back to the JVM's default locale.
 *
 * <p>Not API. {@link ResourceBundle#getBundle(String)} would, on an English JVM asked for Indonesian, fall back to the
 * English bundle; imut's bundles exist per language ({@code _id}, {@code _en}) and are looked up with no fallback,
 * so the language a caller asks for is the language it gets.
 */
public final class Bundles {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /**
     * @param baseName the bundle's base name, e.g. {@code io.github.imut.check.messages}
     * @param locale   the language wanted
     * @param loader   the class loader that sees the bundle
     * @return the bundle
     * @throws MissingResourceException if no bundle exists for that language
     */
    public static ResourceBundle load(String baseName, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
    }

    /**
     * @param bundle a resource bundle
     * @param key    a key
     * @return the string for {@code key}, or the key itself in brackets when the bundle lacks it (a visible defect,
     *     caught by the bundle-completeness tests, never an exception while a report is being written)
     */
    public static String get(ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : "[" + key + "]";
    }
}

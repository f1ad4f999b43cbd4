package io.github.imut.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed message templates of one bundle in one language, looked up by key. Not API.
 *
 * <p>Templates are parsed once, when the catalogue is loaded; rendering allocates only the resulting string.
 * Immutable and thread-safe.
 */
public final class MessageCatalog {
    /** Base name of imut-core's own bundle (verdicts, generic findings, validation and JSON errors). */
    public static final String CORE_BUNDLE = "io.github.imut.check.messages";

    private static final Map<Locale, MessageCatalog> CORE = new ConcurrentHashMap<>();

    private final Map<String, Template> templates;

    private MessageCatalog(Map<String, Template> templates) {
        this.templates = templates;
    }

    /**
     * @param baseName bundle base name
     * @param locale   language
     * @param loader   class loader that sees the bundle
     * @return the catalogue
     * @throws java.util.MissingResourceException if the bundle does not exist in that language
     */
    public static MessageCatalog load(String baseName, Locale locale, ClassLoader loader) {
        ResourceBundle bundle = Bundles.load(baseName, locale, loader);
        Map<String, Template> map = new HashMap<>();
        for (String key : bundle.keySet()) {
            map.put(key, Template.parse(bundle.getString(key)));
        }
        return new MessageCatalog(Map.copyOf(map));
    }

    /**
     * @param catalogs catalogues to combine; a later one's key replaces an earlier one's
     * @return one catalogue with every key
     */
    public static MessageCatalog merge(java.util.List<MessageCatalog> catalogs) {
        Map<String, Template> map = new HashMap<>();
        for (MessageCatalog c : catalogs) {
            map.putAll(c.templates);
        }
        return new MessageCatalog(Map.copyOf(map));
    }

    /**
     * @param locale language
     * @return imut-core's own catalogue in that language (cached)
     */
    public static MessageCatalog core(Locale locale) {
        return CORE.computeIfAbsent(locale, l -> load(CORE_BUNDLE, l, MessageCatalog.class.getClassLoader()));
    }

    /**
     * @param key a key
     * @return whether the catalogue has it
     */
    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** @return the keys */
    public java.util.Set<String> keys() {
        return templates.keySet();
    }

    /**
     * @param key    a key
     * @param values placeholder values
     * @return the rendered message, or {@code [key]} if the key is missing (a visible defect)
     */
    public String render(String key, java.util.function.Function<String, ?> values) {
        Template t = templates.get(key);
        return t == null ? "[" + key + "]" : t.render(values);
    }

    /**
     * @param key    a key
     * @param values placeholder values
     * @return the rendered message, or {@code [key]} if the key is missing (a visible defect)
     */
    public String render(String key, Map<String, ?> values) {
        Template t = templates.get(key);
        return t == null ? "[" + key + "]" : t.render(values);
    }

    /**
     * @param key a key
     * @return its template, or null if the catalogue lacks it
     */
    public Template template(String key) {
        return templates.get(key);
    }
}

package io.github.imut.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A message template with named placeholders such as {@code {effectiveDate}}, parsed once and rendered many times.
 *
 * <p>Not API: this package is public only because several imut packages share it; it may change in any release.
 * Unlike {@link java.text.MessageFormat} it gives apostrophes no special meaning and it is immutable, so one
 * instance serves every thread. A placeholder with no value is rendered as {@code {name}} so that a missing fact is
 * visible rather than silently blank.
 */
public final class Template {
    private final String source;
    private final String[] literals;
    private final String[] names;

    private Template(String source, String[] literals, String[] names) {
        this.source = source;
        this.literals = literals;
        this.names = names;
    }

    /**
     * Parses a template.
     *
     * @param source the template text, never null
     * @return the parsed template
     * @throws IllegalArgumentException if a {@code {} has no closing {@code }}
     */
    public static Template parse(String source) {
        Objects.requireNonNull(source, "source");
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{') {
                int end = source.indexOf('}', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed placeholder at index " + i + " in: " + source);
                }
                literals.add(literal.toString());
                literal.setLength(0);
                names.add(source.substring(i + 1, end).trim());
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        literals.add(literal.toString());
        return new Template(source, literals.toArray(new String[0]), names.toArray(new String[0]));
    }

    /** @return the placeholder names in order of appearance, possibly repeated */
    public List<String> placeholders() {
        return List.of(names);
    }

    /**
     * Renders the template.
     *
     * @param values placeholder values by name; {@link Object#toString()} is used for each
     * @return the rendered text, never null
     */
    public String render(Map<String, ?> values) {
        return render((Function<String, ?>) values::get);
    }

    /**
     * Renders the template, looking each placeholder up as it comes (no map needs to be built).
     *
     * @param values the value of a placeholder by name, or null if it has none
     * @return the rendered text, never null
     */
    public String render(Function<String, ?> values) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]);
            Object value = values.apply(names[i]);
            if (value == null) {
                out.append('{').append(names[i]).append('}');
            } else {
                out.append(value);
            }
        }
        return out.append(literals[names.length]).toString();
    }

    @Override
    public String toString() {
        return source;
    }
}

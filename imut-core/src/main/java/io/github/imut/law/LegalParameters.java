package io.github.imut.law;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Effective-dated legal parameters: numbers the law sets (retirement ages, minimum years, window lengths, age limits),
 * each with the periods in which each value is in force and the provision that sets it. Rules look them up by name
 * and date; they never hard-code them. The idea is OpenFisca's dated parameters.
 *
 * <p>Immutable and thread-safe. Load them with {@link #fromJson(InputStream)}; combine defaults with user overrides
 * with {@link #overriddenBy(LegalParameters)}. The JSON form:
 * <pre>{@code
 * { "parameters": {
 *     "bup.age.a": { "unit": "years", "description": "...",
 *       "values": [ { "from": "2017-04-07", "value": 58, "reference": "PP 11/2017 Pasal 239 ayat (2) huruf a" } ] } } }
 * }</pre>
 * A value is in force from its {@code from} (or from the beginning, if omitted) to the day before the next value's
 * {@code from}, or to its own {@code until}. Values must not overlap, only the first may omit {@code from}, each must
 * be a whole number and cite a reference, and a value has no keys but {@code from}, {@code until}, {@code value},
 * {@code reference} and {@code note} (a misspelt {@code from} would otherwise put the value in force from the
 * beginning); a parameter defined twice is an error. Anything else is rejected at load time with a
 * {@link ParameterException} naming the parameter.
 */
public final class LegalParameters {
    private static final LegalParameters EMPTY = new LegalParameters(Collections.emptyMap());
    /** A parameter defined twice in one file must not silently lose its first definition. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    /** The keys a value may have; a misspelt {@code from} or {@code until} would silently change its period. */
    private static final Set<String> VALUE_KEYS = Set.of("from", "until", "value", "reference", "note");

    private final Map<String, List<ParameterValue>> timelines;
    /** The timelines again, hashed and as arrays: {@link #get} runs for every parameter a rule reads. */
    private final Map<String, ParameterValue[]> index;

    private LegalParameters(Map<String, List<ParameterValue>> timelines) {
        this.timelines = timelines;
        Map<String, ParameterValue[]> idx = new java.util.HashMap<>(timelines.size() * 2);
        for (Map.Entry<String, List<ParameterValue>> e : timelines.entrySet()) {
            idx.put(e.getKey(), e.getValue().toArray(new ParameterValue[0]));
        }
        this.index = idx;
    }

    /** @return parameters with no values */
    public static LegalParameters empty() {
        return EMPTY;
    }

    /** @return a builder for parameters defined in code (e.g. a user's override) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads parameters from JSON and validates them.
     *
     * @param in the JSON document; not closed
     * @return the parameters
     * @throws ParameterException if the document is malformed or a timeline is inconsistent
     */
    public static LegalParameters fromJson(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new ParameterException("Legal parameters are not valid JSON: " + e.getMessage(), e);
        }
        JsonNode params = root == null || !root.isObject() ? null : root.get("parameters");
        if (params == null || !params.isObject()) {
            throw new ParameterException("Legal parameters: the document needs an object \"parameters\"");
        }
        Builder b = builder();
        for (Map.Entry<String, JsonNode> e : params.properties()) {
            String name = e.getKey();
            JsonNode values = e.getValue().get("values");
            if (values == null || !values.isArray() || values.isEmpty()) {
                throw new ParameterException("Legal parameter " + name + ": needs a non-empty array \"values\"");
            }
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                String where = "Legal parameter " + name + " values[" + i + "]";
                if (!v.isObject()) {
                    throw new ParameterException(where + ": expected an object {from, until, value, reference}");
                }
                for (Map.Entry<String, JsonNode> key : v.properties()) {
                    if (!VALUE_KEYS.contains(key.getKey())) {
                        throw new ParameterException(where + ": unknown key \"" + key.getKey() + "\"; a value has "
                                + "from, until, value, reference and note");
                    }
                }
                JsonNode value = v.get("value");
                if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
                    throw new ParameterException(where + ": \"value\" must be a whole number");
                }
                JsonNode ref = v.get("reference");
                if (ref == null || !ref.isTextual() || ref.asText().isBlank()) {
                    throw new ParameterException(where + ": \"reference\" (the provision that sets it) is required");
                }
                b.value(name, date(v, "from", where), date(v, "until", where), value.intValue(), ref.asText());
            }
        }
        return b.build();
    }

    private static LocalDate date(JsonNode v, String field, String where) {
        JsonNode d = v.get(field);
        if (d == null || d.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(d.asText());
        } catch (DateTimeParseException e) {
            throw new ParameterException(where + ": \"" + field + "\" is not an ISO date: " + d.asText(), e);
        }
    }

    /** @return the parameter names, sorted */
    public List<String> names() {
        return List.copyOf(timelines.keySet());
    }

    /**
     * @param name a parameter's name
     * @return its values in date order; empty if unknown
     */
    public List<ParameterValue> timeline(String name) {
        return timelines.getOrDefault(name, List.of());
    }

    /**
     * Looks a value up.
     *
     * @param name the parameter's name
     * @param on   the day
     * @return the value in force that day
     * @throws ParameterException if the parameter is unknown or has no value on that day
     */
    public ParameterValue get(String name, LocalDate on) {
        ParameterValue[] timeline = index.get(name);
        if (timeline == null) {
            throw new ParameterException("Unknown legal parameter: " + name);
        }
        for (ParameterValue v : timeline) {
            if (v.inForce().contains(on)) {
                return v;
            }
        }
        throw new ParameterException("Legal parameter " + name + " has no value in force on " + on);
    }

    /**
     * @param name the parameter's name
     * @param on   the day
     * @return the number in force that day
     * @throws ParameterException if the parameter is unknown or has no value on that day
     */
    public int intValue(String name, LocalDate on) {
        return get(name, on).value();
    }

    /**
     * @param overrides parameters that take precedence
     * @return these parameters with every timeline that {@code overrides} defines replaced by the override's
     */
    public LegalParameters overriddenBy(LegalParameters overrides) {
        if (overrides.timelines.isEmpty()) {
            return this;
        }
        Map<String, List<ParameterValue>> merged = new TreeMap<>(timelines);
        merged.putAll(overrides.timelines);
        return new LegalParameters(Collections.unmodifiableMap(merged));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegalParameters && ((LegalParameters) o).timelines.equals(timelines);
    }

    @Override
    public int hashCode() {
        return timelines.hashCode();
    }

    @Override
    public String toString() {
        return "LegalParameters" + timelines.keySet();
    }

    /** Builds {@link LegalParameters}; not thread-safe, use one per thread. */
    public static final class Builder {
        private final Map<String, List<Raw>> raw = new TreeMap<>();

        private Builder() {
        }

        /**
         * Adds a value.
         *
         * @param name      the parameter's name
         * @param from      first day in force, or null for "from the beginning"
         * @param until     last day in force, or null for "until the next value, or open"
         * @param value     the number
         * @param reference the provision that sets it
         * @return this builder
         */
        public Builder value(String name, LocalDate from, LocalDate until, int value, String reference) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new ParameterException("A legal parameter needs a name");
            }
            if (reference == null || reference.isBlank()) {
                throw new ParameterException("Legal parameter " + name + ": a reference is required");
            }
            raw.computeIfAbsent(name, k -> new ArrayList<>()).add(new Raw(from, until, value, reference));
            return this;
        }

        /**
         * @return the validated parameters
         * @throws ParameterException if values overlap or are out of order
         */
        public LegalParameters build() {
            Map<String, List<ParameterValue>> out = new TreeMap<>();
            for (Map.Entry<String, List<Raw>> e : raw.entrySet()) {
                String name = e.getKey();
                List<Raw> values = new ArrayList<>(e.getValue());
                values.sort(Comparator.comparing(r -> r.from == null ? LocalDate.MIN : r.from));
                List<ParameterValue> timeline = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    Raw r = values.get(i);
                    if (i > 0 && r.from == null) {
                        throw new ParameterException("Legal parameter " + name
                                + ": only the first value may omit \"from\"");
                    }
                    LocalDate until = r.until;
                    if (i + 1 < values.size()) {
                        LocalDate nextFrom = values.get(i + 1).from;
                        if (nextFrom == null) {
                            throw new ParameterException("Legal parameter " + name
                                    + ": only the first value may omit \"from\"");
                        }
                        if (r.from != null && !nextFrom.isAfter(r.from)) {
                            throw new ParameterException("Legal parameter " + name + ": two values start on "
                                    + r.from);
                        }
                        if (until == null) {
                            until = nextFrom.minusDays(1);
                        } else if (!until.isBefore(nextFrom)) {
                            throw new ParameterException("Legal parameter " + name + ": value from " + r.from
                                    + " until " + until + " overlaps the value from " + nextFrom);
                        }
                    }
                    if (r.from != null && until != null && until.isBefore(r.from)) {
                        throw new ParameterException("Legal parameter " + name + ": value from " + r.from
                                + " ends before it starts (" + until + ")");
                    }
                    InForce period = r.from == null
                            ? (until == null ? InForce.always() : InForce.until(until))
                            : (until == null ? InForce.from(r.from) : InForce.between(r.from, until));
                    timeline.add(new ParameterValue(name, r.value, period, r.reference));
                }
                out.put(name, List.copyOf(timeline));
            }
            return new LegalParameters(Collections.unmodifiableMap(out));
        }

        private static final class Raw {
            final LocalDate from;
            final LocalDate until;
            final int value;
            final String reference;

            Raw(LocalDate from, LocalDate until, int value, String reference) {
                this.from = from;
                this.until = until;
                this.value = value;
                this.reference = reference;
            }
        }
    }
}

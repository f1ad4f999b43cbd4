package io.github.imut.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.imut.check.Language;
import io.github.imut.check.Violation;
import io.github.imut.internal.MessageCatalog;
import io.github.imut.model.InvalidValueException;
import io.github.imut.model.Proposal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads a proposal from JSON and turns every way it can be malformed into a {@link Violation} that names the JSON
 * path and the problem in the caller's language: syntax errors (with line and column), unknown fields, unknown enum
 * values, impossible dates, invalid NIPs and grades, missing required fields, wrong value types. It never throws
 * for bad input. Thread-safe; all methods are static.
 */
public final class ProposalReader {
    private static final String REQUIRED_PREFIX = "Cannot build ";

    private ProposalReader() {
    }

    /** The outcome of reading: a proposal, or the violations that prevented it. Immutable. */
    public static final class Result {
        private final Proposal proposal;
        private final String proposalId;
        private final List<Violation> violations;

        private Result(Proposal proposal, String proposalId, List<Violation> violations) {
            this.proposal = proposal;
            this.proposalId = proposalId;
            this.violations = violations;
        }

        /** @return the proposal, if the JSON could be mapped */
        public Optional<Proposal> proposal() {
            return Optional.ofNullable(proposal);
        }

        /** @return the proposal's {@code id}, if it could be read even though the rest is malformed */
        public Optional<String> proposalId() {
            return Optional.ofNullable(proposalId);
        }

        /** @return what is wrong; empty when a proposal was read */
        public List<Violation> violations() {
            return violations;
        }
    }

    /**
     * @param json     the proposal's JSON text
     * @param language the language of violation messages
     * @return the proposal or the violations
     */
    public static Result read(String json, Language language) {
        Objects.requireNonNull(language, "language");
        if (json == null || json.isBlank()) {
            return failure(null, List.of(violation(language, "$", "json.empty", Map.of())));
        }
        try {
            Proposal p = ImutJson.proposalReader().readValue(json);
            if (p == null) {
                return failure(null, List.of(violation(language, "$", "json.empty", Map.of())));
            }
            return new Result(p, p.getId(), List.of());
        } catch (JsonProcessingException e) {
            return failure(peekId(json), describe(e, language));
        }
    }

    /**
     * Reads a proposal from UTF-8 bytes without decoding them to a string first: the form a streaming reader of
     * NDJSON uses for each line. The result is the one {@link #read(String, Language)} gives for the same text:
     * a well-formed proposal is parsed from the bytes in place, and anything malformed is described from the decoded
     * text (so that line, column and details are the same; malformed input is rare, the cost does not matter).
     *
     * @param utf8     the bytes
     * @param offset   where the proposal's JSON starts
     * @param length   how many bytes it has
     * @param language the language of violation messages
     * @return the proposal or the violations
     */
    public static Result read(byte[] utf8, int offset, int length, Language language) {
        Objects.requireNonNull(language, "language");
        Objects.checkFromIndexSize(offset, length, utf8.length);
        if (isBlank(utf8, offset, length)) {
            return failure(null, List.of(violation(language, "$", "json.empty", Map.of())));
        }
        try {
            Proposal p = ImutJson.proposalReader().readValue(utf8, offset, length);
            if (p != null) {
                return new Result(p, p.getId(), List.of());
            }
        } catch (IOException e) {
            // described below, from the text
        }
        return read(new String(utf8, offset, length, StandardCharsets.UTF_8), language);
    }

    private static boolean isBlank(byte[] b, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            int c = b[i];
            if (c < 0 || !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static Result failure(String id, List<Violation> violations) {
        return new Result(null, id, List.copyOf(violations));
    }

    static List<Violation> describe(JsonProcessingException e, Language language) {
        if (e instanceof StreamReadException && !(e instanceof MismatchedInputException)) {
            JsonLocation loc = e.getLocation();
            return List.of(violation(language, "$", "json.syntax", Map.of(
                    "line", loc == null ? 0 : loc.getLineNr(), "column", loc == null ? 0 : loc.getColumnNr(),
                    "detail", String.valueOf(e.getOriginalMessage()))));
        }
        if (!(e instanceof JsonMappingException)) {
            return List.of(violation(language, "$", "json.invalid", Map.of("detail", String.valueOf(
                    e.getOriginalMessage()))));
        }
        JsonMappingException m = (JsonMappingException) e;
        String path = path(m.getPath());
        InvalidValueException invalid = find(m, InvalidValueException.class);
        if (invalid != null) {
            String text = path + ": " + invalid.message(language.locale());
            return List.of(Violation.of(path, invalid.key(), text));
        }
        if (m instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) m;
            TreeSet<String> known = new TreeSet<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            return List.of(violation(language, path, "json.unknownField",
                    Map.of("field", u.getPropertyName(), "known", String.join(", ", known))));
        }
        if (m instanceof ValueInstantiationException) {
            IllegalStateException missing = find(m, IllegalStateException.class);
            if (missing != null && missing.getMessage() != null && missing.getMessage().startsWith(REQUIRED_PREFIX)) {
                return requiredFields(path, missing.getMessage(), language);
            }
        }
        if (m instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) m;
            Class<?> type = f.getTargetType();
            if (type != null && type.isEnum()) {
                List<String> allowed = new ArrayList<>();
                for (Object c : type.getEnumConstants()) {
                    allowed.add(((Enum<?>) c).name());
                }
                return List.of(violation(language, path, "json.enum",
                        Map.of("value", String.valueOf(f.getValue()), "allowed", String.join(", ", allowed))));
            }
            if (type != null && Temporal.class.isAssignableFrom(type)) {
                return List.of(violation(language, path, "json.date", Map.of("value", String.valueOf(f.getValue()))));
            }
            return List.of(violation(language, path, "json.type", Map.of("expected",
                    type == null ? "?" : type.getSimpleName(), "detail", String.valueOf(f.getValue()))));
        }
        if (m instanceof MismatchedInputException) {
            MismatchedInputException mi = (MismatchedInputException) m;
            Class<?> type = mi.getTargetType();
            return List.of(violation(language, path, "json.type", Map.of("expected",
                    type == null ? "?" : expected(type), "detail", String.valueOf(mi.getOriginalMessage()))));
        }
        return List.of(violation(language, path, "json.invalid", Map.of("detail",
                String.valueOf(m.getOriginalMessage()))));
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName().startsWith("Immutable") ? "object" : type.getSimpleName();
    }

    /**
     * Immutables reports unset required attributes as
     * {@code Cannot build Proposal, some of required attributes are not set [employee, kind]}.
     */
    private static List<Violation> requiredFields(String path, String message, Language language) {
        int open = message.lastIndexOf('[');
        int close = message.lastIndexOf(']');
        List<Violation> out = new ArrayList<>();
        if (open >= 0 && close > open) {
            for (String name : message.substring(open + 1, close).split(",")) {
                String field = name.trim();
                if (!field.isEmpty()) {
                    String p = "$".equals(path) ? field : path + "." + field;
                    out.add(violation(language, p, "json.required", Map.of()));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(violation(language, path, "json.required", Map.of()));
        }
        return out;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** Turns Jackson's reference path into {@code employee.positionHistory[0].from}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "$" : sb.toString();
    }

    private static Violation violation(Language language, String path, String code, Map<String, ?> args) {
        Map<String, Object> values = new HashMap<>(args);
        values.put("path", path);
        return Violation.of(path, code, MessageCatalog.core(language.locale()).render(code, values));
    }

    /** Best effort: the top-level {@code "id"} string, so that an INVALID report can still name the proposal. */
    private static String peekId(String json) {
        try (JsonParser p = ImutJson.proposalReader().createParser(json)) {
            return peekId(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static String peekId(JsonParser p) {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("id".equals(name) && v == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}

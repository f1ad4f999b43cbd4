package io.github.imut.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.imut.check.Language;
import io.github.imut.check.Violation;
import io.github.imut.internal.MessageCatalog;
import io.github.imut.model.Grade;
import io.github.imut.model.InvalidValueException;
import io.github.imut.model.Nip;
import io.github.imut.model.Proposal;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads a proposal from JSON and turns every way it can be malformed into a {@link Violation} that names the JSON
 * path ({@code employee.positionHistory[1].from}, {@code $} for the document) and the problem in the caller's
 * language. It never throws for bad input. Thread-safe; all methods are static.
 *
 * <p>The violation codes are stable:
 * <ul>
 *   <li>{@code json.empty} no document; {@code json.syntax} not JSON (with line and column); {@code json.trailing}
 *       content after the proposal; {@code json.duplicate} a field given twice; {@code json.limit} a value too long
 *       or nested too deeply;</li>
 *   <li>{@code json.unknownField} a field the model does not have; {@code json.required} a required field missing
 *       or null; {@code json.enum} an unknown enum value; {@code json.date} not an existing day written
 *       {@code yyyy-MM-dd}; {@code json.type} a value of the wrong JSON type (number for text, text for a list, ...);
 *       {@code json.null} a null inside a list; {@code json.invalid} anything else;</li>
 *   <li>the value types' own codes: {@code nip.length}, {@code nip.nonDigit}, {@code nip.birthDate},
 *       {@code nip.gender}, {@code grade.invalid}, {@code grade.golongan}, {@code grade.ruang}.</li>
 * </ul>
 * Only the first problem is reported: Jackson stops at it.
 */
public final class ProposalReader {
    private static final String REQUIRED_PREFIX = "Cannot build ";
    /**
     * imut's proposal reader, except that content after the proposal is left to {@link #read(JsonParser, Language)},
     * which reports it as such ({@code json.trailing}) rather than as the generic mapping error Jackson gives.
     */
    private static final ObjectReader READER = ImutJson.proposalReader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Jackson's text for {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}: {@code Duplicate field 'id'}. */
    private static final String DUPLICATE_PREFIX = "Duplicate field '";

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
        try (JsonParser parser = READER.createParser(json)) {
            try {
                return read(parser, language);
            } catch (JsonProcessingException e) {
                // described while the parser is open: the message names the token it stopped at
                return failure(peekId(json), describe(e, language, parser));
            }
        } catch (IOException e) {
            // reading a String does no I/O; kept for the parser's signature
            return failure(peekId(json), List.of(violation(language, "$", "json.invalid", Map.of("detail",
                    String.valueOf(e.getMessage())))));
        }
    }

    private static Result read(JsonParser parser, Language language) throws IOException {
        Proposal p = parser.nextToken() == null ? null : READER.readValue(parser);
        if (p == null) {
            return failure(null, List.of(violation(language, "$", "json.empty", Map.of())));
        }
        JsonLocation end = parser.currentTokenLocation();
        try {
            if (parser.nextToken() != null) {
                return failure(p.getId(), List.of(trailing(language, parser.currentTokenLocation())));
            }
        } catch (StreamReadException e) {
            return failure(p.getId(), List.of(trailing(language, e.getLocation() == null ? end : e.getLocation())));
        }
        return new Result(p, p.getId(), List.of());
    }

    private static Violation trailing(Language language, JsonLocation loc) {
        return violation(language, "$", "json.trailing", Map.of("line", loc == null ? 0 : loc.getLineNr(),
                "column", loc == null ? 0 : loc.getColumnNr()));
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

    /**
     * @param e        what Jackson threw
     * @param language the language of the message
     * @param parser   the parser that read the document, still open: its position names the field and the token
     *                 where reading stopped when the exception itself does not
     */
    static List<Violation> describe(JsonProcessingException e, Language language, JsonParser parser) {
        String detail = io.github.imut.internal.JacksonMessages.detail(e);
        if (detail.startsWith(DUPLICATE_PREFIX)) {
            // raised by the parser, but inside a creator Jackson wraps it as a mapping error
            JsonLocation loc = e.getLocation();
            JsonStreamContext context = parser.getParsingContext();
            int quote = detail.indexOf('\'', DUPLICATE_PREFIX.length());
            String field = quote < 0 ? detail.substring(DUPLICATE_PREFIX.length())
                    : detail.substring(DUPLICATE_PREFIX.length(), quote);
            String path = path(context);
            if (!field.equals(context.getCurrentName())) {
                // the parser may reject the second occurrence before it records the name
                path = "$".equals(path) ? field : path + "." + field;
            }
            return List.of(violation(language, path, "json.duplicate", Map.of("field", field,
                    "line", loc == null ? 0 : loc.getLineNr(), "column", loc == null ? 0 : loc.getColumnNr())));
        }
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            // the parser's position names the field even when the limit is hit before Jackson maps it
            return List.of(violation(language, path(parser.getParsingContext()), "json.limit", Map.of()));
        }
        if (e instanceof StreamReadException && !(e instanceof MismatchedInputException)) {
            JsonLocation loc = e.getLocation();
            return List.of(violation(language, "$", "json.syntax", Map.of(
                    "line", loc == null ? 0 : loc.getLineNr(), "column", loc == null ? 0 : loc.getColumnNr(),
                    "detail", detail)));
        }
        if (!(e instanceof JsonMappingException)) {
            return List.of(violation(language, "$", "json.invalid", Map.of("detail",
                    io.github.imut.internal.JacksonMessages.detail(e))));
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
        if (m instanceof InvalidNullException) {
            return List.of(violation(language, path, "json.null", Map.of()));
        }
        MessageCatalog messages = MessageCatalog.core(language.locale());
        Class<?> type = m instanceof MismatchedInputException ? ((MismatchedInputException) m).getTargetType() : null;
        Object value = m instanceof InvalidFormatException ? ((InvalidFormatException) m).getValue() : null;
        if (m instanceof InvalidFormatException && type != null && type.isEnum() && value instanceof String) {
            return List.of(violation(language, path, "json.enum",
                    Map.of("value", value, "allowed", allowed(type))));
        }
        if (m instanceof InvalidFormatException && type == LocalDate.class && value instanceof String) {
            return List.of(violation(language, path, "json.date", Map.of("value", value)));
        }
        if (m instanceof MismatchedInputException) {
            return List.of(violation(language, path, "json.type", Map.of(
                    "expected", expected(type, messages), "found", found(parser, value, messages))));
        }
        return List.of(violation(language, path, "json.invalid", Map.of("detail",
                io.github.imut.internal.JacksonMessages.detail(m))));
    }

    private static String allowed(Class<?> enumType) {
        List<String> allowed = new ArrayList<>();
        for (Object c : enumType.getEnumConstants()) {
            allowed.add(((Enum<?>) c).name());
        }
        return String.join(", ", allowed);
    }

    /** The kind of JSON value a Java type is read from, in the caller's language. */
    private static String expected(Class<?> type, MessageCatalog messages) {
        String kind;
        if (type == null) {
            kind = "value";
        } else if (type.isEnum()) {
            return messages.render("json.kind.enum", Map.of("allowed", allowed(type)));
        } else if (CharSequence.class.isAssignableFrom(type) || type == Nip.class || type == Grade.class
                || type == Character.class || type == char.class) {
            kind = "text";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            kind = "integer";
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            kind = "number";
        } else if (type == boolean.class || type == Boolean.class) {
            kind = "boolean";
        } else if (type == LocalDate.class) {
            kind = "date";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            kind = "list";
        } else {
            kind = "object";
        }
        return messages.render("json.kind." + kind, Map.of());
    }

    /** What the input held instead, in the caller's language. */
    private static String found(JsonParser parser, Object value, MessageCatalog messages) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return value == null ? messages.render("json.found.unknown", Map.of())
                    : messages.render("json.found.text", Map.of("value", String.valueOf(value)));
        }
        try {
            switch (token) {
                case VALUE_STRING:
                    return messages.render("json.found.text", Map.of("value", parser.getText()));
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return messages.render("json.found.number", Map.of("value", parser.getText()));
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return messages.render("json.found.boolean", Map.of("value", parser.getText()));
                case VALUE_NULL:
                    return messages.render("json.found.null", Map.of());
                case START_OBJECT:
                case END_OBJECT:
                case FIELD_NAME:
                    return messages.render("json.found.object", Map.of());
                case START_ARRAY:
                case END_ARRAY:
                    return messages.render("json.found.list", Map.of());
                default:
                    return messages.render("json.found.unknown", Map.of());
            }
        } catch (IOException e) {
            return messages.render("json.found.unknown", Map.of());
        }
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

    /** The JSON path of the parser's position, e.g. {@code employee.positionHistory[0].from}. */
    private static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonStreamContext c = chain.get(i);
            if (c.inArray()) {
                sb.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(c.getCurrentName());
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

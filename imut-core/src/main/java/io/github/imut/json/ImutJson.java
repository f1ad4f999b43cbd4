package io.github.imut.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.imut.check.Report;
import io.github.imut.model.Proposal;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * imut's one JSON configuration (Jackson 2), with every relevant feature set explicitly rather than left to
 * Jackson's defaults, which change between major versions.
 *
 * <ul>
 *   <li>unknown properties fail (a misspelt field must not be silently ignored by a legal checker), and so does a
 *       field given twice;</li>
 *   <li>trailing tokens, null for primitives, null inside a list and numbers for enums fail; enums and field names
 *       are matched exactly;</li>
 *   <li>no scalar coercion: a number or {@code true} is not text, {@code "2023"} is not a number, {@code 2023.5} is
 *       not a whole number;</li>
 *   <li>dates are read only from ISO-8601 strings {@code yyyy-MM-dd} naming a day that exists (not from numbers,
 *       arrays, date-times or empty strings; the plain form of an existing day is read without a formatter) and
 *       written the same way; empty optionals are omitted on output;</li>
 *   <li>no polymorphic typing; nesting depth at most 64, strings at most 1,000,000 characters and numbers at most
 *       100 digits on input.</li>
 * </ul>
 * The readers and writers returned here are immutable and thread-safe; {@link #mapper()} returns a fresh copy the
 * caller may configure further.
 */
public final class ImutJson {
    private static final ObjectMapper MAPPER = create(true);
    private static final ObjectReader PROPOSAL_READER = MAPPER.readerFor(Proposal.class);
    private static final ObjectReader REPORT_READER = MAPPER.readerFor(Report.class);
    private static final ObjectWriter REPORT_WRITER = MAPPER.writerFor(Report.class);
    private static final ObjectWriter PRETTY_WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private ImutJson() {
    }

    /**
     * @param fastDates whether plain {@code yyyy-MM-dd} dates take the fast path ({@link IsoDateDeserializer}); false
     *                  only to test that the fast path changes nothing
     */
    static ObjectMapper create(boolean fastDates) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(100)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(64).build())
                .build();
        JsonMapper.Builder b = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                // registered after JavaTimeModule, so it replaces its lenient LocalDate reader
                .addModule(new SimpleModule("imut-strict-dates").addDeserializer(LocalDate.class,
                        new StrictLocalDateDeserializer()));
        if (fastDates) {
            // wraps whichever LocalDate deserializer is registered (the strict one): plain yyyy-MM-dd dates skip
            // DateTimeFormatter, everything else gets the strict reader's answer and errors
            b.addModule(IsoDateDeserializer.module());
        }
        JsonMapper mapper = b
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT))
                .build();
        // a number or true/false where text is expected (an id, a NIP) is a mistake, not text
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** @return a new mapper with imut's configuration */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** @return a thread-safe reader of {@link Proposal} */
    public static ObjectReader proposalReader() {
        return PROPOSAL_READER;
    }

    /** @return a thread-safe reader of {@link Report} */
    public static ObjectReader reportReader() {
        return REPORT_READER;
    }

    /** @return a thread-safe writer of {@link Report} (compact, one line) */
    public static ObjectWriter reportWriter() {
        return REPORT_WRITER;
    }

    /**
     * @param value a report, proposal or other model value
     * @return its JSON, on one line
     */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param value a report, proposal or other model value
     * @return its JSON, indented
     */
    public static String toPrettyJson(Object value) {
        try {
            return PRETTY_WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

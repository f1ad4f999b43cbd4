package io.github.imut.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.imut.check.Report;
import io.github.imut.model.Proposal;
import java.io.UncheckedIOException;

/**
 * imut's one JSON configuration (Jackson 2), with every relevant feature set explicitly rather than left to
 * Jackson's defaults, which change between major versions.
 *
 * <ul>
 *   <li>unknown properties fail (a misspelt field must not be silently ignored by a legal checker);</li>
 *   <li>trailing tokens, null for primitives and numbers for enums fail; enums are matched exactly;</li>
 *   <li>dates are ISO-8601 strings (the plain {@code yyyy-MM-dd} form of an existing day read without a formatter,
 *       anything else by the date deserializer); empty optionals are omitted on output;</li>
 *   <li>no polymorphic typing; nesting depth at most 64 and strings at most 1 MB on input.</li>
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
                .addModule(new Jdk8Module());
        if (fastDates) {
            // wraps whichever LocalDate deserializer is registered: plain yyyy-MM-dd dates skip DateTimeFormatter
            b.addModule(IsoDateDeserializer.module());
        }
        return b
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT))
                .build();
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

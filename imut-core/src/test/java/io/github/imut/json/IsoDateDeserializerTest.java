package io.github.imut.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.imut.check.Language;
import io.github.imut.check.BatchTestModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The fast ISO date path changes nothing: imut's mapper with it gives exactly what the same mapper without it gives
 * (the same date, or the same error), for dates alone and inside a proposal, whatever date deserializer it wraps.
 */
class IsoDateDeserializerTest {
    private static final ObjectMapper STANDARD = ImutJson.create(false);
    private static final ObjectMapper IMUT = ImutJson.mapper();
    private static final ObjectMapper JAVA_TIME = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private static final String[] VALUES = {"\"2024-03-22\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"2024-13-01\"",
        "\"2024-00-10\"", "\"2024-04-31\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"", "\"2024-3-22\"",
        "\"2024-03-22T10:00\"", "\"2024-03-22T10:00:00Z\"", "\" 2024-03-22\"", "\"2024-03-22 \"", "\"\"",
        "\"20240322\"", "\"2024/03/22\"", "\"\uff12\uff10\uff12\uff14-03-22\"", "\"2024-03-2x\"", "\"-024-03-22\"",
        "\"2024-03--1\"", "20240322", "[2024,3,22]", "null", "true", "{}"};

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return "date " + mapper.readValue(json, LocalDate.class);
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage().replaceAll("\\(through reference chain.*", "")
                    .replaceAll("at \\[Source.*", "");
        }
    }

    @Test
    void everyFormGivesWhatTheMapperWithoutTheFastPathGives() {
        for (String v : VALUES) {
            assertThat(outcome(IMUT, v)).as(v).isEqualTo(outcome(STANDARD, v));
        }
        assertThat(outcome(IMUT, "\"2024-02-29\"")).isEqualTo("date 2024-02-29");
    }

    @Test
    void imutsMapperReadsDatesThroughTheFastPath() throws Exception {
        com.fasterxml.jackson.databind.DeserializationContext ctxt =
                ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) IMUT.getDeserializationContext())
                        .createInstance(IMUT.getDeserializationConfig(), null, null);
        assertThat(ctxt.findRootValueDeserializer(IMUT.constructType(LocalDate.class)))
                .isInstanceOf(IsoDateDeserializer.class);
    }

    @Test
    void wrappingThePlainJavaTimeModuleChangesNothingEither() {
        ObjectMapper wrapped = JsonMapper.builder().addModule(new JavaTimeModule())
                .addModule(IsoDateDeserializer.module()).build();
        for (String v : VALUES) {
            assertThat(outcome(wrapped, v)).as(v).isEqualTo(outcome(JAVA_TIME, v));
        }
    }

    @Test
    void proposalsReadTheSameWithAndWithoutTheFastPath() throws Exception {
        String json = ImutJson.toJson(BatchTestModule.proposal("X"));
        for (String v : VALUES) {
            String changed = json.replace("\"2026-02-02\"", v);
            assertThat(outcome(IMUT, changed, io.github.imut.model.Proposal.class)).as(v)
                    .isEqualTo(outcome(STANDARD, changed, io.github.imut.model.Proposal.class));
        }
    }

    private static String outcome(ObjectMapper mapper, String json, Class<?> type) {
        try {
            return "value " + mapper.readValue(json, type);
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void anImpossibleDateInAProposalIsStillAJsonDateViolationOnItsPath() {
        String json = ImutJson.toJson(BatchTestModule.proposal("X")).replace("\"2026-02-02\"", "\"2026-02-30\"");
        ProposalReader.Result r = ProposalReader.read(json, Language.EN);
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("effectiveDate");
            assertThat(v.getCode()).isEqualTo("json.date");
        });
    }
}

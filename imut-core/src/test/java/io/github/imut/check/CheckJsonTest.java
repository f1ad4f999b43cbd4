package io.github.imut.check;

import static io.github.imut.check.TestModule.giving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imut.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad inputs through {@link Checker#checkJson}: each gives INVALID with the path, never an exception. */
class CheckJsonTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 25);
    private static final Checker CHECKER = Checker.builder()
            .addModule(TestModule.of(giving("T-FAIL", Outcome.FAIL))).build();

    private static String broken(Consumer<ObjectNode> change) {
        ObjectNode json = Fixtures.json();
        change.accept(json);
        return Fixtures.text(json);
    }

    private static ObjectNode employee(ObjectNode p) {
        return (ObjectNode) p.get("employee");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"id\": \"P-1\", \"kind\": ", "$", "json.syntax", "P-1"),
                Arguments.of("trailing garbage", Fixtures.text(Fixtures.json()) + " }", "$", "json.trailing",
                        Fixtures.ID),
                Arguments.of("unknown enum value", broken(p -> employee(p).put("status", "HONORER")),
                        "employee.status", "json.enum", Fixtures.ID),
                Arguments.of("unknown field", broken(p -> employee(p).put("statusPegawai", "PNS")),
                        "employee.statusPegawai", "json.unknownField", Fixtures.ID),
                Arguments.of("impossible date", broken(p -> p.put("effectiveDate", "2024-02-30")), "effectiveDate",
                        "json.date", Fixtures.ID),
                Arguments.of("17-digit NIP", broken(p -> employee(p).put("nip", "19791103200501100")),
                        "employee.nip", "nip.length", Fixtures.ID),
                Arguments.of("grade V/a", broken(p -> employee(p).put("grade", "V/a")), "employee.grade",
                        "grade.golongan", Fixtures.ID),
                Arguments.of("missing employee", broken(p -> p.remove("employee")), "employee", "json.required",
                        Fixtures.ID),
                Arguments.of("missing id", broken(p -> p.remove("id")), "id", "json.required", null),
                Arguments.of("number for a string", broken(p -> p.put("id", 51)), "id", "json.type", null),
                Arguments.of("string for a list", broken(p -> p.put("documents", "SK")), "documents", "json.type",
                        Fixtures.ID),
                Arguments.of("nested path", broken(p -> {
                    employee(p).putArray("positionHistory").add(Fixtures.json().objectNode()
                            .put("from", "2010-01-04")).add(Fixtures.json().objectNode().put("from", "2024-02-30"));
                }), "employee.positionHistory[1].from", "json.date", Fixtures.ID),
                Arguments.of("structurally invalid", broken(p -> p.put("kind", "DISMISSAL")), "action", "action.kind",
                        Fixtures.ID),
                Arguments.of("signer region 13-12", broken(p -> p.putObject("signer").put("role", "BUPATI")
                        .put("regionCode", "13-12")), "signer.regionCode", "regionCode", Fixtures.ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsInvalidWithThePathACodeAndAMessageInBothLanguages(String what, String json, String path,
            String code, String id) {
        Report report = CHECKER.checkJson(json, AS_OF);
        Report english = CHECKER.withLanguage(Language.EN).checkJson(json, AS_OF);

        assertThat(report.getVerdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.getFindings()).isEmpty();
        assertThat(report.getViolations()).extracting(Violation::getPath).containsExactly(path);
        assertThat(report.getViolations()).extracting(Violation::getCode).containsExactly(code);
        assertThat(report.getProposalId()).isEqualTo(java.util.Optional.ofNullable(id));
        assertThat(report.getCheckedAsOf()).isEqualTo(AS_OF);
        assertThat(report.getRuleSet()).isEqualTo(CHECKER.ruleSet());
        assertThat(english.getViolations()).extracting(Violation::getPath).containsExactly(path);
        assertThat(english.getViolations()).extracting(Violation::getCode).containsExactly(code);
        String idMessage = report.getViolations().get(0).getMessage();
        String enMessage = english.getViolations().get(0).getMessage();
        assertThat(idMessage).startsWith(path + ": ");
        assertThat(enMessage).startsWith(path + ": ").isNotEqualTo(idMessage);
        assertThat(idMessage + enMessage).doesNotContainPattern("\\[[a-z]+\\.[A-Za-z.]+\\]")
                .doesNotContain("Exception").doesNotContain("io.github");
    }

    @Test
    void nullAndBlankInputAreInvalidNotExceptions() {
        assertThatCode(() -> CHECKER.checkJson(null, AS_OF)).doesNotThrowAnyException();
        assertThat(CHECKER.checkJson(null, AS_OF).getVerdict()).isEqualTo(Verdict.INVALID);
        assertThat(CHECKER.checkJson(" ", AS_OF).getViolations()).extracting(Violation::getCode)
                .containsExactly("json.empty");
    }

    @Test
    void validJsonIsChecked() {
        Report report = CHECKER.checkJson(Fixtures.text(Fixtures.json()), AS_OF);

        assertThat(report.getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(report.getProposalId()).contains(Fixtures.ID);
        assertThat(report.getEffectiveDate()).contains(Fixtures.TMT);
    }

    @Test
    void invalidBuildsAReportWithThisCheckersRuleSet() {
        Report report = CHECKER.invalid(java.util.Optional.of("X"), java.util.List.of(Violation.of("$", "json.empty",
                "$: kosong")), AS_OF);

        assertThat(report.getVerdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.getProposalId()).contains("X");
        assertThat(report.getRuleSet()).isEqualTo(CHECKER.ruleSet());
    }

    @Test
    void anInvalidReportWithoutViolationsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CHECKER.invalid(java.util.Optional.of("X"),
                java.util.List.of(), AS_OF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("violation");
    }
}

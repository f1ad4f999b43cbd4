package io.github.imut.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imut.check.Language;
import io.github.imut.check.Violation;
import io.github.imut.fixtures.Fixtures;
import io.github.imut.model.Grade;
import io.github.imut.model.Nip;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a proposal's JSON can be malformed gives violations naming the JSON path, a stable code and a message
 * in Indonesian and English; never an exception.
 */
class ProposalReaderTest {

    private static String broken(Consumer<ObjectNode> change) {
        ObjectNode json = Fixtures.json();
        change.accept(json);
        return Fixtures.text(json);
    }

    private static ObjectNode employee(ObjectNode proposal) {
        return (ObjectNode) proposal.get("employee");
    }

    /** Reads in both languages and checks they agree on everything but the message. */
    private static Violation only(String json, String path, String code) {
        ProposalReader.Result id = ProposalReader.read(json, Language.ID);
        ProposalReader.Result en = ProposalReader.read(json, Language.EN);
        assertThat(id.proposal()).isEmpty();
        assertThat(id.violations()).as(json).hasSize(1);
        Violation v = id.violations().get(0);
        assertThat(v.getPath()).isEqualTo(path);
        assertThat(v.getCode()).isEqualTo(code);
        assertThat(v.getMessage()).startsWith(path + ": ");
        assertThat(en.violations()).hasSize(1);
        Violation e = en.violations().get(0);
        assertThat(e.getPath()).isEqualTo(path);
        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.getMessage()).startsWith(path + ": ").isNotEqualTo(v.getMessage());
        assertThat(v.getMessage() + e.getMessage()).doesNotContainPattern("\\[[a-z]+\\.[A-Za-z.]+\\]")
                .doesNotContain("io.github")
                .doesNotContain("java.").doesNotContain("Immutable").doesNotContain("Exception");
        assertThat(en.proposalId()).isEqualTo(id.proposalId());
        return e;
    }

    private static String message(String json, Language language) {
        return ProposalReader.read(json, language).violations().get(0).getMessage();
    }

    @Test
    void theFixtureIsValid() {
        ProposalReader.Result r = ProposalReader.read(Fixtures.text(Fixtures.json()), Language.ID);

        assertThat(r.violations()).isEmpty();
        assertThat(r.proposal()).contains(Fixtures.transfer().build());
        assertThat(r.proposalId()).contains(Fixtures.ID);
    }

    @Test
    void malformedJsonGivesLineAndColumnAndKeepsTheId() {
        String json = "{\n  \"id\": \"P-1\",\n  \"kind\": \"TRANSFER\",\n";

        Violation v = only(json, "$", "json.syntax");

        assertThat(v.getMessage()).contains("line 4");
        assertThat(ProposalReader.read(json, Language.ID).proposalId()).contains("P-1");
        assertThat(message(json, Language.ID)).contains("JSON tidak valid pada baris 4");
    }

    @Test
    void aSyntaxErrorSaysWhatIsWrongWithoutJacksonsSourcePlaceholder() {
        Violation v = only("{\"id\": \"X\", \"kind\": \"TRANSFER\"", "$", "json.syntax");

        assertThat(v.getMessage()).contains("expected close marker for Object").contains("line: 1, column: 1")
                .doesNotContain("REDACTED").doesNotContain("StreamReadFeature");
    }

    @Test
    void aMissingCommaIsASyntaxError() {
        only("{\"id\": \"P-1\" \"kind\": \"TRANSFER\"}", "$", "json.syntax");
    }

    @ParameterizedTest
    @ValueSource(strings = {" xyz", " {}", " 1", ",", " {\"id\": \"P-2\"}"})
    void contentAfterTheProposalIsTrailingGarbage(String garbage) {
        String json = Fixtures.text(Fixtures.json()) + garbage;

        Violation v = only(json, "$", "json.trailing");

        assertThat(v.getMessage()).contains("line 1 column");
        assertThat(ProposalReader.read(json, Language.EN).proposalId()).contains(Fixtures.ID);
        assertThat(message(json, Language.ID)).contains("ada isi lain setelah objek usulan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n", "null"})
    void anEmptyDocumentIsEmpty(String json) {
        only(json, "$", "json.empty");
    }

    @Test
    void nullTextIsEmpty() {
        assertThat(ProposalReader.read(null, Language.ID).violations()).extracting(Violation::getCode)
                .containsExactly("json.empty");
    }

    @Test
    void aDocumentThatIsNotAnObjectSaysWhatItFound() {
        assertThat(only("[]", "$", "json.type").getMessage()).isEqualTo("$: expected a JSON object but found a list.");
        assertThat(only("\"x\"", "$", "json.type").getMessage())
                .isEqualTo("$: expected a JSON object but found the text \"x\".");
        assertThat(message("42", Language.ID)).isEqualTo("$: diharapkan objek JSON, tetapi ditemukan angka 42.");
    }

    @Test
    void anUnknownEmployeeStatusListsTheAllowedValues() {
        String json = broken(p -> employee(p).put("status", "HONORER"));

        Violation v = only(json, "employee.status", "json.enum");

        assertThat(v.getMessage())
                .isEqualTo("employee.status: unknown value \"HONORER\"; allowed values: CPNS, PNS, PPPK, NON_ASN, TNI, POLRI.");
        assertThat(message(json, Language.ID)).isEqualTo(
                "employee.status: nilai \"HONORER\" tidak dikenal; nilai yang diterima: CPNS, PNS, PPPK, NON_ASN, TNI, POLRI.");
    }

    @Test
    void enumValuesAreCaseSensitive() {
        only(broken(p -> employee(p).put("status", "pns")), "employee.status", "json.enum");
        only(broken(p -> p.put("action", "within_agency")), "action", "json.enum");
    }

    @Test
    void aNumberForAnEnumIsTheWrongType() {
        assertThat(only(broken(p -> employee(p).put("status", 1)), "employee.status", "json.type").getMessage())
                .isEqualTo("employee.status: expected one of CPNS, PNS, PPPK, NON_ASN, TNI, POLRI but found the number 1.");
    }

    @Test
    void anUnknownFieldIsNamedWithItsPathAndTheKnownFields() {
        String json = broken(p -> p.put("tmt_jabatan", "2024-05-02"));

        Violation v = only(json, "tmt_jabatan", "json.unknownField");

        assertThat(v.getMessage()).contains("unknown field \"tmt_jabatan\"").contains("effectiveDate")
                .contains("employee");
        assertThat(message(json, Language.ID)).contains("kolom \"tmt_jabatan\" tidak dikenal");
    }

    @Test
    void anUnknownNestedFieldHasItsFullPath() {
        only(broken(p -> ((ObjectNode) employee(p).get("agency")).put("kode", "13.12")), "employee.agency.kode",
                "json.unknownField");
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        only(broken(p -> p.set("EffectiveDate", p.remove("effectiveDate"))), "EffectiveDate", "json.unknownField");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10"})
    void anImpossibleDateIsNamed(String date) {
        String json = broken(p -> p.put("effectiveDate", date));

        Violation v = only(json, "effectiveDate", "json.date");

        assertThat(v.getMessage()).isEqualTo("effectiveDate: \"" + date + "\" is not a possible date (format "
                + "yyyy-MM-dd).");
        assertThat(message(json, Language.ID)).isEqualTo("effectiveDate: \"" + date + "\" bukan tanggal yang mungkin "
                + "(format yyyy-MM-dd).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-05-2024", "2024/05/02", "2024-5-2", "2024-05-02T00:00:00", "", " 2024-05-02"})
    void aDateNotWrittenYyyyMmDdIsRejected(String date) {
        only(broken(p -> p.put("submittedOn", date)), "submittedOn", "json.date");
    }

    @Test
    void leapDayOfALeapYearIsAccepted() {
        ProposalReader.Result r = ProposalReader.read(broken(p -> p.put("effectiveDate", "2024-02-29")),
                Language.ID);

        assertThat(r.proposal()).map(pr -> pr.getEffectiveDate()).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aDateAsANumberIsNotReadAsDaysSince1970() {
        // Jackson's default would read 20240501 as the 20,240,501st day after 1970-01-01, in the year 57386
        Violation v = only(broken(p -> p.put("effectiveDate", 20240501)), "effectiveDate", "json.type");

        assertThat(v.getMessage())
                .isEqualTo("effectiveDate: expected a date as text \"yyyy-MM-dd\" but found the number 20240501.");
    }

    @Test
    void aDateAsAnArrayIsRejected() {
        only(broken(p -> p.putArray("effectiveDate").add(2024).add(5).add(2)), "effectiveDate", "json.type");
    }

    @Test
    void aNipOfSeventeenDigitsIsNamedWithItsPath() {
        String json = broken(p -> employee(p).put("nip", "19791103200501100"));

        Violation v = only(json, "employee.nip", "nip.length");

        assertThat(v.getMessage())
                .isEqualTo("employee.nip: NIP \"19791103200501100\" has 17 digits; a NIP must have 18");
        assertThat(message(json, Language.ID))
                .isEqualTo("employee.nip: NIP \"19791103200501100\" terdiri atas 17 angka; NIP harus 18 angka");
    }

    @Test
    void aNipWithAnImpossibleBirthDateIsNamed() {
        only(broken(p -> employee(p).put("nip", "198502302010011002")), "employee.nip", "nip.birthDate");
    }

    @Test
    void aNipAsANumberIsTheWrongType() {
        assertThat(only(broken(p -> employee(p).put("nip", 197911032005011001L)), "employee.nip", "json.type")
                .getMessage()).isEqualTo("employee.nip: expected text in quotes but found the number "
                        + "197911032005011001.");
    }

    @Test
    void aNipWithSpacesIsReadAsItsDigits() {
        ProposalReader.Result r = ProposalReader.read(broken(p -> employee(p).put("nip", "19791103 200501 1 001")),
                Language.ID);

        assertThat(r.proposal().orElseThrow().getEmployee().getNip()).isEqualTo(Nip.parse(Fixtures.NIP));
    }

    @Test
    void gradeVaIsNamedInBothLanguages() {
        String json = broken(p -> employee(p).put("grade", "V/a"));

        Violation v = only(json, "employee.grade", "grade.golongan");

        assertThat(v.getMessage()).isEqualTo(
                "employee.grade: \"V/a\" is not a PNS golongan ruang: PNS golongan run from I to IV only (I/a to IV/e)");
        assertThat(message(json, Language.ID)).isEqualTo(
                "employee.grade: \"V/a\" bukan golongan ruang PNS: golongan PNS hanya I s.d. IV (I/a s.d. IV/e)");
    }

    @Test
    void aGradeInAnotherWritingIsReadAsTheCanonicalGrade() {
        ProposalReader.Result r = ProposalReader.read(broken(p -> employee(p).put("grade", "IIIc")), Language.ID);

        assertThat(r.proposal().orElseThrow().getEmployee().getGrade()).containsSame(Grade.parse("III/c"));
    }

    @Test
    void aMissingEmployeeIsRequiredAndTheIdIsKept() {
        String json = broken(p -> p.remove("employee"));

        Violation v = only(json, "employee", "json.required");

        assertThat(v.getMessage()).isEqualTo("employee: is required.");
        assertThat(message(json, Language.ID)).isEqualTo("employee: wajib diisi.");
        assertThat(ProposalReader.read(json, Language.ID).proposalId()).contains(Fixtures.ID);
    }

    @Test
    void aNullEmployeeIsRequired() {
        only(broken(p -> p.putNull("employee")), "employee", "json.required");
    }

    @Test
    void aMissingIdIsRequiredAndThereIsNoIdToKeep() {
        String json = broken(p -> p.remove("id"));

        only(json, "id", "json.required");
        assertThat(ProposalReader.read(json, Language.ID).proposalId()).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        ProposalReader.Result r = ProposalReader.read(broken(p -> {
            p.remove("kind");
            p.remove("effectiveDate");
        }), Language.EN);

        assertThat(r.violations()).extracting(Violation::getPath).containsExactlyInAnyOrder("kind",
                "effectiveDate");
        assertThat(r.violations()).extracting(Violation::getCode).containsOnly("json.required");
    }

    @Test
    void aMissingNestedRequiredFieldHasItsFullPath() {
        only(broken(p -> p.putArray("approvals").addObject().put("from", "BKN").put("reference", "123")),
                "approvals[0].date", "json.required");
        only(broken(p -> employee(p).remove("nip")), "employee.nip", "json.required");
    }

    @Test
    void aNumberForTheIdIsTheWrongTypeNotText() {
        String json = broken(p -> p.put("id", 123));

        Violation v = only(json, "id", "json.type");

        assertThat(v.getMessage()).isEqualTo("id: expected text in quotes but found the number 123.");
        assertThat(message(json, Language.ID))
                .isEqualTo("id: diharapkan teks dalam tanda kutip, tetapi ditemukan angka 123.");
        assertThat(ProposalReader.read(json, Language.ID).proposalId()).isEmpty();
    }

    @Test
    void trueForTextIsTheWrongType() {
        only(broken(p -> employee(p).put("name", true)), "employee.name", "json.type");
    }

    @Test
    void anObjectForTextIsTheWrongType() {
        assertThat(only(broken(p -> p.putObject("id")), "id", "json.type").getMessage())
                .isEqualTo("id: expected text in quotes but found an object.");
    }

    @Test
    void aStringForAListIsTheWrongType() {
        String json = broken(p -> p.put("approvals", "BKN"));

        assertThat(only(json, "approvals", "json.type").getMessage())
                .isEqualTo("approvals: expected a JSON list [ ] but found the text \"BKN\".");
    }

    @Test
    void anObjectForAListIsTheWrongType() {
        only(broken(p -> p.putObject("documents")), "documents", "json.type");
    }

    @Test
    void aStringForANumberIsTheWrongType() {
        only(broken(p -> employee(p).putArray("performance").addObject().put("year", "2023").put("rating", "BAIK")),
                "employee.performance[0].year", "json.type");
        only(broken(p -> employee(p).put("recordedRetirementAge", "58")), "employee.recordedRetirementAge",
                "json.type");
    }

    @Test
    void aFractionForAWholeNumberIsNotTruncated() {
        assertThat(only(broken(p -> employee(p).putArray("performance").addObject().put("year", 2023.5)
                .put("rating", "BAIK")), "employee.performance[0].year", "json.type").getMessage())
                .isEqualTo("employee.performance[0].year: expected a whole number but found the number 2023.5.");
    }

    @Test
    void aNumberOrTextForTrueOrFalseIsTheWrongType() {
        only(broken(p -> ((ObjectNode) employee(p).get("currentPosition")).put("dukcapilUnit", 1)),
                "employee.currentPosition.dukcapilUnit", "json.type");
        only(broken(p -> ((ObjectNode) employee(p).get("currentPosition")).put("dukcapilUnit", "true")),
                "employee.currentPosition.dukcapilUnit", "json.type");
    }

    @Test
    void aNestedDateInAListHasItsIndexInThePath() {
        String json = broken(p -> {
            ArrayNode history = employee(p).putArray("positionHistory");
            history.addObject().put("level", "PENGAWAS").put("from", "2015-01-02");
            history.addObject().put("level", "ADMINISTRATOR").put("from", "2024-02-30");
        });

        assertThat(only(json, "employee.positionHistory[1].from", "json.date").getMessage())
                .isEqualTo("employee.positionHistory[1].from: \"2024-02-30\" is not a possible date (format "
                        + "yyyy-MM-dd).");
    }

    @Test
    void aNullInAListIsNamedWithItsIndex() {
        String json = broken(p -> {
            ArrayNode documents = p.putArray("documents");
            documents.addObject().put("kind", "OTHER");
            documents.addNull();
            documents.addObject().put("kind", "OTHER");
        });

        assertThat(only(json, "documents[1]", "json.null").getMessage())
                .isEqualTo("documents[1]: null cannot be an element of a list; remove the element.");
    }

    @Test
    void aNullListIsAnEmptyList() {
        ProposalReader.Result r = ProposalReader.read(broken(p -> p.putNull("approvals")), Language.ID);

        assertThat(r.proposal().orElseThrow().getApprovals()).isEmpty();
    }

    @Test
    void aFieldGivenTwiceIsADuplicateNamedWithItsPath() {
        String json = Fixtures.text(Fixtures.json()).replace("\"status\":\"PNS\"",
                "\"status\":\"PNS\",\"status\":\"CPNS\"");

        Violation v = only(json, "employee.status", "json.duplicate");

        assertThat(v.getMessage()).startsWith("employee.status: field \"status\" appears more than once");
        assertThat(ProposalReader.read(json, Language.ID).proposalId()).contains(Fixtures.ID);
    }

    @Test
    void deepNestingIsRejectedNotOverflowed() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            deep.append('[');
        }
        ProposalReader.Result r = ProposalReader.read(deep.toString(), Language.EN);

        assertThat(r.proposal()).isEmpty();
        assertThat(r.violations()).isNotEmpty();
    }

    @Test
    void aHugeStringIsRejectedNamingTheLimit() {
        String json = broken(p -> employee(p).put("name", "x".repeat(1_100_000)));

        assertThat(only(json, "employee.name", "json.limit").getMessage()).contains("1,000,000 characters");
    }

    @Test
    void aHugeNumberIsRejectedNamingTheLimit() {
        String json = Fixtures.text(Fixtures.json()).replace("\"employee\":{", "\"employee\":{\"recordedRetirementAge\":"
                + "9".repeat(200) + ",");

        only(json, "employee.recordedRetirementAge", "json.limit");
    }

    @Test
    void theFirstProblemIsReportedAndTheIdIsKeptWhenReadable() {
        String json = broken(p -> {
            p.put("kind", "TRANSFERS");
            employee(p).put("nip", "1");
        });

        ProposalReader.Result r = ProposalReader.read(json, Language.ID);

        assertThat(r.violations()).hasSize(1);
        assertThat(r.proposalId()).contains(Fixtures.ID);
    }
}

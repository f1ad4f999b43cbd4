package io.github.imut.siasn;

import static io.github.imut.siasn.SiasnTestData.bundle;
import static io.github.imut.siasn.SiasnTestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imut.check.Checker;
import io.github.imut.check.Language;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.check.Violation;
import io.github.imut.json.ImutJson;
import io.github.imut.model.Proposal;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Merging a SIASN profile into a partial proposal: the rule of {@link SiasnMerge}, one behaviour per test. */
class SiasnMergeTest {
    private static final SiasnProfile PROFILE = map(bundle());
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final String HEAD = "\"id\": \"BKPSDM-CTH/2026/MUT/0007\", \"kind\": \"TRANSFER\", "
            + "\"action\": \"WITHIN_AGENCY\", \"effectiveDate\": \"2026-02-02\"";

    private static String proposal(String employee) {
        return "{" + HEAD + (employee == null ? "" : ", \"employee\": " + employee) + "}";
    }

    private static JsonNode employeeOf(SiasnMerge m) throws IOException {
        return ImutJson.mapper().readTree(m.proposalJson()).get("employee");
    }

    @Test
    void proposalWithoutEmployeeTakesSiasnsEmployeeWhole() throws IOException {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal(null));
        assertThat(m.conflicts()).isEmpty();
        Proposal p = ImutJson.proposalReader().readValue(m.proposalJson());
        assertThat(p.getEmployee()).isEqualTo(PROFILE.employee());
        assertThat(p.getId()).isEqualTo("BKPSDM-CTH/2026/MUT/0007");
        assertThat(m.check(NoRules.CHECKER, AS_OF).getVerdict()).isEqualTo(Verdict.MS);
    }

    @Test
    void proposalComplementsWhatSiasnDoesNotHold() throws IOException {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal("{\"agency\": {\"province\": \"34\", \"regionCode\": "
                + "\"34.04\"}, \"currentPosition\": {\"dukcapilUnit\": false}, \"serviceBondUntil\": \"2012-12-31\"}"));
        assertThat(m.conflicts()).isEmpty();
        Proposal p = ImutJson.proposalReader().readValue(m.proposalJson());
        assertThat(p.getEmployee().getAgency()).hasValueSatisfying(a -> {
            assertThat(a.getName()).as("from SIASN").contains("Pemerintah Kab. Contoh");
            assertThat(a.getRegionCode()).as("from the proposal").contains("34.04");
        });
        assertThat(p.getEmployee().getCurrentPosition().orElseThrow().getDukcapilUnit()).contains(false);
        assertThat(p.getEmployee().getCurrentPosition().orElseThrow().getName()).contains("KEPALA BIDANG CONTOH");
        assertThat(p.getEmployee().getServiceBondUntil()).contains(LocalDate.of(2012, 12, 31));
    }

    @Test
    void sameValueWrittenDifferentlyIsNoConflictAndKeepsTheProposalsForm() throws IOException {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal("{\"nip\": \"19850312 201001 1 002\", \"grade\": \"III-c\", "
                + "\"name\": \" contoh  pegawai \", \"gradeSince\": \"2022-04-01\"}"));
        assertThat(m.conflicts()).isEmpty();
        assertThat(employeeOf(m).get("grade").asText()).isEqualTo("III-c");
    }

    @Test
    void differingValueIsAConflictThatMakesTheProposalInvalidByDefault() {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal("{\"grade\": \"III/d\", \"gradeSince\": \"2026-04-01\"}"));
        assertThat(m.policy()).isEqualTo(SiasnMerge.Policy.REJECT_CONFLICTS);
        assertThat(m.conflicts()).extracting(SiasnConflict::path, SiasnConflict::siasnValue,
                SiasnConflict::proposalValue).containsExactly(tuple("employee.grade", "III/c", "III/d"),
                tuple("employee.gradeSince", "2022-04-01", "2026-04-01"));
        Report r = m.check(NoRules.CHECKER, AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.getProposalId()).contains("BKPSDM-CTH/2026/MUT/0007");
        assertThat(r.getViolations()).extracting(Violation::getPath, Violation::getCode)
                .containsExactly(tuple("employee.grade", "siasn.conflict"),
                        tuple("employee.gradeSince", "siasn.conflict"));
        assertThat(r.getViolations().get(0).getMessage())
                .isEqualTo("employee.grade: SIASN menyatakan III/c, tetapi usulan menyatakan III/d.");
        assertThat(m.violations(Language.EN).get(0).getMessage())
                .isEqualTo("employee.grade: SIASN says III/c but the proposal says III/d.");
    }

    @Test
    void underProposalOverridesTheProposalsValueIsUsedAndTheConflictStaysListed() throws IOException {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal("{\"grade\": \"III/d\"}"), SiasnMerge.Policy.PROPOSAL_OVERRIDES);
        assertThat(m.conflicts()).extracting(SiasnConflict::path).containsExactly("employee.grade");
        assertThat(m.violations(Language.ID)).isEmpty();
        assertThat(employeeOf(m).get("grade").asText()).isEqualTo("III/d");
        assertThat(m.check(NoRules.CHECKER, AS_OF).getVerdict()).isEqualTo(Verdict.MS);
    }

    @Test
    void anotherEmployeesNipIsRejectedUnderEveryPolicy() {
        for (SiasnMerge.Policy policy : SiasnMerge.Policy.values()) {
            SiasnMerge m = SiasnMerge.of(PROFILE, proposal("{\"nip\": \"198807142014032001\"}"), policy);
            assertThat(m.conflicts()).singleElement().satisfies(c -> assertThat(c.isOtherEmployee()).isTrue());
            Report r = m.check(NoRules.CHECKER.withLanguage(Language.EN), AS_OF);
            assertThat(r.getVerdict()).as(policy.name()).isEqualTo(Verdict.INVALID);
            assertThat(r.getViolations()).singleElement().satisfies(v -> {
                assertThat(v.getPath()).isEqualTo("employee.nip");
                assertThat(v.getCode()).isEqualTo("siasn.nip");
                assertThat(v.getMessage()).contains("198807142014032001").contains("198503122010011002");
            });
        }
    }

    @Test
    void nullInTheProposalDoesNotEraseSiasnsValue() throws IOException {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal("{\"birthDate\": null, \"agency\": {\"name\": null}}"));
        assertThat(m.conflicts()).isEmpty();
        assertThat(employeeOf(m).get("birthDate").asText()).isEqualTo("1985-03-12");
        assertThat(employeeOf(m).get("agency").get("name").asText()).isEqualTo("Pemerintah Kab. Contoh");
    }

    @Test
    void listsAreUnitedAndElementsForTheSameThingMergeFieldByField() throws IOException {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal("{"
                + "\"performance\": [{\"year\": 2025, \"rating\": \"BAIK\"}, {\"year\": 2024, \"rating\": \"BAIK\"}],"
                + "\"sanctions\": [{\"level\": \"RINGAN\", \"type\": \"2\", \"from\": \"2025-07-01\"},"
                + " {\"level\": \"SEDANG\", \"type\": \"24\", \"from\": \"2023-02-01\", \"to\": \"2023-10-31\"}],"
                + "\"positionHistory\": [{\"from\": \"2021-06-01\", \"to\": \"2022-01-02\"}]}"));
        assertThat(m.conflicts()).extracting(SiasnConflict::path, SiasnConflict::siasnValue,
                SiasnConflict::proposalValue).containsExactly(tuple("employee.performance[1].rating", "SANGAT_BAIK",
                "BAIK"));
        Proposal p = ImutJson.proposalReader().readValue(SiasnMerge.of(PROFILE, m.proposalJson().replace(
                "{\"year\":2024,\"rating\":\"BAIK\"}", "{\"year\":2024,\"rating\":\"SANGAT_BAIK\"}")).proposalJson());
        assertThat(p.getEmployee().getPerformance()).extracting(r -> r.getYear()).containsExactly(2022, 2023, 2024,
                2025);
        assertThat(p.getEmployee().getSanctions()).extracting(s -> s.getType().orElse(""))
                .containsExactly("1", "24", "2");
        assertThat(p.getEmployee().getPositionHistory().get(2).getTo()).as("complemented")
                .contains(LocalDate.of(2022, 1, 2));
    }

    @Test
    void unparseableProposalIsReportedAsTheCheckerReportsAnyMalformedProposal() {
        Report r = SiasnMerge.of(PROFILE, "{\"id\": ").check(NoRules.CHECKER, AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.getViolations()).extracting(Violation::getCode).containsExactly("json.syntax");
        assertThat(SiasnMerge.of(PROFILE, "[]").check(NoRules.CHECKER, AS_OF).getVerdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void mergedProposalIsStillValidatedStructurally() {
        Report r = SiasnMerge.of(PROFILE, "{\"id\": \"X-1\", \"action\": \"WITHIN_AGENCY\", "
                + "\"effectiveDate\": \"2026-02-02\"}").check(NoRules.CHECKER, AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.getViolations()).extracting(Violation::getPath).containsExactly("kind");
    }

    @Test
    void mergeKeepsTheProfilesNotes() {
        SiasnMerge m = SiasnMerge.of(PROFILE, proposal(null));
        assertThat(m.notes()).isEqualTo(PROFILE.notes()).isNotEmpty();
        assertThat(m.profile()).isSameAs(PROFILE);
    }

    @Test
    void checkerLanguageAppliesToConflictMessages() {
        Checker en = NoRules.CHECKER.withLanguage(Language.EN);
        Report r = SiasnMerge.of(PROFILE, proposal("{\"status\": \"CPNS\"}")).check(en, AS_OF);
        assertThat(r.getViolations()).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).isEqualTo(
                        "employee.status: SIASN says PNS but the proposal says CPNS."));
    }
}

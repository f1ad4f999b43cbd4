package io.github.imut.check;

import static io.github.imut.check.TestModule.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.imut.fixtures.Fixtures;
import io.github.imut.json.ImutJson;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approver;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The report's JSON against contract section 1 (shared/spec/contract.md). */
class ReportJsonTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 25);
    private static final ObjectMapper MAPPER = ImutJson.mapper();
    private static final LegalBasis PASAL_71 = LegalBasis.of("UU 10/2016").article("71").paragraph("2")
            .letter("a").inForce(InForce.from(LocalDate.of(2016, 7, 1)));

    private static final Checker CHECKER = Checker.builder().addModule(TestModule.of(
            rule(TestModule.descriptor("T-FAIL").basis(PASAL_71).build(), (p, c) -> Evaluation.fail("fail")
                    .fact("effectiveDate", c.effectiveDate()).fact("months", 6).fact("region", "13.12")
                    .fact("interim", true).earliestCompliantDate(LocalDate.of(2025, 2, 21)).build()),
            rule("T-APPROVAL", (p, c) -> Evaluation.needsApproval(Approver.MENDAGRI, "result").build()),
            rule("T-INC", (p, c) -> Evaluation.incomplete("employee.birthDate")))).build();

    private static Report report() {
        return CHECKER.check(Fixtures.transfer().build(), AS_OF);
    }

    private static JsonNode tree(Report report) throws Exception {
        return MAPPER.readTree(ImutJson.toJson(report));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void theReportHasTheContractsFieldsAndOnlyKnownAdditions() throws Exception {
        JsonNode json = tree(report());

        // contract section 1 names these; effectiveDate and line are additions
        assertThat(names(json)).contains("proposalId", "verdict", "checkedAsOf", "ruleSet", "findings", "violations")
                .isSubsetOf("proposalId", "verdict", "checkedAsOf", "ruleSet", "findings", "violations",
                        "effectiveDate", "line");
        assertThat(json.get("proposalId").asText()).isEqualTo(Fixtures.ID);
        assertThat(json.get("verdict").asText()).isEqualTo("TMS");
        assertThat(json.get("checkedAsOf").asText()).isEqualTo("2024-04-25");
        assertThat(json.get("effectiveDate").asText()).isEqualTo("2024-05-02");
        assertThat(json.get("findings").isArray()).isTrue();
        assertThat(json.get("violations").isArray()).isTrue();
    }

    @Test
    void theRuleSetHasVersionAndFingerprint() throws Exception {
        JsonNode ruleSet = tree(report()).get("ruleSet");

        assertThat(names(ruleSet)).contains("version", "fingerprint").isSubsetOf("version", "fingerprint", "rules");
        assertThat(ruleSet.get("version").asText()).isEqualTo("test.core/1.0");
        assertThat(ruleSet.get("fingerprint").asText()).isEqualTo(CHECKER.ruleSet().getFingerprint());
    }

    @Test
    void aFindingHasTheContractsFields() throws Exception {
        JsonNode finding = tree(report()).get("findings").get(0);

        assertThat(names(finding)).contains("ruleId", "outcome", "message", "legalBasis", "facts",
                "earliestCompliantDate").isSubsetOf("ruleId", "outcome", "message", "legalBasis", "facts",
                "earliestCompliantDate", "title", "approvalRequiredFrom", "missing");
        assertThat(finding.get("ruleId").asText()).isEqualTo("T-FAIL");
        assertThat(finding.get("outcome").asText()).isEqualTo("FAIL");
        assertThat(finding.get("earliestCompliantDate").asText()).isEqualTo("2025-02-21");
        JsonNode facts = finding.get("facts");
        assertThat(facts.get("effectiveDate").asText()).isEqualTo("2024-05-02");
        assertThat(facts.get("months").isInt()).isTrue();
        assertThat(facts.get("interim").isBoolean()).isTrue();
        assertThat(names(facts)).containsExactly("effectiveDate", "interim", "months", "region");
    }

    @Test
    void factsKeepTheRulesOrder() throws Exception {
        JsonNode facts = tree(report()).get("findings").get(0).get("facts");

        assertThat(facts.fieldNames()).toIterable().containsExactly("effectiveDate", "months", "region", "interim");
    }

    @Test
    void theLegalBasisIsRegulationArticleParagraphLetter() throws Exception {
        JsonNode basis = tree(report()).get("findings").get(0).get("legalBasis");

        assertThat(basis.size()).isEqualTo(2);
        JsonNode pasal71 = basis.get(1);
        assertThat(names(pasal71)).contains("regulation", "article", "paragraph", "letter")
                .isSubsetOf("regulation", "article", "paragraph", "letter", "inForce", "note", "citation");
        assertThat(pasal71.get("regulation").asText()).isEqualTo("UU 10/2016");
        assertThat(pasal71.get("article").asText()).isEqualTo("71");
        assertThat(pasal71.get("paragraph").asText()).isEqualTo("2");
        assertThat(pasal71.get("letter").asText()).isEqualTo("a");
        assertThat(pasal71.get("citation").asText()).isEqualTo("UU 10/2016 Pasal 71 ayat (2) huruf a");
        assertThat(pasal71.get("inForce").get("from").asText()).isEqualTo("2016-07-01");
        // a citation of an article only leaves the finer parts out
        assertThat(names(basis.get(0))).doesNotContain("paragraph", "letter");
    }

    @Test
    void anIncompleteFindingNamesTheMissingFieldsAndAnApprovalFindingTheApprover() throws Exception {
        JsonNode findings = tree(report()).get("findings");

        assertThat(findings.get(1).get("approvalRequiredFrom").asText()).isEqualTo("MENDAGRI");
        assertThat(findings.get(2).get("missing").get(0).asText()).isEqualTo("employee.birthDate");
    }

    @Test
    void violationsArePathAndMessage() throws Exception {
        Report invalid = CHECKER.checkJson("{\"id\": \"P-1\"", AS_OF);

        JsonNode json = tree(invalid);

        assertThat(json.get("verdict").asText()).isEqualTo("INVALID");
        JsonNode v = json.get("violations").get(0);
        assertThat(names(v)).contains("path", "message").isSubsetOf("path", "message", "code");
        assertThat(v.get("path").asText()).isEqualTo("$");
        assertThat(json.get("findings").size()).isZero();
        assertThat(json.get("proposalId").asText()).isEqualTo("P-1");
    }

    @Test
    void anUnreadableIdIsLeftOutRatherThanNull() throws Exception {
        JsonNode json = tree(CHECKER.checkJson("[", AS_OF));

        assertThat(json.has("proposalId")).isFalse();
        assertThat(json.has("effectiveDate")).isFalse();
    }

    @Test
    void jsonToReportToJsonIsTheSame() throws Exception {
        String json = ImutJson.toJson(report());

        Report back = ImutJson.reportReader().readValue(json);

        assertThat(ImutJson.toJson(back)).isEqualTo(json);
        assertThat(ImutJson.reportWriter().writeValueAsString(back)).isEqualTo(json);
    }

    @Test
    void reportToJsonToReportIsEqualExceptThatTypedFactsComeBackAsJsonValues() throws Exception {
        Report report = report();

        Report back = ImutJson.reportReader().readValue(ImutJson.toJson(report));

        assertThat(back).usingRecursiveComparison().ignoringFields("findings.facts").isEqualTo(report);
        assertThat(back.getFindings().get(0).getFacts()).containsEntry("effectiveDate", "2024-05-02")
                .containsEntry("months", 6).containsEntry("region", "13.12").containsEntry("interim", true);
        assertThat(back.getFindings().get(0).getLegalBasis()).isEqualTo(report.getFindings().get(0).getLegalBasis());
    }

    @Test
    void aReportWithOnlyJsonNativeFactsRoundTripsToAnEqualReport() throws Exception {
        Report report = Checker.builder().addModule(TestModule.of(rule("T-FAIL", (p, c) -> Evaluation.fail("fail")
                .fact("effectiveDate", "2024-05-02").fact("months", 6).build()))).build().check(
                        Fixtures.transfer().build(), AS_OF);

        assertThat(ImutJson.<Report>reportReader().<Report>readValue(ImutJson.toJson(report))).isEqualTo(report);
    }

    @Test
    void anInvalidReportRoundTrips() throws Exception {
        Report report = CHECKER.checkJson(Fixtures.text(Fixtures.json()).replace("\"PNS\"", "\"HONORER\""), AS_OF);

        assertThat(ImutJson.<Report>reportReader().<Report>readValue(ImutJson.toJson(report))).isEqualTo(report);
    }
}

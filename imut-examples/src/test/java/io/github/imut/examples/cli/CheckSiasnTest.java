package io.github.imut.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imut.json.ImutJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --siasn PROFILE --proposal PROPOSAL}: the employee from SIASN, the rest from the proposal. */
class CheckSiasnTest {
    private static final String PROFILE = "samples/siasn/ms-rotation-within-regency.profile.json";
    private static final String PROPOSAL = "samples/siasn/ms-rotation-within-regency.proposal.json";
    private static final String AS_OF = "2026-11-23";

    private static String[] result(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ImutCli.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    private static JsonNode json(String text) throws IOException {
        return ImutJson.mapper().readTree(text);
    }

    /** The sample proposal with the employee's birth date stated differently from SIASN's 15-02-1990. */
    private static Path conflicting(Path dir) throws IOException {
        ObjectNode p = (ObjectNode) json(Files.readString(Path.of(PROPOSAL), StandardCharsets.UTF_8));
        ((ObjectNode) p.get("employee")).put("birthDate", "1990-02-16");
        Path out = dir.resolve("conflicting.json");
        Files.writeString(out, ImutJson.mapper().writeValueAsString(p), StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void profileAndPartialProposalAreCheckedTogether() throws IOException {
        String[] r = result("check", "--as-of", AS_OF, "--siasn", PROFILE, "--proposal", PROPOSAL);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        JsonNode report = json(r[1]);
        assertThat(report.get("verdict").asText()).isEqualTo("MS");
        assertThat(report.get("proposalId").asText()).isEqualTo("BKPSDM-SLM/2026/MUT/0188");
    }

    @Test
    void theProposalMayAlsoBeGivenAsFile() throws IOException {
        String[] r = result("check", "--as-of", AS_OF, "--siasn", PROFILE, PROPOSAL);
        assertThat(json(r[1]).get("verdict").asText()).isEqualTo("MS");
    }

    @Test
    void aConflictWithSiasnIsAnInvalidReportNamingTheField(@TempDir Path dir) throws IOException {
        String[] r = result("check", "--as-of", AS_OF, "--siasn", PROFILE, "--proposal",
                conflicting(dir).toString());
        assertThat(r[0]).isEqualTo("1");
        JsonNode report = json(r[1]);
        assertThat(report.get("verdict").asText()).isEqualTo("INVALID");
        assertThat(report.get("violations").get(0).get("path").asText()).isEqualTo("employee.birthDate");
    }

    @Test
    void withOverridesTheProposalWinsAndTheConflictIsListedOnStderr(@TempDir Path dir) throws IOException {
        String[] r = result("check", "--as-of", AS_OF, "--siasn", PROFILE, "--siasn-overrides", "--proposal",
                conflicting(dir).toString());
        assertThat(json(r[1]).get("verdict").asText()).isNotEqualTo("INVALID");
        assertThat(r[2]).contains("siasn OVERRIDDEN employee.birthDate");
    }

    @Test
    void anUnreadableOrMalformedProfileExitsTwoNamingIt(@TempDir Path dir) throws IOException {
        String[] missing = result("check", "--siasn", "samples/siasn/no-such-profile.json", "--proposal", PROPOSAL);
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[2]).contains("no-such-profile.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"data-utama\": {\"data\": {\"nipBaru\": \"123\"}}}", StandardCharsets.UTF_8);
        String[] malformed = result("check", "--siasn", bad.toString(), "--proposal", PROPOSAL);
        assertThat(malformed[0]).isEqualTo("2");
        assertThat(malformed[2]).contains("bad.json").contains("nipBaru");
        assertThat(malformed[1]).isEmpty();
    }

    @Test
    void siasnOptionsWithoutSiasnOrTwoProposalsAreBadArguments() {
        assertThat(result("check", "--proposal", PROPOSAL)[0]).isEqualTo("2");
        assertThat(result("check", "--siasn-overrides", PROPOSAL)[0]).isEqualTo("2");
        assertThat(result("check", "--siasn", PROFILE, "--proposal", PROPOSAL, PROPOSAL)[0]).isEqualTo("2");
        assertThat(result("check", "--siasn", PROFILE)[0]).isEqualTo("2");
    }
}

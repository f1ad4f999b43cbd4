package io.github.imut.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imut.check.Checker;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.json.ImutJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool as the contract's section 4 describes it: commands, output and exit codes. */
class ImutCliTest {
    private static final String FREEZE = "samples/needs-approval-pilkada-freeze-pasaman-barat.json";
    private static final String MS = "samples/ms-rotation-within-regency.json";
    private static final String INVALID = "samples/invalid-nip-17-digits.json";
    private static final String AS_OF = "2026-11-23";

    /** What one run printed and returned. */
    private static final class Run {
        final int exit;
        final String out;
        final String err;

        Run(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }
    }

    private static Run run(String... args) {
        return runWithInput(new ByteArrayInputStream(new byte[0]), args);
    }

    private static Run runWithInput(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ImutCli.run(in, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode json(String text) throws IOException {
        return ImutJson.mapper().readTree(text);
    }

    @Test
    void checkExitsZeroForAnEligibleProposal() throws IOException {
        Run r = run("check", "--as-of", AS_OF, MS);
        assertThat(r.exit).as(r.err).isEqualTo(ImutCli.EXIT_MS);
        assertThat(json(r.out).get("verdict").asText()).isEqualTo("MS");
    }

    @Test
    void checkOfTheFreezeSampleNeedsApprovalCitingPilkadaLawAndExitsOne() throws IOException {
        Run r = run("check", "--as-of", AS_OF, FREEZE);
        assertThat(r.exit).isEqualTo(ImutCli.EXIT_NOT_MS);
        JsonNode report = json(r.out);
        assertThat(report.get("verdict").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(report.get("checkedAsOf").asText()).isEqualTo(AS_OF);
        assertThat(r.out).contains("UU 10/2016 Pasal 71 ayat (2)").contains("Menteri Dalam Negeri");
    }

    @Test
    void checkWritesEnglishWithLangEn() {
        Run r = run("check", "--lang", "en", "--as-of", AS_OF, FREEZE);
        assertThat(r.out).contains("Minister of Home Affairs").doesNotContain("Menteri Dalam Negeri");
    }

    @Test
    void checkListsPassesWithAll() throws IOException {
        Run without = run("check", "--as-of", AS_OF, MS);
        Run with = run("check", "--all", "--as-of", AS_OF, MS);
        assertThat(json(without.out).get("findings").findValuesAsText("outcome")).doesNotContain("PASS");
        assertThat(json(with.out).get("findings").findValuesAsText("outcome")).contains("PASS");
    }

    @Test
    void checkOfMalformedInputIsAnInvalidReportWithExitOneNotAStackTrace() throws IOException {
        Run r = run("check", "--as-of", AS_OF, INVALID);
        assertThat(r.exit).isEqualTo(ImutCli.EXIT_NOT_MS);
        JsonNode report = json(r.out);
        assertThat(report.get("verdict").asText()).isEqualTo("INVALID");
        assertThat(report.get("violations").get(0).get("path").asText()).isEqualTo("employee.nip");
        assertThat(r.err).isEmpty();
    }

    @Test
    void checkReadsStandardInputForDash() throws IOException {
        byte[] proposal = Files.readAllBytes(Path.of(FREEZE));
        Run r = runWithInput(new ByteArrayInputStream(proposal), "check", "--as-of", AS_OF, "-");
        assertThat(json(r.out).get("verdict").asText()).isEqualTo("NEEDS_APPROVAL");
    }

    @Test
    void checkOfGarbageOnStandardInputIsInvalid() throws IOException {
        Run r = runWithInput(new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8)), "check", "-");
        assertThat(r.exit).isEqualTo(ImutCli.EXIT_NOT_MS);
        assertThat(json(r.out).get("violations").get(0).get("code").asText()).isEqualTo("json.syntax");
    }

    @Test
    void checkExitsTwoForAFileThatDoesNotExist() {
        Run r = run("check", "samples/no-such-file.json");
        assertThat(r.exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(r.err).contains("no-such-file.json");
        assertThat(r.out).isEmpty();
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(run("check", "--lang", "fr", MS).exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(run("check", "--as-of", "23-11-2026", MS).exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(run("check").exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(run("frobnicate").exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(run().exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(run("rules", "--format", "pdf").exit).isEqualTo(ImutCli.EXIT_USAGE);
    }

    @Test
    void helpExitsZero() {
        Run r = run("--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("check").contains("batch").contains("rules").contains("generate");
    }

    @Test
    void batchWritesOneReportPerInputLineInOrderWithLineNumbers(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        String good = Files.readString(Path.of(FREEZE), StandardCharsets.UTF_8).replace('\n', ' ');
        String ms = Files.readString(Path.of(MS), StandardCharsets.UTF_8).replace('\n', ' ');
        Files.writeString(in, good + "\n{\"id\": \"BROKEN\", \n\n" + ms + "\n[1,2]\n" + good + "\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.ndjson");
        Run r = run("batch", "--as-of", AS_OF, in.toString(), "--out", out.toString());
        assertThat(r.exit).as(r.err).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6);
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode report = json(lines.get(i));
            assertThat(report.get("line").asLong()).isEqualTo(i + 1);
            verdicts.add(report.get("verdict").asText());
        }
        assertThat(verdicts).containsExactly("NEEDS_APPROVAL", "INVALID", "INVALID", "MS", "INVALID",
                "NEEDS_APPROVAL");
        assertThat(json(lines.get(1)).get("proposalId").asText()).isEqualTo("BROKEN");
        assertThat(r.err).contains("6 records").contains("INVALID 3").contains("MS 1").contains("NEEDS_APPROVAL 2");
    }

    @Test
    void batchOfTheBundledSamplesGivesAsManyLinesAsItReads() throws IOException {
        Path in = Path.of("samples/batch.ndjson");
        Run r = run("batch", "--quiet", "--as-of", AS_OF, in.toString());
        assertThat(r.exit).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out.split("\n", -1)).hasSize(Files.readAllLines(in).size() + 1);
        assertThat(r.out).endsWith("\n");
    }

    @Test
    void batchReadsStandardInput() {
        Run r = runWithInput(new ByteArrayInputStream("\n\n".getBytes(StandardCharsets.UTF_8)), "batch",
                "--quiet", "-");
        assertThat(r.out.split("\n")).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"INVALID\""));
    }

    @Test
    void batchExitsTwoForAFileThatDoesNotExist() {
        Run r = run("batch", "samples/no-such-file.ndjson");
        assertThat(r.exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(r.err).contains("no-such-file.ndjson");
    }

    @Test
    void batchKeepsOneReportPerLineInOrderWithMalformedLinesMixedInWhateverTheThreads(@TempDir Path dir)
            throws IOException {
        // generated proposals (about 0.5% malformed) with more malformed lines of every kind between them
        Path generated = dir.resolve("generated.ndjson");
        assertThat(run("generate", "--count", "1500", "--seed", "5", "--out", generated.toString()).exit).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(generated, StandardCharsets.UTF_8));
        String[] bad = {"", "{\"id\": \"BROKEN\", ", "[1,2]", "null", "   ", "{}", "\u00e9t\u00e9", "{\"id\":1}"};
        for (int i = 0; i < 200; i++) {
            lines.add(i * 8, bad[i % bad.length]);
        }
        Path in = dir.resolve("in.ndjson");
        Files.write(in, lines, StandardCharsets.UTF_8);
        String reference = null;
        for (String threads : new String[] {"1", "3"}) {
            Path out = dir.resolve("out-" + threads + ".ndjson");
            Run r = run("batch", "--quiet", "--threads", threads, "--as-of", AS_OF, in.toString(), "--out",
                    out.toString());
            assertThat(r.exit).as(r.err).isZero();
            List<String> reports = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertThat(reports).hasSize(lines.size());
            for (int i = 0; i < reports.size(); i++) {
                JsonNode report = json(reports.get(i));
                assertThat(report.get("line").asLong()).isEqualTo(i + 1);
                if (i % 8 == 0 && i / 8 < 200) {
                    assertThat(report.get("verdict").asText()).as("line " + (i + 1)).isEqualTo("INVALID");
                }
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (reference == null) {
                reference = text;
            } else {
                assertThat(text).isEqualTo(reference);
            }
        }
    }

    @Test
    void batchRejectsFewerThanOneThread() {
        Run r = run("batch", "--threads", "0", "samples/batch.ndjson");
        assertThat(r.exit).isEqualTo(ImutCli.EXIT_USAGE);
        assertThat(r.err).contains("--threads");
    }

    @Test
    void generateWritesTheCountAskedForReproducibly() {
        Run a = run("generate", "--count", "50", "--seed", "9");
        Run b = run("generate", "--count", "50", "--seed", "9");
        assertThat(a.exit).isZero();
        assertThat(a.out.split("\n")).hasSize(50);
        assertThat(a.out).isEqualTo(b.out);
        assertThat(run("generate", "--count", "50", "--seed", "10").out).isNotEqualTo(a.out);
        assertThat(run("generate").exit).isEqualTo(ImutCli.EXIT_USAGE);
    }

    @Test
    void rulesListsEveryRuleWithItsBasis() {
        Run r = run("rules");
        assertThat(r.exit).isZero();
        for (RuleDescriptor d : Checker.builder().discoverModules().build().rules()) {
            assertThat(r.out).contains(d.id() + "  [" + d.confidence() + "]");
            assertThat(r.out).contains(d.basis().get(0).citation());
        }
        assertThat(r.out).contains("UU 10/2016 Pasal 71 ayat (2)");
    }

    @Test
    void rulesSpeaksOneLanguage() {
        // NONASN-BAN's basis is in force from 2023-10-31 (UU 20/2023)
        String id = run("rules").out;
        assertThat(id).contains("UU 20/2023 Pasal 65 (berlaku 2023-10-31 – …)").doesNotContain("in force")
                .doesNotContain("applies to");
        String en = run("rules", "--lang", "en").out;
        assertThat(en).contains("UU 20/2023 Pasal 65 (in force 2023-10-31 – …)").doesNotContain("(berlaku ");
    }

    @Test
    void rulesAsJsonHasEveryRuleWithTitlesBasisAndPeriod() throws IOException {
        Run r = run("rules", "--format", "json");
        JsonNode rules = json(r.out);
        List<RuleDescriptor> expected = Checker.builder().discoverModules().build().rules();
        assertThat(rules).hasSize(expected.size());
        JsonNode freeze = null;
        for (JsonNode n : rules) {
            if (n.get("id").asText().equals("PILKADA-PRE-6M")) {
                freeze = n;
            }
        }
        assertThat(freeze).isNotNull();
        assertThat(freeze.get("title").get("en").asText()).isNotBlank();
        assertThat(freeze.get("appliesTo").toString()).contains("WITHIN_AGENCY");
        assertThat(freeze.get("legalBasis").get(0).get("citation").asText()).isEqualTo("UU 10/2016 Pasal 71 ayat (2)");
        assertThat(freeze.get("parameters").get(0).get("name").asText()).isEqualTo("pilkada.freeze.months");
    }
}

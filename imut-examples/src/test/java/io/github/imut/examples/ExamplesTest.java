package io.github.imut.examples;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.examples.agency.SlemanModule;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Proposal;
import io.github.imut.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    @Test
    void embeddingExampleFindsTheFreeze() {
        Report r = EmbeddingExample.run();
        assertThat(r).hasVerdict(Verdict.NEEDS_APPROVAL).hasOnlyFindings("PILKADA-PRE-6M")
                .hasFinding("PILKADA-PRE-6M").withOutcome(Outcome.NEEDS_APPROVAL);
        assertThat(r.getFindings()).flatExtracting(f -> f.getMissing()).isEmpty();
    }

    /** @return the lines between {@code // README-START} and {@code // README-END}, less their common indentation */
    private static String snippet(String file) throws IOException {
        String source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        int from = source.indexOf('\n', source.indexOf("// README-START")) + 1;
        int to = source.lastIndexOf('\n', source.indexOf("// README-END")) + 1;
        List<String> lines = source.substring(from, to).lines().collect(java.util.stream.Collectors.toList());
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return sb.toString();
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void readmeShowsTheAgencyTestExactly() throws IOException {
        String snippet = snippet("src/test/java/io/github/imut/examples/agency/SlemanAgencyTest.java");
        assertThat(snippet).contains("Fixtures.transfer()", "hasFinding(\"PILKADA-PRE-6M\")");
        assertThat(readme()).as("README section \"Using imut in your tests\"").contains("```java\n" + snippet + "```");
    }

    /** The failure message the README quotes is the one the assertions print for the default rotation. */
    @Test
    void readmeQuotesTheFailureMessageOfTheAssertions() throws IOException {
        Checker checker = Checker.builder().discoverModules().addModule(new SlemanModule()).build();
        Proposal p = Fixtures.transfer().build();
        Report r = checker.check(p, p.getEffectiveDate());
        assertThatThrownBy(() -> assertThat(r).hasVerdict(Verdict.MS)).isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(readme()).contains("```text\n" + e.getMessage().strip() + "\n```"));
    }

    @Test
    void readmeShowsTheEmbeddingExampleExactly() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/imut/examples/EmbeddingExample.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README-START") + "// README-START".length(),
                source.indexOf("        // README-END"));
        String readme = readme();
        for (String line : snippet.strip().split("\n")) {
            assertThat(readme).as("README line").contains(line.strip());
        }
    }

    @Test
    void agencyModuleAddsItsOwnRule() {
        Checker checker = Checker.builder().discoverModules().addModule(new SlemanModule()).build();
        Proposal p = sampleProposal();
        assertThat(checker.check(p, LocalDate.of(2026, 11, 23))).hasVerdict(Verdict.BTL)
                .hasFinding("SLM-ANJAB").withOutcome(Outcome.INCOMPLETE).withMessageContaining("analisis jabatan")
                .withMissing("documents[ANJAB_ABK]");
        Report with = checker.check(ImmutableProposal.copyOf(p).withDocuments(List.of(
                Document.builder().kind(DocumentKind.ANJAB_ABK).build())), LocalDate.of(2026, 11, 23));
        assertThat(with).hasVerdict(Verdict.MS).hasNoFinding("SLM-ANJAB");
    }

    private static Proposal sampleProposal() {
        try {
            return io.github.imut.json.ImutJson.proposalReader().readValue(Files.readString(
                    Path.of("samples/ms-rotation-within-regency.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package io.github.imut.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.examples.agency.SlemanModule;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Proposal;
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
        assertThat(r.finding("PILKADA-PRE-6M").orElseThrow().getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(r.getVerdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(r.getFindings()).flatExtracting(f -> f.getMissing()).isEmpty();
    }

    @Test
    void readmeShowsTheEmbeddingExampleExactly() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/imut/examples/EmbeddingExample.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README-START") + "// README-START".length(),
                source.indexOf("        // README-END"));
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        for (String line : snippet.strip().split("\n")) {
            assertThat(readme).as("README line").contains(line.strip());
        }
    }

    @Test
    void agencyModuleAddsItsOwnRule() {
        Checker checker = Checker.builder().discoverModules().addModule(new SlemanModule()).build();
        Proposal p = sampleProposal();
        Report without = checker.check(p, LocalDate.of(2026, 11, 23));
        assertThat(without.finding("SLM-ANJAB").orElseThrow().getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(without.finding("SLM-ANJAB").orElseThrow().getMessage()).contains("analisis jabatan");
        Report with = checker.check(ImmutableProposal.copyOf(p).withDocuments(List.of(
                Document.builder().kind(DocumentKind.ANJAB_ABK).build())), LocalDate.of(2026, 11, 23));
        assertThat(with.finding("SLM-ANJAB")).isEmpty();
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

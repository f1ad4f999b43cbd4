package io.github.imut.examples;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled sample gets the verdict its file name promises; together they cover every verdict. */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Checker CHECKER = Checker.builder().discoverModules().build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    private static Verdict expected(Path sample) {
        String name = sample.getFileName().toString();
        for (Verdict v : Verdict.values()) {
            String prefix = v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-";
            if (name.startsWith(prefix)) {
                return v;
            }
        }
        throw new AssertionError("Sample name does not start with a verdict: " + name);
    }

    private static Report check(Path sample) throws IOException {
        return CHECKER.checkJson(Files.readString(sample, StandardCharsets.UTF_8), AS_OF);
    }

    @Test
    void everySampleGetsTheVerdictItsNameStates() throws IOException {
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (Path sample : samples()) {
            Report r = check(sample);
            assertThat(r).as(sample.toString()).hasVerdict(expected(sample));
            seen.add(r.getVerdict());
        }
        assertThat(seen).containsExactlyInAnyOrder(Verdict.values());
    }

    @Test
    void freezeSampleNeedsMendagriApprovalCitingPilkadaLaw() throws IOException {
        assertThat(check(SAMPLES.resolve("needs-approval-pilkada-freeze-pasaman-barat.json")))
                .hasVerdict(Verdict.NEEDS_APPROVAL)
                .hasFinding("PILKADA-PRE-6M").withApprovalFrom(Approver.MENDAGRI)
                .withBasis("UU 10/2016 Pasal 71 ayat (2)").withMessageContaining("2024-03-22 s.d. 2025-02-20");
    }

    @Test
    void invalidSampleNamesTheNipField() throws IOException {
        Report r = check(SAMPLES.resolve("invalid-nip-17-digits.json"));
        assertThat(r).hasVerdict(Verdict.INVALID).hasViolation("employee.nip", "nip.length");
        assertThat(r.getViolations()).hasSize(1);
        assertThat(r.getProposalId()).contains("BKPSDM-SLM/2026/MUT/0143");
    }

    @Test
    void wrongRetirementDateGetsTheRightOneAsEarliestCompliantDate() throws IOException {
        assertThat(check(SAMPLES.resolve("tms-retirement-wrong-tmt.json"))).hasVerdict(Verdict.TMS)
                .hasFinding("PENSIUN-TMT").withOutcome(Outcome.FAIL)
                .withEarliestCompliantDate(LocalDate.of(2025, 4, 1));
    }

    @Test
    void administratorSampleGetsTheDayThreeYearsAsPengawasAreComplete() throws IOException {
        Report r = check(SAMPLES.resolve("tms-administrator-pengawas-less-than-3-years.json"));
        assertThat(r).hasVerdict(Verdict.TMS).hasFinding("JA-ADMIN").withOutcome(Outcome.FAIL)
                .withEarliestCompliantDate(LocalDate.of(2026, 6, 5)).withBasis("PP 11/2017 Pasal 54 ayat (1)");
        Finding f = r.finding("JA-ADMIN").orElseThrow();
        assertThat(f.getLegalBasis()).extracting(LegalBasis::citation).containsExactly("PP 11/2017 Pasal 54 ayat (1)");
    }

    @Test
    void appointmentSamplesGetTheirVerdictFromTheAppointmentRules() throws IOException {
        assertThat(check(SAMPLES.resolve("tms-jpt-pratama-age-57-at-inauguration.json")))
                .hasFinding("JPT-REQ-PRATAMA").withOutcome(Outcome.FAIL)
                .withMessageContaining("57 tahun").withMessageContaining("56 tahun");
        assertThat(check(SAMPLES.resolve("tms-cpns-to-pns-latsar-not-passed.json")))
                .hasFinding("CPNS-LATSAR").withOutcome(Outcome.FAIL);
        assertThat(check(SAMPLES.resolve("needs-approval-pppk-jpt-madya-without-presidential-approval.json")))
                .hasFinding("JPT-NONPNS").withApprovalFrom(Approver.PRESIDEN);
    }

    @Test
    void batchSampleHoldsEverySampleAndTwoMalformedLines() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("batch.ndjson"), StandardCharsets.UTF_8);
        int proposals = 0;
        for (Path sample : samples()) {
            String id = io.github.imut.json.ImutJson.mapper().readTree(sample.toFile()).get("id").asText();
            if (lines.stream().anyMatch(l -> l.contains("\"" + id + "\""))) {
                proposals++;
            }
        }
        assertThat(proposals).as("samples found in batch.ndjson (regenerate it with .ci/make-batch)")
                .isEqualTo(samples().size());
        assertThat(lines).hasSize(samples().size() + 2);
    }
}

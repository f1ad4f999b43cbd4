package io.github.imut.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Verdict;
import io.github.imut.json.NdjsonBatch;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import io.github.imut.check.BatchSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator: every action, well-formed proposals with consistent NIPs, reproducible, every verdict. */
class ProposalGeneratorTest {
    private static final Checker CHECKER = Checker.builder().discoverModules().build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static ProposalGenerator generator(long seed) {
        return new ProposalGenerator(seed, CHECKER.parameters());
    }

    @Test
    void everyActionOfTheModelHasAShareAndAppears() {
        // A new Action constant fails here until ProposalGenerator.WEIGHTS and shape(...) know it.
        assertThat(ProposalGenerator.WEIGHTS.keySet()).containsExactlyInAnyOrder(Action.values());
        Set<Action> seen = EnumSet.noneOf(Action.class);
        ProposalGenerator g = generator(3);
        for (int i = 0; i < 5000; i++) {
            seen.add(g.next().getAction());
        }
        assertThat(seen).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void generatedProposalsAreWellFormedWithCareersThatHoldTogether() {
        ProposalGenerator g = generator(4);
        int consistentNips = 0;
        for (int i = 0; i < 3000; i++) {
            Proposal p = g.proposal(i);
            assertThat(CHECKER.validate(p)).as(p.getId()).isEmpty();
            assertThat(p.getAction().kind()).isEqualTo(p.getKind());
            Employee e = p.getEmployee();
            if (e.getBirthDate().isPresent() && e.getTmtCpns().isPresent()) {
                int ageAtCpns = Period.between(e.getBirthDate().get(), e.getTmtCpns().get()).getYears();
                assertThat(ageAtCpns).as(p.getId()).isBetween(18, 40);
            }
            if (e.getStatus().orElse(null) == EmploymentStatus.PNS && e.getBirthDate().isPresent()
                    && e.getTmtCpns().isPresent() && e.getNip().birthDate().equals(e.getBirthDate().get())
                    && e.getNip().tmtCpnsMonth().equals(java.util.Optional.of(YearMonth.from(e.getTmtCpns().get())))
                    && e.getNip().gender() == e.getGender().orElseThrow()) {
                consistentNips++;
            }
        }
        assertThat(consistentNips).as("PNS with a NIP consistent with birth date, TMT CPNS and sex")
                .isGreaterThan(1500);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertThat(ndjson(7, 300)).isEqualTo(ndjson(7, 300));
        assertThat(ndjson(8, 300)).isNotEqualTo(ndjson(7, 300));
        assertThat(generator(7).proposal(123)).isEqualTo(generator(7).proposal(123));
        ByteArrayOutputStream parallel = new ByteArrayOutputStream();
        generator(7).writeNdjson(1000, 3, parallel);
        assertThat(parallel.toByteArray()).isEqualTo(ndjson(7, 1000));
        String first = new String(ndjson(7, 1), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(first).isEqualTo(io.github.imut.json.ImutJson.toJson(generator(7).proposal(0)) + "\n");
    }

    @Test
    void aGeneratedBatchGetsEveryVerdictAndOneReportPerLine() throws IOException {
        byte[] input = ndjson(1, 8000);
        long lines = 0;
        for (byte b : input) {
            lines += b == '\n' ? 1 : 0;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary s = NdjsonBatch.builder(CHECKER, AS_OF).threads(2).build()
                .run(new ByteArrayInputStream(input), out);
        assertThat(lines).isEqualTo(8000);
        assertThat(s.records()).isEqualTo(8000);
        for (Verdict v : Verdict.values()) {
            assertThat(s.count(v)).as(v + " in " + s).isPositive();
        }
        assertThat(s.count(Verdict.MS)).as("lawful majority: " + s).isGreaterThan(4000);
        assertThat(s.count(Verdict.INVALID)).as("about 0.5% malformed lines: " + s).isBetween(15L, 80L);
    }

    private static byte[] ndjson(long seed, long count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator(seed).writeNdjson(count, out);
        return out.toByteArray();
    }
}

package io.github.imut.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.BatchSummary;
import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.ImmutableReport;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.examples.generate.ProposalGenerator.Scenario;
import io.github.imut.json.NdjsonBatch;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import io.github.imut.testing.ImutAssertions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generator: every action, well-formed proposals with consistent NIPs, reproducible, and each record's verdict
 * under the full standard rule set the one its scenario means — lawful records {@code MS} for every action.
 */
class ProposalGeneratorTest {
    private static final Checker CHECKER = Checker.builder().discoverModules().build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    /** Records per action and scenario: enough to meet every branch of each story (regions, signers, paths). */
    private static final int PER_ACTION = 200;

    private static ProposalGenerator generator(long seed) {
        return new ProposalGenerator(seed, CHECKER.parameters());
    }

    private static Verdict meant(Scenario s) {
        switch (s) {
            case LAWFUL:
                return Verdict.MS;
            case UNAPPROVED:
                return Verdict.NEEDS_APPROVAL;
            case MISSING:
                return Verdict.BTL;
            case DEFECT:
                return Verdict.TMS;
            default:
                return Verdict.REVIEW;
        }
    }

    @Test
    void everyActionOfTheModelHasAShareAndAppears() {
        // A new Action constant fails here until ProposalGenerator.WEIGHTS and its story know it.
        assertThat(ProposalGenerator.WEIGHTS.keySet()).containsExactlyInAnyOrder(Action.values());
        Set<Action> seen = EnumSet.noneOf(Action.class);
        ProposalGenerator g = generator(3);
        for (int i = 0; i < 5000; i++) {
            seen.add(g.next().getAction());
        }
        assertThat(seen).containsExactlyInAnyOrder(Action.values());
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void theLawfulRecordsOfEveryActionAreEligibleUnderTheFullRuleSet(Action action) {
        ProposalGenerator g = generator(21);
        for (int i = 0; i < PER_ACTION; i++) {
            Proposal p = g.proposal(i, action, Scenario.LAWFUL);
            assertThat(p.getAction()).isEqualTo(action);
            ImutAssertions.assertThat(CHECKER.check(p, AS_OF)).as("%s record %d (%s)", action, i, p.getId())
                    .hasVerdict(Verdict.MS);
        }
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void theDeficientRecordsOfEveryActionGetTheVerdictTheirDeficiencyMeans(Action action) {
        ProposalGenerator g = generator(22);
        for (Scenario s : new Scenario[] {Scenario.UNAPPROVED, Scenario.MISSING, Scenario.DEFECT}) {
            for (int i = 0; i < PER_ACTION; i++) {
                Proposal p = g.proposal(i, action, s);
                ImutAssertions.assertThat(CHECKER.check(p, AS_OF)).as("%s %s record %d (%s)", action, s, i, p.getId())
                        .hasVerdict(meant(s));
            }
        }
    }

    @Test
    void aRetirementFromBeforePp11Of2017NeedsAPersonToReviewIt() {
        ProposalGenerator g = generator(23);
        for (int i = 0; i < 50; i++) {
            Proposal p = g.proposal(i, Action.RETIREMENT_AGE, Scenario.OLD);
            assertThat(p.getEffectiveDate()).isBefore(LocalDate.of(2017, 4, 7));
            ImutAssertions.assertThat(CHECKER.check(p, AS_OF)).hasVerdict(Verdict.REVIEW);
        }
    }

    @Test
    void everyRecordGetsTheVerdictOfItsScenarioAndMostAreLawful() {
        ProposalGenerator g = generator(24);
        Map<Scenario, Integer> shares = new EnumMap<>(Scenario.class);
        int records = 6000;
        for (int i = 0; i < records; i++) {
            Proposal p = g.proposal(i);
            Scenario s = g.scenario(i);
            shares.merge(s, 1, Integer::sum);
            ImutAssertions.assertThat(CHECKER.check(p, AS_OF)).as("record %d (%s, %s)", i, p.getAction(), s)
                    .hasVerdict(meant(s));
        }
        assertThat(shares).as("scenario shares").containsOnlyKeys(Scenario.values());
        assertThat(shares.get(Scenario.LAWFUL)).as("lawful majority: %s", shares).isGreaterThan(records * 65 / 100);
        assertThat(shares.get(Scenario.OLD)).as("old records: %s", shares).isBetween(2, 30);
    }

    @Test
    void aReportWithoutPassesIsTheReportWithPassesLessThePasses() {
        // Rules skip building a pass's facts when passes are not reported (CheckContext.reportsPasses): the reports
        // must be the same as if they had built them, on every kind of record the generator makes.
        Checker withPasses = CHECKER.withPasses(true);
        ProposalGenerator g = generator(25);
        int passes = 0;
        for (int i = 0; i < 4000; i++) {
            Proposal p = i % 2 == 0 ? g.proposal(i) : g.lawfulProposal(i);
            Report all = withPasses.check(p, AS_OF);
            List<Finding> shown = new ArrayList<>();
            for (Finding f : all.getFindings()) {
                if (f.getOutcome() == Outcome.PASS) {
                    passes++;
                } else {
                    shown.add(f);
                }
            }
            assertThat(CHECKER.check(p, AS_OF)).as("record %d", i)
                    .isEqualTo(ImmutableReport.copyOf(all).withFindings(shown));
        }
        assertThat(passes).as("passes seen").isGreaterThan(20000);
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
            if (e.getBirthDate().isPresent() && e.getEducation().isPresent()
                    && e.getEducation().get().getGraduated().isPresent()) {
                assertThat(Period.between(e.getBirthDate().get(), e.getEducation().get().getGraduated().get())
                        .getYears()).as(p.getId()).isBetween(16, 40);
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
        assertThat(s.count(Verdict.MS)).as("lawful majority, at least 60%: " + s).isGreaterThanOrEqualTo(4800);
        assertThat(s.count(Verdict.INVALID)).as("about 0.5% malformed lines: " + s).isBetween(15L, 80L);
    }

    private static byte[] ndjson(long seed, long count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator(seed).writeNdjson(count, out);
        return out.toByteArray();
    }
}

package io.github.imut.rules.transfer;

import static io.github.imut.rules.transfer.TransferFixtures.AS_OF;
import static io.github.imut.rules.transfer.TransferFixtures.CHECKER;
import static io.github.imut.rules.transfer.TransferFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Target;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JptRulesTest {
    private static final String PROTECT = "JPT-2Y-PROTECT";
    private static final String RELAX = "JPT-2Y-RELAX";

    /** The Kepala Dinas (JPT pratama) inaugurated on {@code since} is rotated on {@code date}. */
    private static ImmutableProposal replacing(PositionLevel level, LocalDate since, LocalDate date) {
        return TestProposals.transfer().withAction(Action.JPT_REPLACEMENT).withEffectiveDate(date)
                .withEmployee(TestProposals.employee().withCurrentPosition(Position.builder().level(level)
                        .name("Kepala Dinas Pendidikan").dukcapilUnit(false).since(since).build()))
                .withTarget(Target.builder().position(Position.builder().level(level)
                        .name("Kepala Dinas Perhubungan").dukcapilUnit(false).build()).build());
    }

    private static ImmutableProposal pratama(LocalDate since, LocalDate date) {
        return replacing(PositionLevel.JPT_PRATAMA, since, date);
    }

    private static ImmutableProposal onPerformance(ImmutableProposal p, PerformanceRecord... quarters) {
        return p.withGrounds(Ground.builder().code("KINERJA").evidence("Nota Dinas 800/12").build())
                .withEmployee(employeeOf(p).withPerformance(quarters));
    }

    private static PerformanceRecord q(int year, int quarter, PerformanceRating r) {
        return PerformanceRecord.builder().year(year).quarter(quarter).rating(r).build();
    }

    private static ImmutableEmployee employeeOf(ImmutableProposal p) {
        return ImmutableEmployee.copyOf(p.getEmployee());
    }

    @Test
    void catalogueExampleInauguratedOn1September2023MayBeReplacedFrom1September2025() {
        LocalDate since = LocalDate.of(2023, 9, 1);
        Finding f = finding(pratama(since, LocalDate.of(2025, 8, 31)), PROTECT).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2025, 9, 1));
        assertThat(f.getMessage()).contains("2023-09-01").contains("paling cepat 2025-09-01");
        assertThat(finding(pratama(since, LocalDate.of(2025, 9, 1)), PROTECT)).isEmpty();
        assertThat(finding(pratama(since, LocalDate.of(2025, 9, 2)), PROTECT)).isEmpty();
    }

    @Test
    void inaugurationOn29FebruaryIsProtectedUntil1March() {
        LocalDate since = LocalDate.of(2024, 2, 29);
        assertThat(finding(pratama(since, LocalDate.of(2026, 2, 28)), PROTECT).orElseThrow()
                .getEarliestCompliantDate()).contains(LocalDate.of(2026, 3, 1));
        assertThat(finding(pratama(since, LocalDate.of(2026, 3, 1)), PROTECT)).isEmpty();
    }

    @Test
    void basisIsUu5Of2014UntilItsRevocationAndPp11Of2017From31October2023() {
        LocalDate since = LocalDate.of(2022, 6, 1);
        Finding before = finding(pratama(since, LocalDate.of(2023, 10, 30)), PROTECT).orElseThrow();
        assertThat(before.getLegalBasis()).extracting(LegalBasis::citation)
                .containsExactly("UU 5/2014 Pasal 116 ayat (1)");
        assertThat(before.getFacts()).containsEntry("basis", "UU 5/2014 Pasal 116");
        Finding after = finding(pratama(since, LocalDate.of(2023, 10, 31)), PROTECT).orElseThrow();
        assertThat(after.getLegalBasis()).singleElement().satisfies(b -> {
            assertThat(b.citation()).isEqualTo("PP 11/2017");
            assertThat(b.note()).hasValueSatisfying(n -> assertThat(n).contains("belum diverifikasi"));
        });
        assertThat(after.getMessage()).contains("dasar: PP 11/2017");
    }

    @Test
    void ruleIsNotInForceBeforeUu5Of2014() {
        assertThat(finding(pratama(LocalDate.of(2013, 1, 2), LocalDate.of(2014, 1, 14)), PROTECT)).isEmpty();
        assertThat(finding(pratama(LocalDate.of(2013, 1, 2), LocalDate.of(2014, 1, 15)), PROTECT)).isPresent();
    }

    @Test
    void madyaAndUtamaNeedThePresidentsApproval() {
        ImmutableProposal madya = replacing(PositionLevel.JPT_MADYA, LocalDate.of(2025, 1, 6),
                LocalDate.of(2026, 6, 1));
        Finding f = finding(madya, PROTECT).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getApprovalRequiredFrom()).contains(Approver.PRESIDEN);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2027, 1, 6));
        Approval keppres = Approval.builder().from(Approver.PRESIDEN).reference("Keppres 12/TPA/2026")
                .date(LocalDate.of(2026, 5, 20)).build();
        assertThat(finding(madya.withApprovals(keppres), PROTECT)).isEmpty();
        Finding before = finding(replacing(PositionLevel.JPT_UTAMA, LocalDate.of(2022, 6, 1),
                LocalDate.of(2023, 6, 1)), PROTECT).orElseThrow();
        assertThat(before.getLegalBasis()).extracting(LegalBasis::citation).contains("UU 5/2014 Pasal 116 ayat (2)");
    }

    @Test
    void exceptionGroundWithEvidenceIsWarnedAndWithoutEvidenceIncomplete() {
        ImmutableProposal p = pratama(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 1));
        Finding f = finding(p.withGrounds(Ground.builder().code("PELANGGARAN").evidence("LHP Inspektorat 700/5")
                .build()), PROTECT).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("LHP Inspektorat 700/5");
        assertThat(finding(p.withGrounds(Ground.builder().code("TIDAK_MEMENUHI_SYARAT").build()), PROTECT)
                .orElseThrow().getMissing()).containsExactly("grounds[TIDAK_MEMENUHI_SYARAT].evidence");
    }

    @Test
    void missingInaugurationDateIsIncomplete() {
        ImmutableProposal p = pratama(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 1));
        p = p.withEmployee(employeeOf(p).withCurrentPosition(Position.builder()
                .level(PositionLevel.JPT_PRATAMA).dukcapilUnit(false).build()));
        assertThat(finding(p, PROTECT).orElseThrow().getMissing()).containsExactly("employee.currentPosition.since");
    }

    @Test
    void replacementProposalWhoseEmployeeIsNoJptHolderIsFlagged() {
        ImmutableProposal p = TestProposals.transfer().withAction(Action.JPT_REPLACEMENT);
        assertThat(finding(p, PROTECT).orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(finding(TestProposals.transfer(), PROTECT)).isEmpty();
    }

    @Test
    void promotionOfAJptHolderIsAReplacementToo() {
        ImmutableProposal p = pratama(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 1))
                .withKind(Action.INTO_POSITION.kind()).withAction(Action.INTO_POSITION);
        assertThat(finding(p, PROTECT).orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void rotationOnPerformanceWithTwoExcellentQuartersIsWarnedNotBlocked() {
        ImmutableProposal p = onPerformance(pratama(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 10, 15)),
                q(2025, 2, PerformanceRating.SANGAT_BAIK), q(2025, 3, PerformanceRating.SANGAT_BAIK));
        Report r = CHECKER.check(p, AS_OF);
        assertThat(r.finding(PROTECT)).isEmpty();
        assertThat(r.finding(RELAX).orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.finding(RELAX).orElseThrow().getFacts()).containsEntry("ratings",
                "2025-Q3 SANGAT_BAIK, 2025-Q2 SANGAT_BAIK");
        assertThat(r.getVerdict()).isEqualTo(Verdict.MS);
    }

    @Test
    void aQuarterIsCountedFromTheDayAfterItEnds() {
        PerformanceRecord[] q1q2 = {q(2025, 1, PerformanceRating.SANGAT_BAIK),
                q(2025, 2, PerformanceRating.SANGAT_BAIK), q(2025, 3, PerformanceRating.BAIK)};
        LocalDate since = LocalDate.of(2025, 1, 6);
        assertThat(finding(onPerformance(pratama(since, LocalDate.of(2025, 9, 30)), q1q2), RELAX).orElseThrow()
                .getOutcome()).isEqualTo(Outcome.WARNING);
        Finding f = finding(onPerformance(pratama(since, LocalDate.of(2025, 10, 1)), q1q2), RELAX).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2027, 1, 6));
        assertThat(f.getMessage()).contains("2025-Q3 BAIK");
    }

    @Test
    void inJanuaryTheLastQuartersAreThoseOfTheYearBefore() {
        Finding f = finding(onPerformance(pratama(LocalDate.of(2025, 1, 6), LocalDate.of(2026, 1, 5)),
                q(2025, 3, PerformanceRating.SANGAT_BAIK)), RELAX).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(f.getMissing()).containsExactly("employee.performance[2025-Q4]", "documents[HASIL_SELEKSI]");
    }

    @Test
    void reassessmentResultStandsInForTheQuarterlyRatings() {
        ImmutableProposal p = onPerformance(pratama(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 10, 15)),
                q(2025, 3, PerformanceRating.BAIK)).withDocuments(TransferFixtures.doc(DocumentKind.HASIL_SELEKSI));
        assertThat(finding(p, RELAX).orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void relaxationStartsWithTheCircularOf22September2023() {
        PerformanceRecord[] good = {q(2023, 2, PerformanceRating.SANGAT_BAIK),
                q(2023, 1, PerformanceRating.SANGAT_BAIK)};
        LocalDate since = LocalDate.of(2022, 6, 1);
        Report before = CHECKER.check(onPerformance(pratama(since, LocalDate.of(2023, 9, 21)), good), AS_OF);
        assertThat(before.finding(PROTECT).orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(before.finding(RELAX)).isEmpty();
        Report on = CHECKER.check(onPerformance(pratama(since, LocalDate.of(2023, 9, 22)), good), AS_OF);
        assertThat(on.finding(PROTECT)).isEmpty();
        assertThat(on.finding(RELAX).orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void withTheCircularNotHonouredTheProtectionBlocks() {
        Checker strict = StandardRules.addTo(Checker.builder()).setSwitch(JptRelaxationRule.HONOUR, false).build();
        Report r = strict.check(onPerformance(pratama(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 10, 15)),
                q(2025, 2, PerformanceRating.SANGAT_BAIK), q(2025, 3, PerformanceRating.SANGAT_BAIK)), AS_OF);
        assertThat(r.finding(PROTECT).orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.finding(RELAX)).isEmpty();
    }
}

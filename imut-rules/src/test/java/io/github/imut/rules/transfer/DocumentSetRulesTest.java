package io.github.imut.rules.transfer;

import static io.github.imut.rules.transfer.TransferFixtures.AS_OF;
import static io.github.imut.rules.transfer.TransferFixtures.CHECKER;
import static io.github.imut.rules.transfer.TransferFixtures.doc;
import static io.github.imut.rules.transfer.TransferFixtures.finding;
import static io.github.imut.rules.transfer.TransferFixtures.interAgency;
import static io.github.imut.rules.transfer.TransferFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutablePerformanceRecord;
import io.github.imut.model.ImmutablePeriod;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Initiator;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Period;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSetRulesTest {

    private static ImmutableEmployee employee(ImmutableProposal p) {
        return ImmutableEmployee.copyOf(p.getEmployee());
    }

    @Test
    void completeInterAgencyTransferIsEligible() {
        Report r = CHECKER.check(interAgency(), AS_OF);
        assertThat(r.getVerdict()).as(r.toString()).isEqualTo(Verdict.MS);
        assertThat(r.getFindings()).isEmpty();
    }

    @Test
    void everyMissingDocumentIsNamedByItsOwnRule() {
        String[][] cases = {
            {"SK_PANGKAT_JABATAN", "MUT-DOCS"}, {"SKP", "MUT-DOCS"}, {"USUL_PPK_PENERIMA", "MUT-DOCS"},
            {"PERSETUJUAN_PPK_ASAL", "MUT-DOCS"}, {"ANJAB_ABK", "MUT-ANJAB"}, {"SP_HUKDIS", "MUT-NO-HUKDIS"},
            {"SP_TUBEL", "MUT-NO-TUBEL"}, {"BEBAS_TEMUAN", "MUT-NO-TEMUAN"}};
        for (String[] c : cases) {
            Report r = CHECKER.check(without(interAgency(), DocumentKind.valueOf(c[0])), AS_OF);
            assertThat(r.getVerdict()).as(c[0]).isEqualTo(Verdict.BTL);
            assertThat(r.getFindings()).as(c[0]).singleElement().satisfies(f -> {
                assertThat(f.getRuleId()).isEqualTo(c[1]);
                assertThat(f.getOutcome()).isEqualTo(Outcome.INCOMPLETE);
                assertThat(f.getMissing()).containsExactly("documents[" + c[0] + "]");
                assertThat(f.getMessage()).contains("documents[" + c[0] + "]");
            });
        }
    }

    @Test
    void ppkLettersMayBeRecordedAsApprovalsButThenCannotShowThePosition() {
        ImmutableProposal p = without(interAgency(), DocumentKind.PERSETUJUAN_PPK_ASAL);
        List<Approval> approvals = new ArrayList<>(p.getApprovals());
        approvals.add(Approval.builder().from(Approver.PPK_ASAL).reference("800/77/2026")
                .date(LocalDate.of(2026, 4, 1)).build());
        p = p.withApprovals(approvals);
        Report r = CHECKER.check(p, AS_OF);
        assertThat(r.finding("MUT-DOCS")).isEmpty();
        assertThat(r.finding("MUT-ANJAB").orElseThrow().getMissing())
                .containsExactly("documents[PERSETUJUAN_PPK_ASAL].positionName");
    }

    @Test
    void ownRequestWithinTheAgencyNeedsTheRequestLetterAndTheDocumentSet() {
        ImmutableProposal p = interAgency().withAction(io.github.imut.model.Action.WITHIN_AGENCY)
                .withInitiatedBy(Initiator.OWN_REQUEST).withTarget(TestProposals.transfer().getTarget())
                .withSigner(TestProposals.BUPATI);
        Finding f = finding(p, "MUT-DOCS").orElseThrow();
        assertThat(f.getMissing()).containsExactly("documents[PERMOHONAN]");
        List<Document> docs = new ArrayList<>(p.getDocuments());
        docs.add(doc(DocumentKind.PERMOHONAN));
        assertThat(finding(p.withDocuments(docs), "MUT-DOCS")).isEmpty();
        assertThat(finding(p, "MUT-ANJAB")).isEmpty();
    }

    @Test
    void agencyOrderedMoveWithinTheAgencyNeedsNoDocumentSetButMustSayWhoInitiated() {
        ImmutableProposal p = TestProposals.transfer();
        Report r = CHECKER.check(p, AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.MS);
        Report unknown = CHECKER.check(p.withInitiatedBy(java.util.Optional.empty()), AS_OF);
        assertThat(unknown.getVerdict()).isEqualTo(Verdict.BTL);
        assertThat(unknown.finding("MUT-DOCS").orElseThrow().getMissing()).containsExactly("initiatedBy");
    }

    @Test
    void studyLeaveContainingTheDateBlocksUntilTheDayAfterItEnds() {
        ImmutableProposal p = interAgency();
        ImmutablePeriod leave = Period.builder().from(LocalDate.of(2024, 9, 1)).to(LocalDate.of(2026, 6, 1)).build();
        Finding f = finding(p.withEmployee(employee(p).withStudyLeaves(leave)), "MUT-NO-TUBEL").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 6, 2));
        assertThat(finding(p.withEmployee(employee(p).withStudyLeaves(leave.withTo(LocalDate.of(2026, 5, 31)))),
                "MUT-NO-TUBEL")).isEmpty();
        assertThat(finding(p.withEmployee(employee(p).withStudyLeaves(leave.withTo(java.util.Optional.empty()))),
                "MUT-NO-TUBEL").orElseThrow().getEarliestCompliantDate()).isEmpty();
    }

    @Test
    void serviceBondRunningOnTheDateBlocks() {
        ImmutableProposal p = interAgency();
        Finding f = finding(p.withEmployee(employee(p).withServiceBondUntil(LocalDate.of(2026, 6, 1))),
                "MUT-NO-TUBEL").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2026, 6, 2));
        assertThat(f.getMessage()).contains("ikatan dinas sampai 2026-06-01");
        assertThat(finding(p.withEmployee(employee(p).withServiceBondUntil(LocalDate.of(2026, 5, 31))),
                "MUT-NO-TUBEL")).isEmpty();
    }

    @Test
    void openAuditFindingsBlock() {
        ImmutableProposal p = interAgency();
        assertThat(finding(p.withEmployee(employee(p).withOpenAuditFindings(true)), "MUT-NO-TEMUAN").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(p.withEmployee(employee(p).withOpenAuditFindings(false)), "MUT-NO-TEMUAN")).isEmpty();
    }

    @Test
    void performanceOfTheTwoYearsBeforeTheEffectiveYearMustBeAtLeastGood() {
        ImmutableProposal p = interAgency();
        ImmutablePerformanceRecord y2024 = PerformanceRecord.builder().year(2024).rating(PerformanceRating.BAIK)
                .build();
        Finding f = finding(p.withEmployee(employee(p).withPerformance(y2024, y2024.withYear(2025)
                .withRating(PerformanceRating.BUTUH_PERBAIKAN))), "MUT-SKP-2Y").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getMessage()).contains("2025").contains("BUTUH_PERBAIKAN");
        Finding missing = finding(p.withEmployee(employee(p).withPerformance(y2024.withYear(2025),
                y2024.withYear(2023), y2024.withQuarter(4))), "MUT-SKP-2Y").orElseThrow();
        assertThat(missing.getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(missing.getMissing()).containsExactly("employee.performance[2024]");
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2025, 12, 31)), "MUT-SKP-2Y").orElseThrow()
                .getMissing()).containsExactly("employee.performance[2023]");
    }

    @Test
    void twoRatingsForOneYearAreJudgedByTheWorse() {
        ImmutableProposal p = interAgency();
        List<PerformanceRecord> records = new ArrayList<>(p.getEmployee().getPerformance());
        records.add(PerformanceRecord.builder().year(2024).rating(PerformanceRating.KURANG).build());
        assertThat(finding(p.withEmployee(employee(p).withPerformance(records)), "MUT-SKP-2Y").orElseThrow()
                .getFacts()).containsEntry("rating", PerformanceRating.KURANG);
    }

    @Test
    void bothPpkLettersMustNameTheTargetPosition() {
        ImmutableProposal p = interAgency();
        List<Document> docs = new ArrayList<>();
        for (Document d : p.getDocuments()) {
            docs.add(d.getKind() == DocumentKind.USUL_PPK_PENERIMA
                    ? io.github.imut.model.ImmutableDocument.copyOf(d).withPositionName("Kepala Seksi Lain") : d);
        }
        Finding f = finding(p.withDocuments(docs), "MUT-ANJAB").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getMessage()).contains("Kepala Seksi Lain").contains(TransferFixtures.TARGET_POSITION);
        docs.clear();
        for (Document d : p.getDocuments()) {
            docs.add(d.getKind() == DocumentKind.USUL_PPK_PENERIMA
                    ? io.github.imut.model.ImmutableDocument.copyOf(d).withPositionName(java.util.Optional.empty())
                    : d);
        }
        assertThat(finding(p.withDocuments(docs), "MUT-ANJAB").orElseThrow().getMissing())
                .containsExactly("documents[USUL_PPK_PENERIMA].positionName");
    }

    @Test
    void positionNamesAreComparedIgnoringCaseAndSpacing() {
        assertThat(Transfers.sameName("Kepala  Seksi Umum ", " kepala seksi UMUM")).isTrue();
        assertThat(Transfers.sameName("Kepala Seksi Umum", "Kepala Seksi Umum II")).isFalse();
        assertThat(Transfers.sameName("KepalaSeksi", "Kepala Seksi")).isFalse();
        assertThat(Transfers.sameName("", "  ")).isTrue();
    }
}

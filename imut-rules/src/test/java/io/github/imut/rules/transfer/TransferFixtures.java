package io.github.imut.rules.transfer;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ImmutableDocument;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Initiator;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lawful transfer proposals for the transfer rules' tests. */
final class TransferFixtures {
    static final Checker CHECKER = TestProposals.checker();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final String TARGET_POSITION = "Kepala Seksi Pengendalian Operasional";
    static final Signer GUBERNUR = Signer.builder().role(SignerRole.GUBERNUR).capacity(SignerCapacity.DEFINITIF)
            .regionCode("33").build();

    private TransferFixtures() {
    }

    static Optional<Finding> finding(Proposal p, String ruleId) {
        return CHECKER.check(p, AS_OF).finding(ruleId);
    }

    static ImmutableDocument doc(DocumentKind kind) {
        return Document.builder().kind(kind).reference(kind.name() + "/2026").build();
    }

    /**
     * A complete transfer the agencies ordered from a regency (33.01) to a city (33.74) of the same province,
     * effective 2026-06-01, decided by the governor after the Kanreg BKN's pertek, with every document.
     */
    static ImmutableProposal interAgency() {
        List<Document> docs = new ArrayList<>();
        for (DocumentKind k : new DocumentKind[] {DocumentKind.SK_PANGKAT_JABATAN, DocumentKind.SKP,
                DocumentKind.ANJAB_ABK, DocumentKind.SP_HUKDIS, DocumentKind.SP_TUBEL, DocumentKind.BEBAS_TEMUAN}) {
            docs.add(doc(k));
        }
        docs.add(doc(DocumentKind.USUL_PPK_PENERIMA).withPositionName(TARGET_POSITION));
        docs.add(doc(DocumentKind.PERSETUJUAN_PPK_ASAL).withPositionName(TARGET_POSITION.toUpperCase()));
        return TestProposals.transfer()
                .withAction(Action.BETWEEN_AGENCIES)
                .withInitiatedBy(Initiator.AGENCY)
                .withEmployee(TestProposals.employee().withPerformance(
                        PerformanceRecord.builder().year(2024).rating(PerformanceRating.SANGAT_BAIK).build(),
                        PerformanceRecord.builder().year(2025).rating(PerformanceRating.BAIK).build()))
                .withTarget(Target.builder().position(Position.builder().level(PositionLevel.PENGAWAS)
                        .name(TARGET_POSITION).dukcapilUnit(false).build())
                        .agency(TestProposals.regency("33.74")).build())
                .withSigner(GUBERNUR)
                .withApprovals(Approval.builder().from(Approver.KANREG_BKN).reference("PERTEK-KR1/2026")
                        .date(LocalDate.of(2026, 5, 4)).build())
                .withDocuments(docs);
    }

    /** @return the proposal without documents of {@code kind} */
    static ImmutableProposal without(ImmutableProposal p, DocumentKind kind) {
        List<Document> docs = new ArrayList<>();
        for (Document d : p.getDocuments()) {
            if (d.getKind() != kind) {
                docs.add(d);
            }
        }
        return p.withDocuments(docs);
    }
}

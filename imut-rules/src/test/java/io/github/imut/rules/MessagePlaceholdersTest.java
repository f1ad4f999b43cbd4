package io.github.imut.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Checker;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleModule;
import io.github.imut.internal.Template;
import io.github.imut.model.Action;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Agency;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableSigner;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Initiator;
import io.github.imut.model.PartyRole;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.RelatedParty;
import io.github.imut.model.Relation;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import io.github.imut.rules.election.ElectionModule;
import io.github.imut.rules.transfer.TransferModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every message of the election and transfer rules that a varied set of proposals produces names only facts its
 * evaluation gives (or the checker adds), in both languages; and those proposals reach most message keys (the rest
 * need a non-default switch or a narrow date and are covered by the rules' own tests).
 */
class MessagePlaceholdersTest {
    private static final Set<String> ADDED = Set.of("ruleId", "title", "missing", "approvalRequiredFrom",
            "earliestCompliantDate");

    private static List<Proposal> proposals() {
        List<Proposal> out = new ArrayList<>();
        ImmutableProposal base = TestProposals.transfer();
        ImmutableSigner pj = Signer.builder().role(SignerRole.PJ_BUPATI).regionCode(TestProposals.REGION).build();
        Agency city = TestProposals.regency("33.74").withKind(AgencyKind.CITY);
        ImmutableTarget cityTarget = Target.builder().position(Position.builder().level(PositionLevel.PENGAWAS)
                .name("Kepala Seksi A").dukcapilUnit(false).build()).agency(city).build();
        List<Document> docs = new ArrayList<>();
        for (DocumentKind k : DocumentKind.values()) {
            docs.add(Document.builder().kind(k).reference("R").positionName("Kepala Seksi B").build());
        }
        ImmutableProposal between = base.withAction(Action.BETWEEN_AGENCIES).withTarget(cityTarget);
        for (LocalDate d : new LocalDate[] {LocalDate.of(2022, 9, 14), LocalDate.of(2023, 6, 5),
                LocalDate.of(2024, 5, 2), LocalDate.of(2025, 4, 14), LocalDate.of(2026, 6, 1),
                LocalDate.of(2029, 6, 1)}) {
            out.add(base.withEffectiveDate(d));
            out.add(base.withEffectiveDate(d).withSigner(pj));
            out.add(base.withEffectiveDate(d).withDecisionDate(d.minusDays(3)));
            out.add(base.withEffectiveDate(d).withTarget(ImmutableTarget.copyOf(base.getTarget().orElseThrow())
                    .withAssignment(AssignmentType.PLT)));
            out.add(between.withEffectiveDate(d).withSigner(pj));
            out.add(between.withEffectiveDate(d).withSigner(pj.withRegionCode("33.74")));
            out.add(base.withEffectiveDate(d).withApprovals(Approval.builder().from(Approver.MENDAGRI)
                    .reference("M/1").date(d.minusDays(1)).build()).withSigner(pj));
        }
        out.add(base.withSigner(Signer.builder().role(SignerRole.SEKDA).capacity(SignerCapacity.DEFINITIF)
                .regionCode(TestProposals.REGION).build()));
        out.add(base.withSigner(TestProposals.BUPATI.withCapacity(SignerCapacity.PLH)).withApprovals(
                Approval.builder().from(Approver.BKN).reference("B/1").date(LocalDate.of(2026, 5, 1)).build()));
        out.add(base.withSigner(TestProposals.BUPATI.withCapacity(SignerCapacity.PLT)));
        out.add(base.withRelatedParties(RelatedParty.builder().relation(Relation.SPOUSE).role(PartyRole.SIGNER)
                .build()));
        for (PositionLevel level : new PositionLevel[] {PositionLevel.JPT_PRATAMA, PositionLevel.JPT_MADYA,
                PositionLevel.AHLI_UTAMA, PositionLevel.ADMINISTRATOR}) {
            for (boolean dukcapil : new boolean[] {true, false}) {
                ImmutableProposal p = base.withAction(Action.JPT_REPLACEMENT).withEmployee(TestProposals.employee()
                        .withCurrentPosition(Position.builder().level(level).dukcapilUnit(dukcapil)
                                .since(LocalDate.of(2025, 9, 1)).build()));
                out.add(p);
                out.add(p.withTarget(Target.builder().position(Position.builder().level(level).name("X")
                        .dukcapilUnit(dukcapil).build()).build()));
                out.add(p.withGrounds(Ground.builder().code("PELANGGARAN").evidence("E").build()));
                out.add(p.withGrounds(Ground.builder().code("KINERJA").build()));
                out.add(p.withGrounds(Ground.builder().code("KINERJA").build()).withDocuments(docs));
                out.add(p.withGrounds(Ground.builder().code("KINERJA").build()).withEmployee(TestProposals.employee()
                        .withCurrentPosition(Position.builder().level(level).dukcapilUnit(dukcapil)
                                .since(LocalDate.of(2025, 9, 1)).build()).withPerformance(
                                PerformanceRecord.builder().year(2026).quarter(1).rating(PerformanceRating.BAIK)
                                        .build(),
                                PerformanceRecord.builder().year(2026).quarter(2)
                                        .rating(PerformanceRating.SANGAT_BAIK).build())));
                out.add(p.withGrounds(Ground.builder().code("KINERJA").build()).withEmployee(TestProposals.employee()
                        .withCurrentPosition(Position.builder().level(level).dukcapilUnit(dukcapil)
                                .since(LocalDate.of(2025, 9, 1)).build()).withPerformance(
                                PerformanceRecord.builder().year(2026).quarter(1)
                                        .rating(PerformanceRating.SANGAT_BAIK).build(),
                                PerformanceRecord.builder().year(2026).quarter(2)
                                        .rating(PerformanceRating.SANGAT_BAIK).build())));
                out.add(p.withApprovals(Approval.builder().from(Approver.PRESIDEN).reference("K/1")
                        .date(LocalDate.of(2026, 1, 1)).build(), Approval.builder().from(Approver.DIRJEN_DUKCAPIL)
                        .reference("D/1").date(LocalDate.of(2026, 1, 1)).build()));
                out.add(p.withSigner(Signer.builder().role(SignerRole.MENDAGRI).capacity(SignerCapacity.DEFINITIF)
                        .build()));
                out.add(p.withSigner(Signer.builder().role(SignerRole.PRESIDEN).capacity(SignerCapacity.DEFINITIF)
                        .build()));
            }
        }
        for (Initiator by : Initiator.values()) {
            for (EmploymentStatus status : EmploymentStatus.values()) {
                ImmutableProposal p = between.withInitiatedBy(by).withEmployee(TestProposals.employee()
                        .withStatus(status).withStudyLeaves(Period.builder().from(LocalDate.of(2025, 1, 1))
                                .build()).withOpenAuditFindings(true).withPerformance(PerformanceRecord.builder()
                                .year(2025).rating(PerformanceRating.KURANG).build()));
                out.add(p);
                out.add(p.withDocuments(docs));
                out.add(p.withDocuments(docs).withEmployee(TestProposals.employee().withStatus(status)
                        .withServiceBondUntil(LocalDate.of(2027, 1, 1))));
                out.add(p.withDocuments(docs).withEmployee(TestProposals.employee().withStatus(status)
                        .withStudyLeaves(Period.builder().from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2026, 8, 31))
                                .build())));
                out.add(base.withInitiatedBy(by).withEmployee(TestProposals.employee().withStatus(status)
                        .withTmtPns(LocalDate.of(2020, 1, 1))).withGrounds(Ground.builder()
                        .code("PERAMPINGAN_ORGANISASI").evidence("P").build()));
                out.add(between.withInitiatedBy(by).withEmployee(TestProposals.employee().withStatus(status)
                        .withTmtPns(LocalDate.of(2020, 1, 1))));
                out.add(base.withInitiatedBy(by).withEmployee(TestProposals.employee().withStatus(status)));
            }
        }
        Signer gubernur = Signer.builder().role(SignerRole.GUBERNUR).capacity(SignerCapacity.DEFINITIF)
                .regionCode("33").build();
        Signer mendagri = Signer.builder().role(SignerRole.MENDAGRI).capacity(SignerCapacity.DEFINITIF).build();
        for (Agency to : new Agency[] {city, TestProposals.regency("32.04"), TestProposals.central(),
                TestProposals.regency(TestProposals.REGION)}) {
            for (Signer s : new Signer[] {gubernur, mendagri, TestProposals.BUPATI}) {
                ImmutableProposal p = between.withTarget(cityTarget.withAgency(to)).withSigner(s).withDocuments(docs);
                out.add(p);
                out.add(p.withApprovals(Approval.builder().from(Approver.BKN).reference("B/2")
                        .date(LocalDate.of(2026, 5, 1)).build()));
            }
        }
        out.add(base.withEmployee(TestProposals.employee().withAgency(TestProposals.central()))
                .withSigner(Signer.builder().role(SignerRole.PEJABAT_YANG_BERWENANG).build()));
        out.add(base.withSigner(TestProposals.BUPATI.withRegionCode("33.02")));
        for (LocalDate since : new LocalDate[] {LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1)}) {
            out.add(base.withEmployee(TestProposals.employee().withCurrentPosition(Position.builder()
                    .level(PositionLevel.PENGAWAS).dukcapilUnit(false).since(since).build())));
        }
        out.add(base.withEmployee(TestProposals.employee().withCurrentPosition(Position.builder()
                .level(PositionLevel.PENGAWAS).dukcapilUnit(false).build())));
        return out;
    }

    @Test
    void messagesNameOnlyTheFactsTheirEvaluationsGive() {
        Checker checker = TestProposals.checker();
        Set<String> used = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (RuleModule m : List.<RuleModule>of(new ElectionModule(), new TransferModule())) {
            ResourceBundle id = ResourceBundle.getBundle(m.messageBundle(), Locale.forLanguageTag("id"));
            ResourceBundle en = ResourceBundle.getBundle(m.messageBundle(), Locale.ENGLISH);
            for (Proposal p : proposals()) {
                CheckContext ctx = CheckContext.of(LocalDate.of(2026, 11, 23), p.getEffectiveDate(),
                        checker.parameters(), checker.calendar(), checker.switches());
                for (Rule r : m.rules()) {
                    if (!r.descriptor().appliesTo(p.getAction()) || !r.descriptor().inForce()
                            .contains(p.getEffectiveDate())) {
                        continue;
                    }
                    Evaluation e = r.evaluate(p, ctx);
                    String key = r.descriptor().id() + "." + e.messageKey();
                    if (e.isNotApplicable() || !id.containsKey(key)) {
                        continue;
                    }
                    used.add(key);
                    for (ResourceBundle b : List.of(id, en)) {
                        for (String name : Template.parse(b.getString(key)).placeholders()) {
                            boolean given = e.facts().containsKey(name) || ADDED.contains(name)
                                    && (!name.equals("earliestCompliantDate") || e.earliestCompliantDate()
                                    .isPresent()) && (!name.equals("missing") || !e.missing().isEmpty());
                            if (!given) {
                                problems.add(key + " (" + b.getLocale() + ") lacks {" + name + "}");
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(used).hasSizeGreaterThan(60);
    }
}

package io.github.imut.rules.appointment;

import static io.github.imut.rules.appointment.Fixtures.current;
import static io.github.imut.rules.appointment.Fixtures.d;
import static io.github.imut.rules.appointment.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Finding;
import io.github.imut.check.Language;
import io.github.imut.check.Rule;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutablePosition;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.RestrictedField;
import io.github.imut.rules.TestProposals;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every message key of the appointment bundle is reached by a proposal, and every one renders in Indonesian and
 * English with all its placeholders filled.
 */
class MessagesTest {
    private static final Checker ID = TestProposals.checker().withPasses(true);
    private static final Checker EN = ID.withLanguage(Language.EN);
    private final Set<String> reached = new HashSet<>();

    private void expect(Rule rule, Proposal p, String key) {
        Evaluation e = Fixtures.evaluate(rule, p);
        String id = rule.descriptor().id();
        assertThat(e.isNotApplicable()).as(id + "." + key).isFalse();
        assertThat(e.messageKey()).as(id).isEqualTo(key);
        for (Checker c : new Checker[] {ID, EN}) {
            Finding f = c.check(p, Fixtures.AS_OF).finding(id).orElseThrow();
            assertThat(f.getMessage()).as(id + "." + key + " " + c.language()).doesNotContain("{")
                    .doesNotStartWith("[");
        }
        reached.add(id + "." + key);
    }

    private static ImmutableEmployee e(ImmutableProposal p) {
        return ImmutableEmployee.copyOf(p.getEmployee());
    }

    private static ImmutableProposal status(ImmutableProposal p, EmploymentStatus s) {
        return p.withEmployee(e(p).withStatus(s));
    }

    private static ImmutableProposal education(ImmutableProposal p, EducationLevel l) {
        return p.withEmployee(e(p).withEducation(Education.builder().level(l).build()));
    }

    private static ImmutableProposal failedHealth(ImmutableProposal p) {
        return p.withEmployee(e(p).withAssessments(AssessmentResult.builder().kind(AssessmentKind.HEALTH)
                .passed(false).build()));
    }

    private static ImmutableProposal field(ImmutableProposal p, RestrictedField f) {
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().get()).withPosition(
                ImmutablePosition.copyOf(p.getTarget().get().getPosition()).withRestrictedField(f)));
    }

    private static final Approval PRESIDENT = Approval.builder().from(Approver.PRESIDEN).reference("B-1/2026")
            .date(d("2026-05-01")).build();

    private void jpt(JptRequirementRule rule, PositionLevel level, PositionLevel qualifying) {
        ImmutableProposal base = Fixtures.into(level);
        base = base.withEmployee(e(base).withCurrentPosition(current(qualifying, "2010-01-04", true))
                .withPositionHistory());
        expect(rule, status(base, EmploymentStatus.CPNS), "status");
        expect(rule, education(base, EducationLevel.D3), "education");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(qualifying, "2025-01-06", true))),
                "experience");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(qualifying, "2010-01-04", false))),
                "experienceClosed");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(qualifying, "2025-01-06", true))
                .withPositionHistory(record(PositionLevel.PELAKSANA, "2000-03-01", "2025-01-05", true))),
                "priorPosition");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(PositionLevel.PELAKSANA, "2020-01-06",
                true)).withPositionHistory(record(qualifying, "2018-01-01", "2019-06-30", true),
                record(PositionLevel.PELAKSANA, "2000-03-01", "2017-12-31", true))), "priorPositionClosed");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(level, "2010-01-04", true))),
                "priorPositionAssumed");
        expect(rule, base.withEmployee(e(base).withBirthDate(d("1960-01-01"))), "age");
        expect(rule, failedHealth(base), "healthFailed");
        expect(rule, education(base, EducationLevel.D3).withApprovals(PRESIDENT), "waived");
    }

    private void administration(AdministrationRequirementRule rule, PositionLevel level, PositionLevel qualifying) {
        ImmutableProposal base = Fixtures.into(level);
        base = base.withEmployee(e(base).withCurrentPosition(current(qualifying, "2015-01-05", true))
                .withPositionHistory());
        expect(rule, status(base, EmploymentStatus.PPPK), "status");
        expect(rule, education(base, EducationLevel.SLTA), "education");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(qualifying, "2025-01-06", true))),
                "priorPosition");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(qualifying, "2015-01-05", false))),
                "priorPositionClosed");
        expect(rule, base.withEmployee(e(base).withCurrentPosition(current(level, "2015-01-05", true))),
                "priorPositionAssumed");
        expect(rule, base.withEmployee(e(base).withPerformance(Fixtures.ratings(2024, PerformanceRating.KURANG,
                2025, PerformanceRating.BAIK))), "performance");
        expect(rule, failedHealth(base), "healthFailed");
    }

    @Test
    void everyKeyIsReachedAndRendersInBothLanguages() {
        jpt(JptRequirementRule.utama(), PositionLevel.JPT_UTAMA, PositionLevel.JPT_MADYA);
        jpt(JptRequirementRule.madya(), PositionLevel.JPT_MADYA, PositionLevel.JPT_PRATAMA);
        jpt(JptRequirementRule.pratama(), PositionLevel.JPT_PRATAMA, PositionLevel.ADMINISTRATOR);
        administration(AdministrationRequirementRule.administrator(), PositionLevel.ADMINISTRATOR,
                PositionLevel.PENGAWAS);
        administration(AdministrationRequirementRule.pengawas(), PositionLevel.PENGAWAS, PositionLevel.PELAKSANA);

        PelaksanaRequirementRule pelaksana = new PelaksanaRequirementRule();
        ImmutableProposal pel = Fixtures.into(PositionLevel.PELAKSANA);
        expect(pelaksana, pel, "missingData");
        expect(pelaksana, education(pel, EducationLevel.SD).withEmployee(e(education(pel, EducationLevel.SD))
                .withAssessments(AssessmentResult.builder().kind(AssessmentKind.TECHNICAL_TRAINING).passed(true)
                        .build())), "unmet");

        ConcurrentPositionRule rangkap = new ConcurrentPositionRule();
        ImmutableProposal jf = Fixtures.into(PositionLevel.AHLI_MUDA);
        expect(rangkap, jf.withTarget(ImmutableTarget.copyOf(jf.getTarget().get()).withConcurrent(true)),
                "concurrent");

        FunctionalTransferRule pindah = new FunctionalTransferRule();
        ImmutableProposal base = Fixtures.into(PositionLevel.AHLI_MUDA);
        expect(pindah, status(base, EmploymentStatus.CPNS), "status");
        expect(pindah, education(base, EducationLevel.D3), "education");
        expect(pindah, base.withEmployee(e(base).withCurrentPosition(current(PositionLevel.PENGAWAS, "2025-06-02",
                true)).withPositionHistory()), "experience");
        expect(pindah, base.withEmployee(e(base).withCurrentPosition(current(PositionLevel.PENGAWAS, "2025-06-02",
                false)).withPositionHistory()), "experienceClosed");
        expect(pindah, base.withEmployee(e(base).withPerformance(Fixtures.ratings(2024, PerformanceRating.BAIK,
                2025, PerformanceRating.SANGAT_KURANG))), "performance");
        expect(pindah, failedHealth(base), "healthFailed");
        expect(pindah, base.withEmployee(e(base).withBirthDate(d("1970-01-01"))), "age");
        expect(pindah, base.withEmployee(e(base).withAssessments(AssessmentResult.builder()
                .kind(AssessmentKind.COMPETENCY_TEST).passed(false).build())), "competencyFailed");
        expect(pindah, Fixtures.into(PositionLevel.AHLI_UTAMA), "noAgeLimit");

        NonAsnBanRule ban = new NonAsnBanRule();
        expect(ban, status(Fixtures.into(PositionLevel.PELAKSANA), EmploymentStatus.NON_ASN), "nonAsn");
        expect(ban, status(Fixtures.into(PositionLevel.PELAKSANA), EmploymentStatus.TNI), "tniPolri");

        NonPnsJptRule nonPns = new NonPnsJptRule();
        ImmutableProposal outside = field(status(Fixtures.into(PositionLevel.JPT_UTAMA), EmploymentStatus.PPPK),
                RestrictedField.NONE);
        expect(nonPns, status(Fixtures.into(PositionLevel.JPT_PRATAMA), EmploymentStatus.PPPK), "pratama");
        expect(nonPns, field(outside, RestrictedField.SECURITY), "restrictedField");
        expect(nonPns, education(outside, EducationLevel.S1), "education");
        expect(nonPns, outside.withEmployee(e(outside).withCurrentPosition(current(PositionLevel.AHLI_MADYA,
                "2020-01-06", null)).withPositionHistory()), "experience");
        // a current post taken up only after the inauguration date adds nothing
        expect(nonPns, outside.withEmployee(e(outside).withCurrentPosition(current(PositionLevel.AHLI_MADYA,
                "2026-07-01", null)).withPositionHistory(record(PositionLevel.AHLI_MADYA, "2015-01-05",
                "2020-01-06", null))), "experienceClosed");
        expect(nonPns, outside.withEmployee(e(outside).withBirthDate(d("1960-01-01"))), "age");
        expect(nonPns, field(status(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.PPPK),
                RestrictedField.NONE), "needsApproval");

        OpenSelectionRule selection = new OpenSelectionRule();
        ImmutableProposal jpt = Fixtures.into(PositionLevel.JPT_PRATAMA).withDocuments();
        expect(selection, jpt, "noSelection");
        expect(selection, jpt.withEmployee(e(jpt).withAssessments(AssessmentResult.builder()
                .kind(AssessmentKind.OPEN_SELECTION).passed(false).build())), "selectionFailed");

        ImmutableProposal cpns = Fixtures.into(PositionLevel.AHLI_PERTAMA).withAction(Action.CPNS_TO_PNS);
        cpns = cpns.withEmployee(e(cpns).withStatus(EmploymentStatus.CPNS).withTmtCpns(d("2026-01-01"))
                .withNip(io.github.imut.model.Nip.of(Fixtures.BIRTH, java.time.YearMonth.of(2026, 1),
                        io.github.imut.model.Gender.MALE, 7)));
        expect(new ProbationRule(), cpns, "probation");
        expect(new ProbationRule(), status(cpns, EmploymentStatus.PNS), "notCpns");
        expect(CpnsExaminationRule.training(), cpns.withEmployee(e(cpns).withAssessments(AssessmentResult.builder()
                .kind(AssessmentKind.LATSAR).passed(false).build())), "latsarFailed");
        expect(CpnsExaminationRule.health(), failedHealth(cpns), "healthFailed");

        PppkPositionRule pppk = new PppkPositionRule();
        ImmutableProposal p3k = status(Fixtures.into(PositionLevel.AHLI_PERTAMA), EmploymentStatus.PPPK)
                .withAction(Action.PPPK_INTO_POSITION)
                .withEmployee(e(Fixtures.into(PositionLevel.AHLI_PERTAMA)).withStatus(EmploymentStatus.PPPK)
                        .withNip(io.github.imut.model.Nip.parse("197506152024211007")));
        ImmutableProposal pnsAsPppk = status(p3k, EmploymentStatus.PNS);
        expect(pppk, pnsAsPppk, "notPppk");
        expect(pppk, retarget(p3k, PositionLevel.JPT_PRATAMA), "jptPratama");
        expect(pppk, retarget(p3k, PositionLevel.PENGAWAS), "administration");
        expect(pppk, retarget(p3k, PositionLevel.PELAKSANA), "pelaksana");
        expect(pppk, field(retarget(p3k, PositionLevel.JPT_MADYA), RestrictedField.DEFENCE), "restrictedField");
        expect(pppk, field(retarget(p3k, PositionLevel.JPT_MADYA), RestrictedField.NONE), "jptPost");

        PppkAgeRule age = new PppkAgeRule();
        expect(age, p3k.withEmployee(e(p3k).withBirthDate(d("2010-01-01"))), "tooYoung");
        expect(age, p3k.withEmployee(e(p3k).withBirthDate(d("1960-01-01"))), "tooOld");

        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle bundle = ResourceBundle.getBundle("io.github.imut.rules.appointment.messages",
                Locale.forLanguageTag("id"), noFallback);
        assertThat(reached).containsExactlyInAnyOrderElementsOf(bundle.keySet());
    }

    private static ImmutableProposal retarget(ImmutableProposal p, PositionLevel level) {
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().get()).withPosition(
                ImmutablePosition.builder().level(level).name("Jabatan tujuan").build()));
    }

    @Test
    void documentsTheKeysOfGenericOutcomes() {
        // INCOMPLETE uses the core message "finding.incomplete": no rule-specific key is needed
        Evaluation e = Fixtures.evaluate(new ProbationRule(), Fixtures.into(PositionLevel.AHLI_PERTAMA)
                .withAction(Action.CPNS_TO_PNS).withDocuments(Fixtures.doc(DocumentKind.SURAT_SEHAT))
                .withEmployee(Fixtures.pns().withTmtCpns(java.util.Optional.empty())));
        assertThat(e.messageKey()).isEqualTo("incomplete");
    }
}

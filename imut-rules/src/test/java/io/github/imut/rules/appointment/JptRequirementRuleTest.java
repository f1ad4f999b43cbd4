package io.github.imut.rules.appointment;

import static io.github.imut.rules.appointment.Fixtures.current;
import static io.github.imut.rules.appointment.Fixtures.d;
import static io.github.imut.rules.appointment.Fixtures.evaluate;
import static io.github.imut.rules.appointment.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Finding;
import io.github.imut.check.Language;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Nip;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class JptRequirementRuleTest {
    private static final JptRequirementRule PRATAMA = JptRequirementRule.pratama();
    private static final JptRequirementRule MADYA = JptRequirementRule.madya();
    private static final JptRequirementRule UTAMA = JptRequirementRule.utama();
    private static final Checker CHECKER = TestProposals.checker();

    private static ImmutableProposal pratama() {
        return Fixtures.into(PositionLevel.JPT_PRATAMA);
    }

    private static ImmutableProposal pratamaOn(String date, ImmutableEmployee e) {
        return pratama().withEffectiveDate(d(date)).withEmployee(e);
    }

    private static ImmutableEmployee bornOn(LocalDate birth) {
        return Fixtures.pns().withBirthDate(birth).withNip(Nip.of(birth, YearMonth.of(2000, 3), Gender.MALE, 7));
    }

    /** Pengawas 2019-03-01..2021-02-28 (2 years), a year's gap, administrator from 2022-03-01: 5 years 2025-03-01. */
    private static ImmutableEmployee experienceCompletingOn20250301() {
        return Fixtures.pns().withCurrentPosition(current(PositionLevel.ADMINISTRATOR, "2022-03-01", true))
                .withPositionHistory(record(PositionLevel.PENGAWAS, "2019-03-01", "2021-02-28", true));
    }

    @Test
    void lawfulPratamaPasses() {
        assertThat(evaluate(PRATAMA, pratama()).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void fiveYearsRelatedExperienceAreIncompleteTheDayBeforeTheyAddUp() {
        Evaluation e = evaluate(PRATAMA, pratamaOn("2025-02-28", experienceCompletingOn20250301()));
        assertThat(e.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(e.messageKey()).isEqualTo("experience");
        assertThat(e.earliestCompliantDate()).contains(d("2025-03-01"));
        assertThat(e.facts()).containsEntry("experienceCompleteOn", d("2025-03-01"))
                .containsEntry("requiredExperienceYears", 5).containsEntry("experienceYears", 4)
                .containsEntry("unmet", "experience");
    }

    @Test
    void fiveYearsRelatedExperienceAreCompleteOnTheDayTheyAddUp() {
        assertThat(evaluate(PRATAMA, pratamaOn("2025-03-01", experienceCompletingOn20250301())).outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void overlappingRelatedPositionsAreCountedOnce() {
        // two related posts held at the same time 2021-03-01..2022-02-28 add nothing to the administrator post
        ImmutableEmployee e = experienceCompletingOn20250301().withPositionHistory(
                record(PositionLevel.PENGAWAS, "2019-03-01", "2021-02-28", true),
                record(PositionLevel.AHLI_MUDA, "2019-03-01", "2020-02-28", true));
        assertThat(evaluate(PRATAMA, pratamaOn("2025-02-28", e)).earliestCompliantDate())
                .contains(d("2025-03-01"));
    }

    @Test
    void unrelatedPositionsDoNotCountAsRelatedExperience() {
        ImmutableEmployee e = experienceCompletingOn20250301().withPositionHistory(
                record(PositionLevel.PENGAWAS, "2019-03-01", "2021-02-28", false));
        Evaluation r = evaluate(PRATAMA, pratamaOn("2025-03-01", e));
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.earliestCompliantDate()).contains(d("2027-03-01"));
    }

    @Test
    void unstatedRelatednessIsIncompleteOnlyWhereItDecides() {
        ImmutableEmployee e = experienceCompletingOn20250301().withPositionHistory(
                PositionRecord.builder().level(PositionLevel.PENGAWAS).from(d("2019-03-01")).to(d("2021-02-28"))
                        .build());
        Evaluation r = evaluate(PRATAMA, pratamaOn("2025-03-01", e));
        assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(r.missing()).containsExactly("employee.positionHistory[0].relatedToTarget");
        // the current post alone gives the 5 years from 2027-03-01: then the old post's relatedness does not matter
        assertThat(evaluate(PRATAMA, pratamaOn("2027-03-01", e)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void twoYearsAsAdministratorCompleteOnTheSecondAnniversary() {
        ImmutableEmployee e = Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.ADMINISTRATOR, "2024-07-01", true));
        Evaluation before = evaluate(PRATAMA, pratamaOn("2026-06-30", e));
        assertThat(before.messageKey()).isEqualTo("priorPosition");
        assertThat(before.earliestCompliantDate()).contains(d("2026-07-01"));
        assertThat(before.facts()).containsEntry("priorLevels", "ADMINISTRATOR, AHLI_MADYA")
                .containsEntry("priorPositionYears", 1).containsEntry("priorPositionMonths", 11);
        assertThat(evaluate(PRATAMA, pratamaOn("2026-07-01", e)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void jfAhliMadyaCountsAsQualifyingPriorPost() {
        ImmutableEmployee e = Fixtures.pns().withCurrentPosition(current(PositionLevel.AHLI_MADYA, "2023-01-02", true));
        assertThat(evaluate(PRATAMA, pratamaOn("2025-01-02", e)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(PRATAMA, pratamaOn("2025-01-01", e)).messageKey()).isEqualTo("priorPosition");
    }

    @Test
    void pastPriorPostWithNoOngoingTimeHasNoCompliantDate() {
        ImmutableEmployee e = Fixtures.pns().withCurrentPosition(current(PositionLevel.PELAKSANA, "2020-01-01", true))
                .withPositionHistory(record(PositionLevel.ADMINISTRATOR, "2018-01-01", "2019-06-30", true),
                        record(PositionLevel.PENGAWAS, "2010-01-01", "2017-12-31", true));
        Evaluation r = evaluate(PRATAMA, pratamaOn("2026-06-01", e));
        assertThat(r.messageKey()).isEqualTo("priorPositionClosed");
        assertThat(r.earliestCompliantDate()).isEmpty();
    }

    @Test
    void timeInAHigherLevelOnlyWarns() {
        ImmutableEmployee e = Fixtures.pns().withCurrentPosition(current(PositionLevel.JPT_PRATAMA, "2022-01-03", true))
                .withPositionHistory(record(PositionLevel.PENGAWAS, "2012-01-02", "2022-01-02", true));
        Evaluation r = evaluate(PRATAMA, pratamaOn("2026-06-01", e));
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.messageKey()).isEqualTo("priorPositionAssumed");
        assertThat(r.facts()).containsEntry("assumedLevels", "JPT_PRATAMA");
    }

    @Test
    void educationBelowS1Fails() {
        ImmutableEmployee e = Fixtures.pns().withEducation(Education.builder().level(EducationLevel.D3).build());
        Evaluation r = evaluate(PRATAMA, pratama().withEmployee(e));
        assertThat(r.messageKey()).isEqualTo("education");
        assertThat(r.facts()).containsEntry("requiredEducation", "S1/D-IV").containsEntry("education",
                EducationLevel.D3);
        assertThat(r.earliestCompliantDate()).isEmpty();
    }

    @Test
    void diplomaFourCountsAsS1() {
        ImmutableEmployee e = Fixtures.pns().withEducation(Education.builder().level(EducationLevel.D4).build());
        assertThat(evaluate(PRATAMA, pratama().withEmployee(e)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void ageFiftySixInWholeYearsLastsUntilTheDayBeforeTheFiftySeventhBirthday() {
        ImmutableEmployee e = bornOn(d("1970-07-15"));
        assertThat(evaluate(PRATAMA, pratamaOn("2027-07-14", e)).outcome()).isEqualTo(Outcome.PASS);
        Evaluation on = evaluate(PRATAMA, pratamaOn("2027-07-15", e));
        assertThat(on.messageKey()).isEqualTo("age");
        assertThat(on.facts()).containsEntry("age", 57).containsEntry("maxAge", 56)
                .containsEntry("lastEligibleDay", d("2027-07-14"));
        assertThat(on.earliestCompliantDate()).isEmpty();
    }

    @Test
    void strictSwitchEndsTheAgeLimitOnTheFiftySixthBirthday() {
        ImmutableEmployee e = bornOn(d("1970-07-15"));
        assertThat(evaluate(PRATAMA, pratamaOn("2026-07-15", e), JptRequirementRule.AGE_STRICT).outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(evaluate(PRATAMA, pratamaOn("2026-07-16", e), JptRequirementRule.AGE_STRICT).messageKey())
                .isEqualTo("age");
    }

    @Test
    void bornOnTwentyNinthFebruaryTurnsFiftySevenOnTwentyEighthFebruary() {
        ImmutableEmployee e = bornOn(d("1968-02-29"));
        assertThat(evaluate(PRATAMA, pratamaOn("2025-02-27", e)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(PRATAMA, pratamaOn("2025-02-28", e)).messageKey()).isEqualTo("age");
    }

    @Test
    void strictUtamaLimitForTwentyNinthFebruaryEndsOnTwentyEighthFebruary() {
        ImmutableProposal p = Fixtures.into(PositionLevel.JPT_UTAMA).withEmployee(bornOn(d("1968-02-29"))
                .withCurrentPosition(current(PositionLevel.JPT_MADYA, "2020-01-06", true)));
        assertThat(evaluate(UTAMA, p.withEffectiveDate(d("2026-02-28")), JptRequirementRule.AGE_STRICT).outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(evaluate(UTAMA, p.withEffectiveDate(d("2026-03-01")), JptRequirementRule.AGE_STRICT)
                .messageKey()).isEqualTo("age");
        assertThat(evaluate(UTAMA, p.withEffectiveDate(d("2027-02-27"))).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(UTAMA, p.withEffectiveDate(d("2027-02-28"))).messageKey()).isEqualTo("age");
    }

    @Test
    void noCompliantDateWhenTheAgeLimitComesFirst() {
        // 2 years as administrator complete on 2027-09-01, but the 57th birthday is 2027-07-15
        ImmutableEmployee e = bornOn(d("1970-07-15"))
                .withCurrentPosition(current(PositionLevel.ADMINISTRATOR, "2025-09-01", true));
        Evaluation r = evaluate(PRATAMA, pratamaOn("2026-06-01", e));
        assertThat(r.messageKey()).isEqualTo("priorPosition");
        assertThat(r.earliestCompliantDate()).isEmpty();
        ImmutableEmployee younger = bornOn(d("1975-07-15"))
                .withCurrentPosition(current(PositionLevel.ADMINISTRATOR, "2025-09-01", true));
        assertThat(evaluate(PRATAMA, pratamaOn("2026-06-01", younger)).earliestCompliantDate())
                .contains(d("2027-09-01"));
    }

    @Test
    void earliestDateIsTheLaterOfTwoTimeRequirements() {
        ImmutableEmployee e = Fixtures.pns().withCurrentPosition(current(PositionLevel.ADMINISTRATOR, "2025-01-06",
                true)).withPositionHistory(record(PositionLevel.PELAKSANA, "2022-01-03", "2025-01-05", true));
        Evaluation r = evaluate(PRATAMA, pratamaOn("2026-06-01", e));
        assertThat(r.facts()).containsEntry("unmet", "experience, priorPosition");
        assertThat(r.earliestCompliantDate()).contains(d("2027-01-06"));
    }

    @Test
    void presidentialApprovalWaivesUnmetRequirements() {
        ImmutableProposal p = pratama().withEmployee(Fixtures.pns().withEducation(
                Education.builder().level(EducationLevel.D3).build()))
                .withApprovals(Approval.builder().from(Approver.PRESIDEN).reference("B-123/M/D-3/2026")
                        .date(d("2026-05-20")).build());
        Evaluation r = evaluate(PRATAMA, p);
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.messageKey()).isEqualTo("waived");
        assertThat(r.basis()).extracting(LegalBasis::citation).contains("PP 11/2017 Pasal 107 ayat (2)");
    }

    @Test
    void approvalDatedAfterTheInaugurationDoesNotWaive() {
        ImmutableProposal p = pratama().withEmployee(Fixtures.pns().withEducation(
                Education.builder().level(EducationLevel.D3).build()))
                .withApprovals(Approval.builder().from(Approver.PRESIDEN).reference("B-123")
                        .date(d("2026-06-02")).build());
        assertThat(evaluate(PRATAMA, p).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void cpnsFailsAndPppkIsLeftToJptNonPns() {
        Evaluation cpns = evaluate(PRATAMA, pratama().withEmployee(Fixtures.pns().withStatus(EmploymentStatus.CPNS))
                .withApprovals(Approval.builder().from(Approver.PRESIDEN).reference("X").date(d("2026-05-01"))
                        .build()));
        assertThat(cpns.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(cpns.messageKey()).isEqualTo("status");
        assertThat(evaluate(PRATAMA, pratama().withEmployee(Fixtures.pns().withStatus(EmploymentStatus.PPPK)))
                .isNotApplicable()).isTrue();
        assertThat(evaluate(PRATAMA, pratama().withEmployee(ImmutableEmployee.builder()
                .mergeFrom(Fixtures.pns()).status(java.util.Optional.empty()).build())).missing())
                .containsExactly("employee.status");
    }

    @Test
    void missingHealthCertificateIsIncompleteAndAFailedExaminationFails() {
        Evaluation missing = evaluate(PRATAMA, pratama().withDocuments(Fixtures.doc(DocumentKind.HASIL_SELEKSI)));
        assertThat(missing.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(missing.missing()).containsExactly("documents[SURAT_SEHAT]");
        Evaluation failed = evaluate(PRATAMA, pratama().withEmployee(Fixtures.pns().withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.HEALTH).passed(false).date(d("2026-05-02")).build())));
        assertThat(failed.messageKey()).isEqualTo("healthFailed");
    }

    @Test
    void actingAssignmentAndOtherLevelsAreNotConcerned() {
        ImmutableProposal plt = pratama().withTarget(ImmutableTarget.copyOf(pratama().getTarget().get())
                .withAssignment(AssignmentType.PLT));
        assertThat(evaluate(PRATAMA, plt).isNotApplicable()).isTrue();
        assertThat(evaluate(MADYA, pratama()).isNotApplicable()).isTrue();
    }

    @Test
    void madyaNeedsSevenYearsAndTwoAsJptPratama() {
        ImmutableProposal p = Fixtures.into(PositionLevel.JPT_MADYA).withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.JPT_PRATAMA, "2024-02-05", true))
                .withPositionHistory(record(PositionLevel.ADMINISTRATOR, "2020-01-06", "2024-02-04", false)));
        Evaluation r = evaluate(MADYA, p);
        assertThat(r.facts()).containsEntry("requiredExperienceYears", 7).containsEntry("unmet", "experience");
        assertThat(r.earliestCompliantDate()).contains(d("2031-02-05"));
        assertThat(evaluate(MADYA, p.withEffectiveDate(d("2026-02-05"))).facts()).containsEntry("unmet",
                "experience");
    }

    @Test
    void utamaNeedsTenYearsAndTwoAsJptMadyaOrAhliUtama() {
        ImmutableProposal p = Fixtures.into(PositionLevel.JPT_UTAMA).withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.AHLI_UTAMA, "2016-06-01", true))
                .withPositionHistory(record(PositionLevel.AHLI_MADYA, "2010-01-04", "2016-05-31", false)));
        assertThat(evaluate(UTAMA, p.withEffectiveDate(d("2026-06-01"))).outcome()).isEqualTo(Outcome.PASS);
        Evaluation before = evaluate(UTAMA, p.withEffectiveDate(d("2026-05-31")));
        assertThat(before.facts()).containsEntry("requiredExperienceYears", 10);
        assertThat(before.earliestCompliantDate()).contains(d("2026-06-01"));
    }

    @Test
    void findingCitesTheAmendedPasalAndStatesTheFactsInBothLanguages() {
        ImmutableProposal p = pratamaOn("2025-02-28", experienceCompletingOn20250301());
        Report report = CHECKER.check(p, Fixtures.AS_OF);
        Finding f = report.finding("JPT-REQ-PRATAMA").orElseThrow();
        assertThat(f.getLegalBasis()).extracting(LegalBasis::citation).contains("PP 11/2017 Pasal 107 huruf c");
        assertThat(f.getMessage()).contains("4 tahun 11 bulan").contains("2025-03-01").contains("5 tahun");
        assertThat(CHECKER.withLanguage(Language.EN).check(p, Fixtures.AS_OF).finding("JPT-REQ-PRATAMA")
                .orElseThrow().getMessage()).contains("4 years 11 months").contains("complete on 2025-03-01");
        List<String> ids = report.getFindings().stream().map(Finding::getRuleId).collect(
                java.util.stream.Collectors.toList());
        assertThat(ids).doesNotContain("JPT-REQ-MADYA", "JPT-REQ-UTAMA", "JA-ADMIN");
    }
}

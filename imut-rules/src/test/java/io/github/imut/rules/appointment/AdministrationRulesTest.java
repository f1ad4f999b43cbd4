package io.github.imut.rules.appointment;

import static io.github.imut.rules.appointment.Fixtures.current;
import static io.github.imut.rules.appointment.Fixtures.d;
import static io.github.imut.rules.appointment.Fixtures.evaluate;
import static io.github.imut.rules.appointment.Fixtures.record;
import static io.github.imut.rules.appointment.Fixtures.ratings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.PositionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdministrationRulesTest {
    private static final AdministrationRequirementRule ADMIN = AdministrationRequirementRule.administrator();
    private static final AdministrationRequirementRule PENGAWAS = AdministrationRequirementRule.pengawas();
    private static final PelaksanaRequirementRule PELAKSANA = new PelaksanaRequirementRule();
    private static final ConcurrentPositionRule RANGKAP = new ConcurrentPositionRule();

    /** A pengawas since 2023-07-03 in a related field: 3 years on 2026-07-03. */
    private static ImmutableProposal adminOn(String date) {
        return Fixtures.into(PositionLevel.ADMINISTRATOR).withEffectiveDate(d(date)).withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.PENGAWAS, "2023-07-03", true))
                .withPositionHistory(record(PositionLevel.PELAKSANA, "2010-03-01", "2023-07-02", true)));
    }

    /** A pelaksana since 2022-08-01 in a related field: 4 years on 2026-08-01. */
    private static ImmutableProposal pengawasOn(String date) {
        return Fixtures.into(PositionLevel.PENGAWAS).withEffectiveDate(d(date)).withEmployee(Fixtures.pns()
                .withEducation(Education.builder().level(EducationLevel.D3).build())
                .withCurrentPosition(current(PositionLevel.PELAKSANA, "2022-08-01", true))
                .withPositionHistory());
    }

    @Test
    void threeYearsAsPengawasCompleteOnTheThirdAnniversary() {
        Evaluation before = evaluate(ADMIN, adminOn("2026-07-02"));
        assertThat(before.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(before.messageKey()).isEqualTo("priorPosition");
        assertThat(before.earliestCompliantDate()).contains(d("2026-07-03"));
        assertThat(before.facts()).containsEntry("requiredPriorPositionYears", 3)
                .containsEntry("priorLevels", "PENGAWAS");
        assertThat(evaluate(ADMIN, adminOn("2026-07-03")).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void fourYearsAsPelaksanaCompleteOnTheFourthAnniversary() {
        assertThat(evaluate(PENGAWAS, pengawasOn("2026-07-31")).earliestCompliantDate()).contains(d("2026-08-01"));
        assertThat(evaluate(PENGAWAS, pengawasOn("2026-08-01")).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void pengawasInAnUnrelatedFieldDoesNotCount() {
        ImmutableProposal p = adminOn("2026-07-03").withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.PENGAWAS, "2023-07-03", false)).withPositionHistory());
        Evaluation r = evaluate(ADMIN, p);
        assertThat(r.messageKey()).isEqualTo("priorPositionClosed");
        assertThat(r.earliestCompliantDate()).isEmpty();
    }

    @Test
    void cumulativePengawasPostsAreSummed() {
        // 2 years in one pengawas post, 1 year in another: 3 years on the day the second completes its year
        ImmutableProposal p = adminOn("2026-07-01").withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.PENGAWAS, "2025-07-01", true))
                .withPositionHistory(record(PositionLevel.PENGAWAS, "2021-03-01", "2023-02-28", true)));
        assertThat(evaluate(ADMIN, p).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(ADMIN, p.withEffectiveDate(d("2026-06-30"))).earliestCompliantDate())
                .contains(d("2026-07-01"));
    }

    @Test
    void equivalentJfLevelOnlyWarnsBecauseTheEquivalenceIsUnconfirmed() {
        ImmutableProposal p = adminOn("2026-07-03").withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.AHLI_MUDA, "2022-01-03", true)).withPositionHistory());
        Evaluation r = evaluate(ADMIN, p);
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.facts()).containsEntry("assumedLevels", "AHLI_MUDA");
    }

    @Test
    void unknownLevelInTheHistoryIsIncompleteWhereItDecides() {
        ImmutableProposal p = adminOn("2026-06-01").withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.PENGAWAS, "2025-01-06", true))
                .withPositionHistory(io.github.imut.model.PositionRecord.builder().from(d("2020-01-06"))
                        .to(d("2025-01-05")).relatedToTarget(true).build()));
        Evaluation r = evaluate(ADMIN, p);
        assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(r.missing()).containsExactly("employee.positionHistory[0].level");
    }

    @Test
    void historyWithoutEndDateIsIncompleteWhereItDecides() {
        ImmutableProposal p = adminOn("2026-06-01").withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.PENGAWAS, "2025-01-06", true))
                .withPositionHistory(io.github.imut.model.PositionRecord.builder().level(PositionLevel.PENGAWAS)
                        .from(d("2020-01-06")).relatedToTarget(true).build()));
        assertThat(evaluate(ADMIN, p).missing()).containsExactly("employee.positionHistory[0].to");
    }

    @Test
    void performanceBelowBaikInEitherOfTheLastTwoYearsFails() {
        ImmutableProposal p = adminOn("2026-07-03");
        ImmutableProposal low = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withPerformance(ratings(2024, PerformanceRating.BUTUH_PERBAIKAN, 2025, PerformanceRating.BAIK)));
        Evaluation r = evaluate(ADMIN, low);
        assertThat(r.messageKey()).isEqualTo("performance");
        assertThat(r.facts()).containsEntry("lowRatings", "2024 BUTUH_PERBAIKAN")
                .containsEntry("performanceYears", "2024-2025");
        assertThat(r.earliestCompliantDate()).isEmpty();
        // 2023 is outside the last two years
        ImmutableProposal old = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withPerformance(List.of(
                PerformanceRecord.builder().year(2023).rating(PerformanceRating.KURANG).build(),
                PerformanceRecord.builder().year(2024).rating(PerformanceRating.BAIK).build(),
                PerformanceRecord.builder().year(2025).rating(PerformanceRating.BAIK).build())));
        assertThat(evaluate(ADMIN, old).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void missingAnnualRatingIsIncompleteAndAQuarterlyRatingIsNoSubstitute() {
        ImmutableProposal p = adminOn("2026-07-03");
        ImmutableProposal q = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withPerformance(List.of(
                PerformanceRecord.builder().year(2024).rating(PerformanceRating.BAIK).build(),
                PerformanceRecord.builder().year(2025).quarter(4).rating(PerformanceRating.SANGAT_BAIK).build())));
        Evaluation r = evaluate(ADMIN, q);
        assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(r.missing()).containsExactly("employee.performance[year=2025]");
    }

    @Test
    void educationAndStatusAreChecked() {
        ImmutableProposal p = adminOn("2026-07-03");
        Evaluation d3 = evaluate(ADMIN, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withEducation(Education.builder().level(EducationLevel.D3).build())));
        assertThat(d3.messageKey()).isEqualTo("education");
        Evaluation cpns = evaluate(ADMIN, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withStatus(EmploymentStatus.CPNS)));
        assertThat(cpns.messageKey()).isEqualTo("status");
        assertThat(evaluate(PENGAWAS, pengawasOn("2026-08-01")).outcome()).isEqualTo(Outcome.PASS);
        ImmutableProposal slta = pengawasOn("2026-08-01");
        assertThat(evaluate(PENGAWAS, slta.withEmployee(ImmutableEmployee.copyOf(slta.getEmployee())
                .withEducation(Education.builder().level(EducationLevel.SLTA).build()))).messageKey())
                .isEqualTo("education");
    }

    @Test
    void allUnmetRequirementsAreNamed() {
        ImmutableProposal p = adminOn("2026-07-02");
        Evaluation r = evaluate(ADMIN, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withEducation(Education.builder().level(EducationLevel.D3).build())
                .withPerformance(ratings(2024, PerformanceRating.KURANG, 2025, PerformanceRating.BAIK))));
        assertThat(r.messageKey()).isEqualTo("education");
        assertThat(r.facts()).containsEntry("unmet", "education, priorPosition, performance");
        assertThat(r.earliestCompliantDate()).isEmpty();
    }

    @Test
    void pelaksanaRequirementsOnlyEverWarn() {
        ImmutableProposal p = Fixtures.into(PositionLevel.PELAKSANA).withEmployee(Fixtures.pns().withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.TECHNICAL_TRAINING).passed(true).build()));
        assertThat(evaluate(PELAKSANA, p).outcome()).isEqualTo(Outcome.PASS);
        Evaluation noTraining = evaluate(PELAKSANA, p.withEmployee(Fixtures.pns()));
        assertThat(noTraining.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(noTraining.messageKey()).isEqualTo("missingData");
        assertThat(noTraining.missing()).containsExactly("employee.assessments[TECHNICAL_TRAINING]");
        Evaluation unmet = evaluate(PELAKSANA, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withEducation(Education.builder().level(EducationLevel.SLTP).build())
                .withStatus(EmploymentStatus.CPNS)
                .withPerformance(ratings(2024, PerformanceRating.SANGAT_KURANG, 2025, PerformanceRating.BAIK))));
        assertThat(unmet.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(unmet.facts()).containsEntry("unmet", "status, education, performance");
        Evaluation failedTraining = evaluate(PELAKSANA, p.withEmployee(Fixtures.pns().withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.TECHNICAL_TRAINING).passed(false).build())));
        assertThat(failedTraining.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(evaluate(PELAKSANA, Fixtures.into(PositionLevel.PENGAWAS)).isNotApplicable()).isTrue();
    }

    @Test
    void concurrentJfAndAdministrationPositionFails() {
        ImmutableProposal p = Fixtures.into(PositionLevel.PENGAWAS).withEmployee(Fixtures.pns()
                .withCurrentPosition(current(PositionLevel.AHLI_MUDA, "2020-01-06", true)));
        assertThat(evaluate(RANGKAP, p).outcome()).isEqualTo(Outcome.PASS);
        ImmutableProposal both = p.withTarget(ImmutableTarget.copyOf(p.getTarget().get()).withConcurrent(true));
        Evaluation r = evaluate(RANGKAP, both);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.facts()).containsEntry("currentLevel", PositionLevel.AHLI_MUDA)
                .containsEntry("targetLevel", PositionLevel.PENGAWAS);
        ImmutableProposal reverse = Fixtures.into(PositionLevel.AHLI_MUDA);
        assertThat(evaluate(RANGKAP, reverse.withTarget(ImmutableTarget.copyOf(reverse.getTarget().get())
                .withConcurrent(true))).outcome()).isEqualTo(Outcome.FAIL);
        ImmutableProposal jpt = Fixtures.into(PositionLevel.JPT_PRATAMA);
        assertThat(evaluate(RANGKAP, jpt.withTarget(ImmutableTarget.copyOf(jpt.getTarget().get())
                .withConcurrent(true))).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void appointmentWithoutTargetLevelIsIncomplete() {
        ImmutableProposal p = Fixtures.into(PositionLevel.PENGAWAS);
        ImmutableProposal noLevel = p.withTarget(ImmutableTarget.copyOf(p.getTarget().get())
                .withPosition(io.github.imut.model.Position.builder().name("Kepala Seksi").build()));
        assertThat(evaluate(RANGKAP, noLevel).missing()).containsExactly("target.position.level");
        assertThat(evaluate(RANGKAP, p.withTarget(java.util.Optional.empty())).missing()).containsExactly("target");
    }
}

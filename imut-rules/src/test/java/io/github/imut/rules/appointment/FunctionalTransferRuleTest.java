package io.github.imut.rules.appointment;

import static io.github.imut.rules.appointment.Fixtures.current;
import static io.github.imut.rules.appointment.Fixtures.d;
import static io.github.imut.rules.appointment.Fixtures.evaluate;
import static io.github.imut.rules.appointment.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.FunctionalRoute;
import io.github.imut.model.Gender;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Nip;
import io.github.imut.model.PositionLevel;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FunctionalTransferRuleTest {
    private static final FunctionalTransferRule RULE = new FunctionalTransferRule();

    /** A pengawas moving into {@code level}; related experience since 2016-01-04. */
    private static ImmutableProposal into(PositionLevel level) {
        return Fixtures.into(level);
    }

    private static ImmutableProposal into(PositionLevel level, LocalDate birth, String effective) {
        ImmutableProposal p = Fixtures.ratedBaik(into(level).withEffectiveDate(d(effective)));
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withBirthDate(birth)
                .withNip(Nip.of(birth, YearMonth.of(2000, 3), Gender.MALE, 7)));
    }

    private static ImmutableProposal route(ImmutableProposal p, FunctionalRoute r) {
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().get()).withFunctionalRoute(r));
    }

    @Test
    void lawfulMoveFromAnAdministrationPostPasses() {
        assertThat(evaluate(RULE, into(PositionLevel.AHLI_MUDA)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void ahliMudaAgeLimitFiftyThreeEndsTheDayBeforeTheFiftyFourthBirthday() {
        LocalDate birth = d("1973-09-10");
        assertThat(evaluate(RULE, into(PositionLevel.AHLI_MUDA, birth, "2027-09-09")).outcome())
                .isEqualTo(Outcome.PASS);
        Evaluation on = evaluate(RULE, into(PositionLevel.AHLI_MUDA, birth, "2027-09-10"));
        assertThat(on.messageKey()).isEqualTo("age");
        assertThat(on.facts()).containsEntry("maxAge", 53).containsEntry("age", 54);
        assertThat(evaluate(RULE, into(PositionLevel.AHLI_MUDA, birth, "2026-09-10"),
                FunctionalTransferRule.AGE_STRICT).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(RULE, into(PositionLevel.AHLI_MUDA, birth, "2026-09-11"),
                FunctionalTransferRule.AGE_STRICT).messageKey()).isEqualTo("age");
    }

    @Test
    void keterampilanLevelsShareTheFiftyThreeLimitAndNeedOnlySlta() {
        LocalDate birth = d("1973-09-10");
        ImmutableProposal p = into(PositionLevel.TERAMPIL, birth, "2027-09-10");
        assertThat(evaluate(RULE, p).facts()).containsEntry("maxAge", 53);
        ImmutableProposal slta = into(PositionLevel.MAHIR);
        assertThat(evaluate(RULE, slta.withEmployee(ImmutableEmployee.copyOf(slta.getEmployee())
                .withEducation(Education.builder().level(EducationLevel.SLTA).build()))).outcome())
                .isEqualTo(Outcome.PASS);
        ImmutableProposal expert = into(PositionLevel.AHLI_PERTAMA);
        assertThat(evaluate(RULE, expert.withEmployee(ImmutableEmployee.copyOf(expert.getEmployee())
                .withEducation(Education.builder().level(EducationLevel.D3).build()))).messageKey())
                .isEqualTo("education");
    }

    @Test
    void ahliMadyaAgeLimitIsFiftyFive() {
        LocalDate birth = d("1970-02-28");
        assertThat(evaluate(RULE, into(PositionLevel.AHLI_MADYA, birth, "2026-02-27")).outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(evaluate(RULE, into(PositionLevel.AHLI_MADYA, birth, "2026-02-28")).facts())
                .containsEntry("maxAge", 55).containsEntry("lastEligibleDay", d("2026-02-27"));
    }

    @Test
    void ahliUtamaFromAJptHasSixtyAndBetweenAhliUtamaSixtyThree() {
        LocalDate birth = d("1965-11-20");
        ImmutableProposal fromJpt = into(PositionLevel.AHLI_UTAMA, birth, "2026-11-19");
        fromJpt = fromJpt.withEmployee(ImmutableEmployee.copyOf(fromJpt.getEmployee())
                .withCurrentPosition(current(PositionLevel.JPT_PRATAMA, "2020-01-06", true)));
        assertThat(evaluate(RULE, fromJpt).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(RULE, fromJpt.withEffectiveDate(d("2026-11-20"))).facts()).containsEntry("maxAge", 60)
                .containsEntry("age", 61);
        ImmutableProposal between = route(into(PositionLevel.AHLI_UTAMA, birth, "2029-11-19"),
                FunctionalRoute.TRANSFER);
        between = between.withEmployee(ImmutableEmployee.copyOf(between.getEmployee())
                .withCurrentPosition(current(PositionLevel.AHLI_UTAMA, "2020-01-06", true)));
        assertThat(evaluate(RULE, between).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(RULE, between.withEffectiveDate(d("2029-11-20"))).facts())
                .containsEntry("maxAge", 63);
    }

    @Test
    void ahliUtamaByAnotherRouteWarnsForLackOfAnAgeLimit() {
        Evaluation r = evaluate(RULE, into(PositionLevel.AHLI_UTAMA));
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.messageKey()).isEqualTo("noAgeLimit");
    }

    @Test
    void twoYearsExperienceInTheFieldCompleteOnTheSecondAnniversary() {
        ImmutableProposal p = into(PositionLevel.AHLI_PERTAMA).withEffectiveDate(d("2026-03-01"));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withCurrentPosition(current(PositionLevel.PELAKSANA, "2024-03-01", true))
                .withPositionHistory(record(PositionLevel.PELAKSANA, "2010-01-04", "2024-02-29", false)));
        assertThat(evaluate(RULE, p).outcome()).isEqualTo(Outcome.PASS);
        Evaluation before = evaluate(RULE, p.withEffectiveDate(d("2026-02-28")));
        assertThat(before.messageKey()).isEqualTo("experience");
        assertThat(before.earliestCompliantDate()).contains(d("2026-03-01"));
    }

    @Test
    void restructuringGroundWithEvidenceLowersTheExperienceToOneYear() {
        ImmutableProposal p = Fixtures.ratedBaik(into(PositionLevel.AHLI_PERTAMA).withEffectiveDate(d("2025-03-01")));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withCurrentPosition(current(PositionLevel.PELAKSANA, "2024-03-01", true)).withPositionHistory());
        assertThat(evaluate(RULE, p).messageKey()).isEqualTo("experience");
        ImmutableProposal restructured = p.withGrounds(Ground.builder().code("PENATAAN_BIROKRASI")
                .evidence("KepmenPANRB B/123/2024").build());
        assertThat(evaluate(RULE, restructured).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(RULE, restructured.withEffectiveDate(d("2025-02-28"))).earliestCompliantDate())
                .contains(d("2025-03-01"));
        Evaluation noEvidence = evaluate(RULE, p.withGrounds(Ground.builder().code("KEBUTUHAN_STRATEGIS").build()));
        assertThat(noEvidence.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(noEvidence.missing()).contains("grounds[KEBUTUHAN_STRATEGIS].evidence");
    }

    @Test
    void failedCompetencyTestFailsAndMissingResultIsIncomplete() {
        ImmutableProposal p = into(PositionLevel.AHLI_MUDA);
        Evaluation failed = evaluate(RULE, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.COMPETENCY_TEST).passed(false)
                        .date(d("2026-04-10")).build())));
        assertThat(failed.messageKey()).isEqualTo("competencyFailed");
        Evaluation retaken = evaluate(RULE, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.COMPETENCY_TEST).passed(false)
                        .date(d("2026-01-10")).build(),
                AssessmentResult.builder().kind(AssessmentKind.COMPETENCY_TEST).passed(true)
                        .date(d("2026-04-10")).build())));
        assertThat(retaken.outcome()).isEqualTo(Outcome.PASS);
        Evaluation missing = evaluate(RULE, p.withDocuments(Fixtures.doc(DocumentKind.SURAT_SEHAT)));
        assertThat(missing.missing()).containsExactly("documents[HASIL_SELEKSI]");
    }

    @Test
    void routeDecidesWhetherAMoveFromAnotherJfIsConcerned() {
        ImmutableProposal fromJf = into(PositionLevel.AHLI_MADYA);
        fromJf = fromJf.withEmployee(ImmutableEmployee.copyOf(fromJf.getEmployee())
                .withCurrentPosition(current(PositionLevel.AHLI_MUDA, "2021-01-04", true)));
        assertThat(evaluate(RULE, fromJf).missing()).containsExactly("target.functionalRoute");
        assertThat(evaluate(RULE, route(fromJf, FunctionalRoute.PROMOTION)).isNotApplicable()).isTrue();
        assertThat(evaluate(RULE, route(fromJf, FunctionalRoute.TRANSFER)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(RULE, into(PositionLevel.PENGAWAS)).isNotApplicable()).isTrue();
    }

    @Test
    void performanceBelowBaikFails() {
        ImmutableProposal p = into(PositionLevel.AHLI_MUDA);
        Evaluation r = evaluate(RULE, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withPerformance(
                Fixtures.ratings(2024, io.github.imut.model.PerformanceRating.BAIK, 2025,
                        io.github.imut.model.PerformanceRating.KURANG))));
        assertThat(r.messageKey()).isEqualTo("performance");
        assertThat(r.facts()).containsEntry("lowRatings", "2025 KURANG");
    }
}

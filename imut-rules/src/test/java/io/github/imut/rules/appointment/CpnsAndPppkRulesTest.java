package io.github.imut.rules.appointment;

import static io.github.imut.rules.appointment.Fixtures.d;
import static io.github.imut.rules.appointment.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Language;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.model.Action;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutablePosition;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Nip;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.RestrictedField;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** CPNS-PERCOBAAN, CPNS-LATSAR, CPNS-SEHAT, PPPK-JABATAN and PPPK-USIA. */
class CpnsAndPppkRulesTest {
    private static final ProbationRule PROBATION = new ProbationRule();
    private static final CpnsExaminationRule LATSAR = CpnsExaminationRule.training();
    private static final CpnsExaminationRule HEALTH = CpnsExaminationRule.health();
    private static final PppkPositionRule PPPK_POSITION = new PppkPositionRule();
    private static final PppkAgeRule PPPK_AGE = new PppkAgeRule();
    private static final Checker CHECKER = TestProposals.checker();

    /**
     * A CPNS (JF ahli pertama) with TMT CPNS 2024-03-01, latsar and health certificates attached, becoming PNS in the
     * same position.
     */
    private static ImmutableProposal cpnsToPns(String effective) {
        LocalDate birth = d("1998-04-17");
        ImmutableEmployee e = Fixtures.pns().withStatus(EmploymentStatus.CPNS).withBirthDate(birth)
                .withNip(Nip.of(birth, YearMonth.of(2024, 3), Gender.FEMALE, 12)).withGender(Gender.FEMALE)
                .withTmtCpns(d("2024-03-01")).withTmtPns(java.util.Optional.empty())
                .withCurrentPosition(Fixtures.current(PositionLevel.AHLI_PERTAMA, "2024-03-01", true))
                .withPositionHistory().withPerformance();
        return Fixtures.into(PositionLevel.AHLI_PERTAMA).withAction(Action.CPNS_TO_PNS)
                .withEffectiveDate(d(effective)).withEmployee(e)
                .withDocuments(Fixtures.doc(DocumentKind.SERTIFIKAT_LATSAR), Fixtures.doc(DocumentKind.SURAT_SEHAT));
    }

    private static ImmutableProposal pppkInto(PositionLevel level) {
        LocalDate birth = d("1990-05-20");
        ImmutableEmployee e = Fixtures.pns().withStatus(EmploymentStatus.PPPK).withBirthDate(birth)
                .withNip(Nip.parse("199005202024212003")).withGender(Gender.FEMALE)
                .withTmtCpns(java.util.Optional.empty()).withTmtPns(java.util.Optional.empty());
        return Fixtures.into(level).withAction(Action.PPPK_INTO_POSITION).withEmployee(e);
    }

    private static ImmutableProposal target(ImmutableProposal p, ImmutablePosition pos) {
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().get()).withPosition(pos));
    }

    @Test
    void probationYearEndsOnTheAnniversaryOfTmtCpns() {
        Evaluation before = evaluate(PROBATION, cpnsToPns("2025-02-28"));
        assertThat(before.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(before.earliestCompliantDate()).contains(d("2025-03-01"));
        assertThat(before.facts()).containsEntry("probationEnds", d("2025-03-01"));
        assertThat(evaluate(PROBATION, cpnsToPns("2025-03-01")).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void probationFromTwentyNinthFebruaryEndsOnFirstOfMarch() {
        ImmutableProposal p = cpnsToPns("2025-02-28");
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withTmtCpns(d("2024-02-29")));
        assertThat(evaluate(PROBATION, p).earliestCompliantDate()).contains(d("2025-03-01"));
        assertThat(evaluate(PROBATION, p.withEffectiveDate(d("2025-03-01"))).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void onlyACpnsIsAppointedPns() {
        ImmutableProposal p = cpnsToPns("2025-03-01");
        Evaluation r = evaluate(PROBATION, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withStatus(EmploymentStatus.PNS)));
        assertThat(r.messageKey()).isEqualTo("notCpns");
        assertThat(evaluate(PROBATION, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withTmtCpns(java.util.Optional.empty()))).missing()).containsExactly("employee.tmtCpns");
    }

    @Test
    void latsarCertificateOrPassedResultIsRequired() {
        ImmutableProposal p = cpnsToPns("2025-03-01");
        assertThat(evaluate(LATSAR, p).outcome()).isEqualTo(Outcome.PASS);
        Evaluation missing = evaluate(LATSAR, p.withDocuments(Fixtures.doc(DocumentKind.SURAT_SEHAT)));
        assertThat(missing.missing()).containsExactly("documents[SERTIFIKAT_LATSAR]");
        ImmutableProposal passed = p.withDocuments().withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withAssessments(AssessmentResult.builder().kind(AssessmentKind.LATSAR).passed(true)
                        .date(d("2024-11-30")).reference("STTPL/2024/0912").build()));
        assertThat(evaluate(LATSAR, passed).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void cpnsWhoFailedLatsarOrHealthIsNotAppointed() {
        ImmutableProposal p = cpnsToPns("2025-03-01");
        ImmutableProposal failed = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.LATSAR).passed(false).date(d("2024-11-30")).build(),
                AssessmentResult.builder().kind(AssessmentKind.HEALTH).passed(false).date(d("2025-01-15")).build()));
        assertThat(evaluate(LATSAR, failed).messageKey()).isEqualTo("latsarFailed");
        assertThat(evaluate(HEALTH, failed).messageKey()).isEqualTo("healthFailed");
        Report r = CHECKER.check(failed, Fixtures.AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(r.finding("CPNS-LATSAR").orElseThrow().getMessage()).contains("diberhentikan sebagai CPNS");
        assertThat(CHECKER.withLanguage(Language.EN).check(failed, Fixtures.AS_OF).finding("CPNS-SEHAT")
                .orElseThrow().getMessage()).contains("dismissed as CPNS");
    }

    @Test
    void lawfulCpnsToPnsIsMs() {
        assertThat(CHECKER.check(cpnsToPns("2025-03-03"), Fixtures.AS_OF).getVerdict()).isEqualTo(Verdict.MS);
    }

    @Test
    void pppkMayFillAJf() {
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.AHLI_PERTAMA)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.TERAMPIL)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void pppkCannotBeAdministratorPengawasOrJptPratama() {
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.ADMINISTRATOR)).messageKey())
                .isEqualTo("administration");
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.PENGAWAS)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.PENGAWAS),
                PppkPositionRule.ADMINISTRATION_ALLOWED).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.JPT_PRATAMA)).messageKey())
                .isEqualTo("jptPratama");
    }

    @Test
    void pppkIntoPelaksanaWarnsUnlessSwitchedToBlock() {
        Evaluation warning = evaluate(PPPK_POSITION, pppkInto(PositionLevel.PELAKSANA));
        assertThat(warning.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(warning.basis()).extracting(io.github.imut.law.LegalBasis::citation)
                .containsExactly("UU 20/2023 Pasal 18", "Perpres 38/2020 Pasal 2-5");
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.PELAKSANA).withEffectiveDate(d("2023-10-30")))
                .basis()).extracting(io.github.imut.law.LegalBasis::citation)
                .containsExactly("Perpres 38/2020 Pasal 2-5");
        assertThat(evaluate(PPPK_POSITION, pppkInto(PositionLevel.PELAKSANA), PppkPositionRule.PELAKSANA_BLOCKS)
                .outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void pppkIntoJptMadyaDependsOnTheField() {
        ImmutableProposal p = pppkInto(PositionLevel.JPT_MADYA);
        assertThat(evaluate(PPPK_POSITION, p).missing()).containsExactly("target.position.restrictedField");
        ImmutablePosition pos = ImmutablePosition.copyOf(p.getTarget().get().getPosition());
        assertThat(evaluate(PPPK_POSITION, target(p, pos.withRestrictedField(RestrictedField.FOREIGN_AFFAIRS)))
                .messageKey()).isEqualTo("restrictedField");
        assertThat(evaluate(PPPK_POSITION, target(p, pos.withRestrictedField(RestrictedField.NONE))).outcome())
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void pppkActionForAnotherStatusFailsAndPnsIntoPositionIsNotConcerned() {
        ImmutableProposal p = pppkInto(PositionLevel.AHLI_PERTAMA);
        assertThat(evaluate(PPPK_POSITION, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withStatus(EmploymentStatus.PNS))).messageKey()).isEqualTo("notPppk");
        assertThat(evaluate(PPPK_POSITION, Fixtures.into(PositionLevel.ADMINISTRATOR)).isNotApplicable()).isTrue();
        ImmutableProposal pppkViaIntoPosition = p.withAction(Action.INTO_POSITION);
        assertThat(evaluate(PPPK_POSITION, target(pppkViaIntoPosition, ImmutablePosition.builder()
                .level(PositionLevel.PENGAWAS).build())).outcome()).isEqualTo(Outcome.FAIL);
        ImmutableProposal plt = target(p, ImmutablePosition.builder().level(PositionLevel.PENGAWAS).build());
        assertThat(evaluate(PPPK_POSITION, plt.withTarget(ImmutableTarget.copyOf(plt.getTarget().get())
                .withAssignment(AssignmentType.PLT))).isNotApplicable()).isTrue();
    }

    @Test
    void pppkMinimumAgeIsReachedOnTheTwentiethBirthday() {
        ImmutableProposal p = pppkInto(PositionLevel.TERAMPIL);
        LocalDate birth = d("2006-08-09");
        ImmutableProposal young = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withBirthDate(birth));
        Evaluation r = evaluate(PPPK_AGE, young.withEffectiveDate(d("2026-08-08")));
        assertThat(r.messageKey()).isEqualTo("tooYoung");
        assertThat(r.earliestCompliantDate()).contains(d("2026-08-09"));
        assertThat(evaluate(PPPK_AGE, young.withEffectiveDate(d("2026-08-09"))).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void pppkBornOnTwentyNinthFebruaryReachesTwentyOnFirstOfMarchInACommonYear() {
        // 2005-02-29 does not exist; born 2004-02-29, the 20th birthday 2024-02-29 exists (leap year)
        assertThat(evaluate(PPPK_AGE, pppkWithBirth(d("2004-02-29"), "2024-02-28")).outcome())
                .isEqualTo(Outcome.FAIL);
        assertThat(evaluate(PPPK_AGE, pppkWithBirth(d("2004-02-29"), "2024-02-29")).outcome())
                .isEqualTo(Outcome.PASS);
        // a 29 February birth has a common-year anniversary only at an age not divisible by 4: with the minimum
        // overridden to 21, born 2004-02-29 reaches it on 2025-03-01 (MAR_1), not on 2025-02-28
        io.github.imut.law.LegalParameters min21 = io.github.imut.law.LegalParameters.builder()
                .value("pppk.age.min", null, null, 21, "test").build();
        Checker checker = io.github.imut.rules.StandardRules.addTo(Checker.builder()).parameters(min21).build();
        ImmutableProposal p = pppkWithBirth(d("2004-02-29"), "2025-02-28");
        assertThat(checker.check(p, Fixtures.AS_OF).finding("PPPK-USIA").orElseThrow().getEarliestCompliantDate())
                .contains(d("2025-03-01"));
        assertThat(checker.check(p.withEffectiveDate(d("2025-03-01")), Fixtures.AS_OF).finding("PPPK-USIA"))
                .isEmpty();
    }

    private static ImmutableProposal pppkWithBirth(LocalDate birth, String effective) {
        ImmutableProposal p = pppkInto(PositionLevel.TERAMPIL).withEffectiveDate(d(effective));
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withBirthDate(birth));
    }

    @Test
    void pppkMaximumAgeIsOneYearBelowTheBupOfThePosition() {
        // JF ahli pertama: BUP 58, maximum 57 in whole years: until the day before the 58th birthday
        LocalDate birth = d("1968-10-05");
        assertThat(evaluate(PPPK_AGE, withBirth(PositionLevel.AHLI_PERTAMA, birth, "2026-10-04")).outcome())
                .isEqualTo(Outcome.PASS);
        Evaluation r = evaluate(PPPK_AGE, withBirth(PositionLevel.AHLI_PERTAMA, birth, "2026-10-05"));
        assertThat(r.messageKey()).isEqualTo("tooOld");
        assertThat(r.facts()).containsEntry("maxAge", 57).containsEntry("bupAge", 58)
                .containsEntry("lastEligibleDay", d("2026-10-04"));
        // strict: the 57th birthday is the last day
        assertThat(evaluate(PPPK_AGE, withBirth(PositionLevel.AHLI_PERTAMA, birth, "2025-10-05"),
                PppkAgeRule.AGE_STRICT).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(PPPK_AGE, withBirth(PositionLevel.AHLI_PERTAMA, birth, "2025-10-06"),
                PppkAgeRule.AGE_STRICT).outcome()).isEqualTo(Outcome.FAIL);
        // JF ahli madya: BUP 60, maximum 59
        assertThat(evaluate(PPPK_AGE, withBirth(PositionLevel.AHLI_MADYA, d("1966-10-05"), "2026-10-04"))
                .outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(PPPK_AGE, withBirth(PositionLevel.AHLI_MADYA, d("1966-10-05"), "2026-10-05"))
                .facts()).containsEntry("maxAge", 59);
    }

    @Test
    void teacherPppkUsesTheStatutoryBupOfGuru() {
        ImmutableProposal p = withBirth(PositionLevel.AHLI_PERTAMA, d("1966-10-05"), "2026-10-04");
        ImmutableProposal guru = target(p, ImmutablePosition.copyOf(p.getTarget().get().getPosition())
                .withFunctionalCategory(FunctionalCategory.GURU));
        assertThat(evaluate(PPPK_AGE, guru).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(PPPK_AGE, p).outcome()).isEqualTo(Outcome.FAIL);
    }

    private static ImmutableProposal withBirth(PositionLevel level, LocalDate birth, String effective) {
        ImmutableProposal p = pppkInto(level).withEffectiveDate(d(effective));
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withBirthDate(birth));
    }

    @Test
    void pppkAgeNeedsBirthDateAndTargetLevel() {
        ImmutableProposal p = pppkInto(PositionLevel.AHLI_PERTAMA);
        assertThat(evaluate(PPPK_AGE, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withBirthDate(java.util.Optional.empty()))).missing()).containsExactly("employee.birthDate");
        assertThat(evaluate(PPPK_AGE, p.withTarget(java.util.Optional.empty())).missing())
                .containsExactly("target.position.level");
    }
}

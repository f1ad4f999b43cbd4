package io.github.imut.rules.appointment;

import static io.github.imut.rules.appointment.Fixtures.current;
import static io.github.imut.rules.appointment.Fixtures.d;
import static io.github.imut.rules.appointment.Fixtures.evaluate;
import static io.github.imut.rules.appointment.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.RestrictedField;
import io.github.imut.rules.TestProposals;
import org.junit.jupiter.api.Test;

/** NONASN-BAN, JPT-NONPNS and JPT-OPEN-SEL. */
class StatusRulesTest {
    private static final NonAsnBanRule BAN = new NonAsnBanRule();
    private static final NonPnsJptRule NONPNS = new NonPnsJptRule();
    private static final OpenSelectionRule SELECTION = new OpenSelectionRule();
    private static final Checker CHECKER = TestProposals.checker();

    private static ImmutableProposal withStatus(ImmutableProposal p, EmploymentStatus s) {
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withStatus(s));
    }

    private static ImmutableProposal restricted(ImmutableProposal p, RestrictedField f) {
        Position pos = p.getTarget().get().getPosition();
        return p.withTarget(ImmutableTarget.copyOf(p.getTarget().get()).withPosition(
                io.github.imut.model.ImmutablePosition.copyOf(pos).withRestrictedField(f)));
    }

    private static final Approval PRESIDENT = Approval.builder().from(Approver.PRESIDEN)
            .reference("B-77/M/D-1/2026").date(d("2026-05-15")).build();

    @Test
    void nonAsnCannotBeAppointedIntoAnAsnPosition() {
        Evaluation r = evaluate(BAN, withStatus(Fixtures.into(PositionLevel.PELAKSANA), EmploymentStatus.NON_ASN));
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.basis()).extracting(LegalBasis::citation).containsExactly("UU 20/2023 Pasal 65");
    }

    @Test
    void nonAsnAsPltIsStillBanned() {
        ImmutableProposal p = withStatus(Fixtures.into(PositionLevel.PENGAWAS), EmploymentStatus.NON_ASN);
        p = p.withTarget(ImmutableTarget.copyOf(p.getTarget().get()).withAssignment(AssignmentType.PLT));
        assertThat(evaluate(BAN, p).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void tniAndPolriWarnAndAsnPasses() {
        assertThat(evaluate(BAN, withStatus(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.TNI))
                .outcome()).isEqualTo(Outcome.WARNING);
        assertThat(evaluate(BAN, withStatus(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.POLRI))
                .outcome()).isEqualTo(Outcome.WARNING);
        for (EmploymentStatus s : new EmploymentStatus[] {EmploymentStatus.CPNS, EmploymentStatus.PNS,
                EmploymentStatus.PPPK}) {
            assertThat(evaluate(BAN, withStatus(Fixtures.into(PositionLevel.PENGAWAS), s)).outcome())
                    .isEqualTo(Outcome.PASS);
        }
    }

    @Test
    void banAppliesFromThePromulgationOfUu20Of2023() {
        ImmutableProposal p = withStatus(Fixtures.into(PositionLevel.PELAKSANA), EmploymentStatus.NON_ASN);
        assertThat(CHECKER.check(p.withEffectiveDate(d("2023-10-30")), Fixtures.AS_OF).finding("NONASN-BAN"))
                .isEmpty();
        assertThat(CHECKER.check(p.withEffectiveDate(d("2023-10-31")), Fixtures.AS_OF).finding("NONASN-BAN"))
                .hasValueSatisfying(f -> assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL));
    }

    @Test
    void unknownStatusIsIncomplete() {
        ImmutableProposal p = Fixtures.into(PositionLevel.PELAKSANA);
        p = p.withEmployee(ImmutableEmployee.builder().mergeFrom(p.getEmployee())
                .status(java.util.Optional.empty()).build());
        assertThat(evaluate(BAN, p).missing()).containsExactly("employee.status");
    }

    @Test
    void outsideCandidateForJptMadyaNeedsThePresidentsApproval() {
        ImmutableProposal p = restricted(withStatus(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.PPPK),
                RestrictedField.NONE);
        Evaluation r = evaluate(NONPNS, p);
        assertThat(r.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(r.approvalRequiredFrom()).contains(Approver.PRESIDEN);
        assertThat(evaluate(NONPNS, p.withApprovals(PRESIDENT)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void outsideCandidateCannotFillJptPratama() {
        ImmutableProposal p = withStatus(Fixtures.into(PositionLevel.JPT_PRATAMA), EmploymentStatus.PPPK)
                .withApprovals(PRESIDENT);
        Evaluation r = evaluate(NONPNS, p);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.messageKey()).isEqualTo("pratama");
    }

    @Test
    void excludedFieldFailsAndUnstatedFieldIsIncomplete() {
        ImmutableProposal p = withStatus(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.NON_ASN)
                .withApprovals(PRESIDENT);
        assertThat(evaluate(NONPNS, p).missing()).containsExactly("target.position.restrictedField");
        assertThat(evaluate(NONPNS, restricted(p, RestrictedField.DEFENCE)).messageKey())
                .isEqualTo("restrictedField");
        // finance management is closed to PPPK by Perpres 38/2020, not by Pasal 106
        assertThat(evaluate(NONPNS, restricted(p, RestrictedField.FINANCE_MANAGEMENT)).outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void outsideJptUtamaNeedsAPostgraduateDegreeFifteenYearsAndAtMostFiftyEight() {
        ImmutableProposal p = restricted(withStatus(Fixtures.into(PositionLevel.JPT_UTAMA), EmploymentStatus.PPPK),
                RestrictedField.NONE).withApprovals(PRESIDENT);
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withCurrentPosition(current(PositionLevel.AHLI_UTAMA, "2021-06-01", null))
                .withPositionHistory(record(PositionLevel.AHLI_MADYA, "2011-06-01", "2021-05-31", null)));
        assertThat(evaluate(NONPNS, p).outcome()).isEqualTo(Outcome.PASS);
        Evaluation short1 = evaluate(NONPNS, p.withEffectiveDate(d("2026-05-31")));
        assertThat(short1.messageKey()).isEqualTo("experience");
        assertThat(short1.earliestCompliantDate()).contains(d("2026-06-01"));
        Evaluation s1 = evaluate(NONPNS, p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withEducation(Education.builder().level(EducationLevel.S1).build())));
        assertThat(s1.messageKey()).isEqualTo("education");
        assertThat(evaluate(NONPNS, p.withEffectiveDate(d("2034-06-15"))).messageKey()).isEqualTo("age");
    }

    @Test
    void pnsAndCpnsAreLeftToTheJptRequirementRules() {
        assertThat(evaluate(NONPNS, Fixtures.into(PositionLevel.JPT_MADYA)).isNotApplicable()).isTrue();
        assertThat(evaluate(NONPNS, withStatus(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.CPNS))
                .isNotApplicable()).isTrue();
        assertThat(evaluate(NONPNS, withStatus(Fixtures.into(PositionLevel.AHLI_UTAMA), EmploymentStatus.PPPK))
                .isNotApplicable()).isTrue();
    }

    @Test
    void jptWithoutSelectionOrCompetencyTestWarns() {
        ImmutableProposal p = Fixtures.into(PositionLevel.JPT_PRATAMA).withDocuments(
                Fixtures.doc(io.github.imut.model.DocumentKind.SURAT_SEHAT));
        Evaluation r = evaluate(SELECTION, p);
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.messageKey()).isEqualTo("noSelection");
        assertThat(evaluate(SELECTION, Fixtures.into(PositionLevel.JPT_PRATAMA)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void competencyTestPassedForAMoveBetweenJptCountsAsSelection() {
        ImmutableProposal p = Fixtures.into(PositionLevel.JPT_PRATAMA).withDocuments();
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.OPEN_SELECTION).passed(false).date(d("2025-11-01"))
                        .build(),
                AssessmentResult.builder().kind(AssessmentKind.COMPETENCY_TEST).passed(true).date(d("2026-04-01"))
                        .reference("800/UK/2026").build()));
        assertThat(evaluate(SELECTION, p).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void failedSelectionFails() {
        ImmutableProposal p = Fixtures.into(PositionLevel.JPT_MADYA).withDocuments();
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withAssessments(
                AssessmentResult.builder().kind(AssessmentKind.OPEN_SELECTION).passed(false).build()));
        assertThat(evaluate(SELECTION, p).messageKey()).isEqualTo("selectionFailed");
        assertThat(evaluate(SELECTION, Fixtures.into(PositionLevel.ADMINISTRATOR)).isNotApplicable()).isTrue();
    }

    @Test
    void selectionRuleAlsoConcernsPppkIntoJpt() {
        ImmutableProposal p = withStatus(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.PPPK)
                .withAction(Action.PPPK_INTO_POSITION).withDocuments();
        assertThat(SELECTION.descriptor().appliesTo(Action.PPPK_INTO_POSITION)).isTrue();
        assertThat(evaluate(SELECTION, p).outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void nonAsnIntoJptMadyaIsTmsEvenWithPresidentialApproval() {
        ImmutableProposal p = restricted(withStatus(Fixtures.into(PositionLevel.JPT_MADYA), EmploymentStatus.NON_ASN),
                RestrictedField.NONE).withApprovals(PRESIDENT);
        Report r = CHECKER.check(p, Fixtures.AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(r.finding("NONASN-BAN")).isPresent();
    }
}

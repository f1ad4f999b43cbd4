package io.github.imut.rules.dismissal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Language;
import io.github.imut.law.WorkingDayCalendar;
import io.github.imut.model.Action;
import io.github.imut.model.DisciplinaryAuthority;
import io.github.imut.model.DisciplinaryOffence;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableDisciplinarySanction;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.NeutralityViolation;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import io.github.imut.model.ViolationImpact;
import io.github.imut.rules.StandardRules;
import io.github.imut.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The messages of the working-day, pension-age and offence rules name only facts their evaluations give, in both
 * languages, for proposals that reach their message keys.
 */
class NewRuleMessagesTest {
    private static final Set<String> RULES = Set.of("BERHENTI-SLA", "BERHENTI-APS-SLA", "BERHENTI-TUBEL",
            "PENSIUN-USIA-FIXED", "PENSIUN-MPP", "NETRAL-SKB-2022", "DISIPLIN-LHKPN", "DISIPLIN-DAMPAK",
            "DISIPLIN-AUTHORITY", "PPPK-DISIPLIN");

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static ImmutableDisciplinarySanction sanction(SanctionLevel level, SanctionType type) {
        return DisciplinarySanction.builder().level(level).sanctionType(type).committedOn(d(2025, 1, 6))
                .decidedOn(d(2025, 3, 3)).from(d(2025, 3, 3)).build();
    }

    private static List<Proposal> proposals() {
        List<Proposal> out = new ArrayList<>();
        String nip = Fixtures.dismissal().build().getEmployee().getNip().value();
        out.add(Fixtures.dismissal().bornOn(d(1969, 6, 15)).nip(nip).build());
        out.add(Fixtures.dismissal().bornOn(d(1969, 6, 15)).nip(nip)
                .currentPosition(Position.builder().name("X").build()).build());
        out.add(Fixtures.dismissal().employee(e -> e.birthDateAtAppointment(d(1968, 6, 2))).build());
        for (Period mpp : new Period[] {Period.builder().from(d(2025, 6, 1)).build(),
            Period.builder().from(d(2026, 7, 1)).build(), Period.builder().from(d(2025, 8, 1)).to(d(2026, 8, 1)).build()}) {
            out.add(Fixtures.dismissal().employee(e -> e.preRetirementLeave(mpp)).build());
        }
        for (LocalDate decided : new LocalDate[] {null, d(2026, 6, 30)}) {
            out.add(Fixtures.dismissal(Action.OWN_REQUEST).proposal(p -> p.decisionDate(Optional.ofNullable(decided)))
                    .build());
            out.add(Fixtures.dismissal(Action.HEALTH).proposal(p -> p.submittedOn(d(2026, 3, 2))
                    .decisionDate(Optional.ofNullable(decided))).build());
            out.add(DismissalFixtures.dismissal(Action.OTHER_GROUND, DismissalGround.CLTN_NOT_PLACED, d(2026, 7, 1))
                    .withSubmittedOn(d(2026, 3, 2)).withDecisionDate(Optional.ofNullable(decided)));
        }
        ImmutableEmployee studied = DismissalFixtures.employee().withStudyLeaves(Period.builder()
                .from(d(2024, 6, 3)).to(d(2026, 6, 5)).build());
        for (LocalDate reported : new LocalDate[] {null, d(2026, 6, 10), d(2026, 7, 20)}) {
            for (LocalDate effective : new LocalDate[] {d(2026, 6, 10), d(2026, 8, 1)}) {
                out.add(DismissalFixtures.dismissal(Action.OTHER_GROUND, DismissalGround.STUDY_LEAVE_NOT_REPORTED,
                        effective).withEmployee(studied.withStudyLeaveReportedOn(Optional.ofNullable(reported))));
            }
        }
        List<ImmutableDisciplinarySanction> sanctions = new ArrayList<>();
        ImmutableDisciplinarySanction light = sanction(SanctionLevel.RINGAN, SanctionType.WRITTEN_REPRIMAND);
        ImmutableDisciplinarySanction heavy = sanction(SanctionLevel.BERAT, SanctionType.DEMOTION_ONE_LEVEL);
        sanctions.add(light.withNeutralityViolation(NeutralityViolation.PROSPECTIVE_CANDIDATE_BANNER));
        sanctions.add(light.withNeutralityViolation(NeutralityViolation.CANDIDATE_BANNER));
        sanctions.add(light.withSanctionType(Optional.empty()).withType("21")
                .withNeutralityViolation(NeutralityViolation.CANDIDATE_BANNER));
        sanctions.add(heavy.withNeutralityViolation(NeutralityViolation.PARTY_MEMBERSHIP));
        sanctions.add(light.withOffence(DisciplinaryOffence.WEALTH_REPORT));
        sanctions.add(heavy.withOffence(DisciplinaryOffence.WEALTH_REPORT));
        sanctions.add(light.withOffence(DisciplinaryOffence.ILLEGAL_LEVY).withImpact(ViolationImpact.STATE));
        sanctions.add(light.withOffence(DisciplinaryOffence.ILLEGAL_LEVY));
        for (DisciplinaryAuthority by : DisciplinaryAuthority.values()) {
            sanctions.add(light.withImposedBy(by));
            sanctions.add(heavy.withImposedBy(by));
            sanctions.add(sanction(SanctionLevel.BERAT, SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST).withImposedBy(by));
        }
        for (PositionLevel level : new PositionLevel[] {PositionLevel.PENGAWAS, PositionLevel.ADMINISTRATOR,
            PositionLevel.JPT_MADYA}) {
            for (ImmutableDisciplinarySanction s : sanctions) {
                ImmutableEmployee e = DismissalFixtures.employee().withCurrentPosition(Position.builder().level(level)
                        .since(d(2019, 1, 2)).build()).withSanctions(s);
                ImmutableProposal transfer = ImmutableProposal.copyOf(Fixtures.transfer().build());
                out.add(transfer.withEmployee(e));
                out.add(transfer.withEmployee(e.withStatus(EmploymentStatus.PPPK)));
            }
        }
        return out;
    }

    @Test
    void messagesNameOnlyTheFactsTheirEvaluationsGiveInBothLanguages() {
        Checker id = StandardRules.addTo(Checker.builder()).build();
        Checker covered = StandardRules.addTo(Checker.builder()).workingDayCalendar(WorkingDayCalendar.builder()
                .year(2026, "TEST 2026").build()).build();
        Checker strict = StandardRules.addTo(Checker.builder())
                .setSwitch(StudyLeaveReportRule.UNKNOWN_HOLIDAYS_SWITCH, true).build();
        Set<String> reached = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Checker c : new Checker[] {id, covered, strict}) {
            for (Language language : Language.values()) {
                Checker checker = c.withLanguage(language);
                for (Proposal p : proposals()) {
                    for (Finding f : checker.check(p, d(2026, 11, 23)).getFindings()) {
                        if (!RULES.contains(f.getRuleId())) {
                            continue;
                        }
                        reached.add(f.getRuleId() + " " + f.getOutcome());
                        if (f.getMessage().contains("{") || f.getMessage().isBlank()) {
                            problems.add(language + " " + f.getRuleId() + ": " + f.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(reached).contains("BERHENTI-SLA WARNING", "BERHENTI-APS-SLA WARNING", "BERHENTI-TUBEL FAIL",
                "BERHENTI-TUBEL INCOMPLETE", "BERHENTI-TUBEL WARNING", "PENSIUN-USIA-FIXED FAIL", "PENSIUN-USIA-FIXED WARNING",
                "PENSIUN-MPP WARNING", "NETRAL-SKB-2022 WARNING", "DISIPLIN-LHKPN FAIL", "DISIPLIN-LHKPN WARNING",
                "DISIPLIN-DAMPAK WARNING", "DISIPLIN-AUTHORITY WARNING", "PPPK-DISIPLIN WARNING");
    }
}

package io.github.imut.rules.discipline;

import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.ImmutableDisciplinarySanction;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import io.github.imut.rules.dismissal.DismissalFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeavyDisciplineDismissalRuleTest {
    private static final String ID = "DISIPLIN-UU20-CONFLICT";
    private static final Checker UU20 = DismissalFixtures.checkerWith(HeavyDisciplineDismissalRule.UU20_SWITCH, true);

    private static ImmutableDisciplinarySanction pdhtaps(LocalDate committed) {
        return DisciplinarySanction.builder().level(SanctionLevel.BERAT)
                .sanctionType(SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST).committedOn(committed)
                .decidedOn(committed.plusMonths(2)).from(committed.plusMonths(2)).build();
    }

    private static ImmutableProposal dismissal(Action action, DisciplinarySanction s) {
        ImmutableProposal p = DismissalFixtures.dismissal(action, DismissalGround.HEAVY_DISCIPLINE,
                LocalDate.of(2025, 1, 1));
        return p.withEmployee(DismissalFixtures.employee().withSanctions(s));
    }

    @Test
    void violationTheDayBeforeUu20IsPdhtapsWithoutConflict() {
        ImmutableProposal p = dismissal(Action.OTHER_GROUND, pdhtaps(LocalDate.of(2023, 10, 30)));
        assertThat(finding(p, ID)).isEmpty();
        Finding f = finding(dismissal(Action.DISHONOURABLE, pdhtaps(LocalDate.of(2023, 10, 30))), ID).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("expectedKind", DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST);
    }

    @Test
    void violationOnTheDayOfUu20WarnsOfTheConflictByDefault() {
        Finding f = finding(dismissal(Action.OTHER_GROUND, pdhtaps(LocalDate.of(2023, 10, 31))), ID).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("UU 20/2023 Pasal 52 ayat (4)", "PP 94/2021 Pasal 8 ayat (4) huruf c");
        assertThat(finding(dismissal(Action.DISHONOURABLE, pdhtaps(LocalDate.of(2023, 10, 31))), ID).orElseThrow()
                .getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void withTheUu20SwitchPdhtapsFailsAndPtdhOnlyWarns() {
        ImmutableProposal pdh = dismissal(Action.OTHER_GROUND, pdhtaps(LocalDate.of(2024, 2, 1)));
        assertThat(UU20.check(pdh, DismissalFixtures.AS_OF).finding(ID).orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
        ImmutableProposal tdh = dismissal(Action.DISHONOURABLE, pdhtaps(LocalDate.of(2024, 2, 1)));
        assertThat(UU20.check(tdh, DismissalFixtures.AS_OF).finding(ID).orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void pp53DishonourableSanctionStaysDishonourable() {
        ImmutableDisciplinarySanction ptdh = DisciplinarySanction.builder().level(SanctionLevel.BERAT)
                .sanctionType(SanctionType.DISHONOURABLE_DISMISSAL).decidedOn(LocalDate.of(2020, 5, 4)).build();
        assertThat(finding(dismissal(Action.DISHONOURABLE, ptdh), ID)).isEmpty();
        assertThat(finding(dismissal(Action.OTHER_GROUND, ptdh), ID).orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void withoutTheSanctionOrItsDateTheRuleIsIncomplete() {
        assertThat(finding(DismissalFixtures.dismissal(Action.OTHER_GROUND, DismissalGround.HEAVY_DISCIPLINE,
                LocalDate.of(2025, 1, 1)), ID).orElseThrow().getMissing()).containsExactly("employee.sanctions");
        ImmutableDisciplinarySanction undated = DisciplinarySanction.builder().level(SanctionLevel.BERAT)
                .sanctionType(SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST).decidedOn(LocalDate.of(2024, 6, 1)).build();
        assertThat(finding(dismissal(Action.OTHER_GROUND, undated), ID).orElseThrow().getMissing())
                .containsExactly("employee.sanctions[0].committedOn");
    }

    @Test
    void absenceDismissalNeedsTenConsecutiveWorkingDaysOr28Days() {
        ImmutableDisciplinarySanction s = pdhtaps(LocalDate.of(2024, 5, 1)).withUnexcusedAbsenceDays(27)
                .withConsecutiveAbsenceWorkingDays(9);
        Finding f = finding(dismissal(Action.OTHER_GROUND, s), "DISIPLIN-ABSEN-10HK").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(dismissal(Action.OTHER_GROUND, s.withConsecutiveAbsenceWorkingDays(10)),
                "DISIPLIN-ABSEN-10HK")).isEmpty();
        assertThat(finding(dismissal(Action.OTHER_GROUND, s.withUnexcusedAbsenceDays(28)), "DISIPLIN-ABSEN-10HK"))
                .isEmpty();
    }
}

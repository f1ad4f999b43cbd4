package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static io.github.imut.rules.dismissal.DismissalFixtures.pension;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Gender;
import io.github.imut.model.HealthExamination;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** PENSIUN-HAK and PENSIUN-DINI-45-20: UU 11/1969 Pasal 9. */
class PensionRulesTest {

    private static ImmutableProposal of(Action action, DismissalGround ground, LocalDate birth, int serviceMonths,
            LocalDate effective, boolean claimed) {
        ImmutableProposal p = pension(dismissal(action, ground, effective), claimed);
        return p.withEmployee(DismissalFixtures.employee().withBirthDate(birth)
                .withNip(Nip.of(birth, YearMonth.of(2000, 3), Gender.MALE, 1)).withPensionServiceMonths(serviceMonths));
    }

    @Test
    void fiftyYearsAndTwentyYearsOfServiceOnTheBirthday() {
        LocalDate birth = LocalDate.of(1976, 7, 1);
        assertThat(finding(of(Action.OWN_REQUEST, null, birth, 240, LocalDate.of(2026, 7, 1), true),
                "PENSIUN-HAK")).isEmpty();
        Finding dayBefore = finding(of(Action.OWN_REQUEST, null, birth, 240, LocalDate.of(2026, 6, 30), true),
                "PENSIUN-HAK").orElseThrow();
        assertThat(dayBefore.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(dayBefore.getFacts()).containsEntry("age", 49).containsEntry("minAge", 50);
        assertThat(finding(of(Action.OWN_REQUEST, null, birth, 239, LocalDate.of(2026, 7, 1), true), "PENSIUN-HAK")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void leapDayBirthCompletesFiftyOnTheFirstOfMarch() {
        LocalDate birth = LocalDate.of(1976, 2, 29);
        assertThat(finding(of(Action.OWN_REQUEST, null, birth, 300, LocalDate.of(2026, 2, 28), true), "PENSIUN-HAK")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(of(Action.OWN_REQUEST, null, birth, 300, LocalDate.of(2026, 3, 1), true), "PENSIUN-HAK"))
                .isEmpty();
    }

    @Test
    void eligibleButNoPensionWarns() {
        assertThat(finding(of(Action.OWN_REQUEST, null, LocalDate.of(1970, 1, 1), 300, LocalDate.of(2026, 7, 1),
                false), "PENSIUN-HAK").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void dishonourableDismissalHasNoPension() {
        ImmutableProposal p = of(Action.DISHONOURABLE, DismissalGround.BETRAYAL, LocalDate.of(1965, 1, 1), 400,
                LocalDate.of(2026, 7, 1), true);
        assertThat(finding(p, "PENSIUN-HAK").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(pension(p, false), "PENSIUN-HAK")).isEmpty();
    }

    @Test
    void unfitnessCausedByDutyNeedsNoServiceAndOtherUnfitnessFourYears() {
        ImmutableProposal p = of(Action.HEALTH, null, LocalDate.of(1995, 1, 1), 12, LocalDate.of(2026, 7, 1), true);
        assertThat(finding(p, "PENSIUN-HAK").orElseThrow().getMissing())
                .containsExactly("employee.healthExamination.causedByDuty");
        ImmutableProposal byDuty = p.withEmployee(io.github.imut.model.ImmutableEmployee.copyOf(p.getEmployee()).withHealthExamination(HealthExamination.builder()
                .unfit(true).causedByDuty(true).build()));
        assertThat(finding(byDuty, "PENSIUN-HAK")).isEmpty();
        ImmutableProposal other = p.withEmployee(io.github.imut.model.ImmutableEmployee.copyOf(p.getEmployee()).withHealthExamination(HealthExamination.builder()
                .unfit(true).causedByDuty(false).build()));
        assertThat(finding(other, "PENSIUN-HAK").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(other.withEmployee(io.github.imut.model.ImmutableEmployee.copyOf(other.getEmployee()).withPensionServiceMonths(48)), "PENSIUN-HAK"))
                .isEmpty();
    }

    @Test
    void downsizingWithTenYearsBeforeFiftyDefersThePension() {
        ImmutableProposal p = of(Action.ORGANISATION_DOWNSIZING, null, LocalDate.of(1980, 5, 17), 120,
                LocalDate.of(2026, 7, 1), true);
        Finding f = finding(p, "PENSIUN-HAK").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("pensionStart", LocalDate.of(2030, 6, 1));
        assertThat(finding(p.withEmployee(io.github.imut.model.ImmutableEmployee.copyOf(p.getEmployee()).withPensionServiceMonths(119)), "PENSIUN-HAK")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void retirementAtBupWithShortServiceOnlyWarns() {
        ImmutableProposal p = of(Action.RETIREMENT_AGE, null, LocalDate.of(1968, 5, 17), 180,
                LocalDate.of(2026, 6, 1), true);
        assertThat(finding(p, "PENSIUN-HAK").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void proposalStatingNoPensionClaimIsNotJudged() {
        ImmutableProposal p = dismissal(Action.OWN_REQUEST, null, LocalDate.of(2026, 7, 1));
        assertThat(finding(p, "PENSIUN-HAK")).isEmpty();
    }

    @Test
    void earlyRetirementAt47With20YearsWarnsAndFailsUnderTheStatuteUnlessSwitched() {
        ImmutableProposal p = of(Action.EARLY_RETIREMENT, null, LocalDate.of(1979, 3, 3), 250,
                LocalDate.of(2026, 7, 1), true);
        assertThat(finding(p, "PENSIUN-DINI-45-20").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(finding(p, "PENSIUN-HAK").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(DismissalFixtures.checkerWith(EarlyPensionThresholdRule.SWITCH, true)
                .check(p, DismissalFixtures.AS_OF).finding("PENSIUN-HAK")).isEmpty();
        ImmutableProposal at44 = of(Action.EARLY_RETIREMENT, null, LocalDate.of(1982, 3, 3), 250,
                LocalDate.of(2026, 7, 1), true);
        assertThat(finding(at44, "PENSIUN-DINI-45-20")).isEmpty();
    }
}

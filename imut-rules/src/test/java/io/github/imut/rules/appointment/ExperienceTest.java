package io.github.imut.rules.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ExperienceTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void singleOngoingPositionCompletesOnTheSameCalendarDate() {
        Experience on = Experience.until(d("2024-01-03")).addOngoing(d("2022-01-03"));
        assertThat(on.hasYears(2)).isTrue();
        Experience dayBefore = Experience.until(d("2024-01-02")).addOngoing(d("2022-01-03"));
        assertThat(dayBefore.hasYears(2)).isFalse();
        assertThat(dayBefore.completesOn(2)).contains(d("2024-01-03"));
        assertThat(dayBefore.period()).isEqualTo(Period.of(1, 11, 30));
        assertThat(Experience.until(d("2023-05-10")).addOngoing(d("2022-01-03")).completesOn(2))
                .contains(d("2024-01-03"));
    }

    @Test
    void closedPositionCountsBothEndsInclusive() {
        // 2020-01-01..2020-12-31 is 366 days (leap year), exactly one calendar year
        Experience e = Experience.until(d("2026-01-01")).add(d("2020-01-01"), d("2020-12-31"));
        assertThat(e.days()).isEqualTo(366);
        assertThat(e.hasYears(1)).isTrue();
        assertThat(Experience.until(d("2026-01-01")).add(d("2020-01-01"), d("2020-12-30")).hasYears(1)).isFalse();
    }

    @Test
    void overlappingPositionsCountOnce() {
        Experience e = Experience.until(d("2030-01-01"))
                .add(d("2020-01-01"), d("2021-12-31"))
                .add(d("2021-01-01"), d("2022-12-31"));
        assertThat(e.days()).isEqualTo(d("2023-01-01").toEpochDay() - d("2020-01-01").toEpochDay());
        assertThat(e.hasYears(3)).isTrue();
        assertThat(e.hasYears(4)).isFalse();
    }

    @Test
    void positionInsideAnotherAddsNothing() {
        Experience e = Experience.until(d("2030-01-01"))
                .add(d("2020-01-01"), d("2022-12-31"))
                .add(d("2021-03-01"), d("2021-06-30"));
        assertThat(e.days()).isEqualTo(Experience.until(d("2030-01-01")).add(d("2020-01-01"), d("2022-12-31"))
                .days());
    }

    @Test
    void adjacentPositionsChainWithoutGapOrDoubleDay() {
        Experience e = Experience.until(d("2025-01-01"))
                .add(d("2020-01-01"), d("2021-12-31"))
                .addOngoing(d("2022-01-01"));
        assertThat(e.days()).isEqualTo(d("2025-01-01").toEpochDay() - d("2020-01-01").toEpochDay());
        assertThat(e.hasYears(5)).isTrue();
        assertThat(Experience.until(d("2024-12-31")).add(d("2020-01-01"), d("2021-12-31"))
                .addOngoing(d("2022-01-01")).hasYears(5)).isFalse();
    }

    @Test
    void gapsAreNotCountedAndShiftTheCompletionDate() {
        // 2 years closed, a 1-year gap, then the current post from 2023-01-01: 5 years complete on 2026-01-01
        Experience e = Experience.until(d("2025-06-01"))
                .add(d("2020-01-01"), d("2021-12-31"))
                .addOngoing(d("2023-01-01"));
        assertThat(e.hasYears(5)).isFalse();
        assertThat(e.completesOn(5)).contains(d("2026-01-01"));
        assertThat(Experience.until(d("2025-12-31")).add(d("2020-01-01"), d("2021-12-31"))
                .addOngoing(d("2023-01-01")).hasYears(5)).isFalse();
        assertThat(Experience.until(d("2026-01-01")).add(d("2020-01-01"), d("2021-12-31"))
                .addOngoing(d("2023-01-01")).hasYears(5)).isTrue();
    }

    @Test
    void inputOrderDoesNotMatter() {
        Experience a = Experience.until(d("2030-01-01")).add(d("2024-01-01"), d("2024-12-31"))
                .add(d("2020-01-01"), d("2020-06-30")).add(d("2020-05-01"), d("2021-01-31"));
        Experience b = Experience.until(d("2030-01-01")).add(d("2020-05-01"), d("2021-01-31"))
                .add(d("2024-01-01"), d("2024-12-31")).add(d("2020-01-01"), d("2020-06-30"));
        assertThat(a.days()).isEqualTo(b.days()).isEqualTo(397 + 366);
    }

    @Test
    void daysOnOrAfterTheEffectiveDateAreNotCounted() {
        Experience e = Experience.until(d("2024-01-01")).add(d("2023-01-01"), d("2025-12-31"))
                .add(d("2024-06-01"), d("2024-12-31"));
        assertThat(e.days()).isEqualTo(365);
    }

    @Test
    void gapAfterAShortPostIsNotCounted() {
        // 1 year, then 6 months' gap, then the current post: 2 years complete 6 months after the plain anniversary
        Experience e = Experience.until(d("2022-01-01")).add(d("2020-01-01"), d("2020-12-31"))
                .addOngoing(d("2021-07-01"));
        assertThat(e.completesOn(2)).contains(d("2022-07-01"));
        assertThat(e.period().getYears()).isEqualTo(1);
        assertThat(e.period().getMonths()).isEqualTo(6);
    }

    @Test
    void twoYearsAndOneYearAreThreeYearsWhateverLeapDaysLieBetween() {
        Experience e = Experience.until(d("2026-07-01")).add(d("2021-03-01"), d("2023-02-28"))
                .addOngoing(d("2025-07-01"));
        assertThat(e.hasYears(3)).isTrue();
        assertThat(e.period()).isEqualTo(Period.ofYears(3));
        Experience dayBefore = Experience.until(d("2026-06-30")).add(d("2021-03-01"), d("2023-02-28"))
                .addOngoing(d("2025-07-01"));
        assertThat(dayBefore.hasYears(3)).isFalse();
        assertThat(dayBefore.completesOn(3)).contains(d("2026-07-01"));
    }

    @Test
    void leftOverDaysOfSeveralPeriodsCarryIntoAMonthOnlyPastThirtyOneDays() {
        // 11 months 20 days + 11 days = 11 months 31 days = 1 year
        Experience e = Experience.until(d("2030-01-01")).add(d("2020-01-01"), d("2020-12-20"))
                .add(d("2022-01-01"), d("2022-01-11"));
        assertThat(e.hasYears(1)).isTrue();
        Experience shortByOne = Experience.until(d("2030-01-01")).add(d("2020-01-01"), d("2020-12-20"))
                .add(d("2022-01-01"), d("2022-01-10"));
        assertThat(shortByOne.hasYears(1)).isFalse();
        assertThat(shortByOne.period()).isEqualTo(Period.of(0, 11, 30));
    }

    @Test
    void emptySumHasNoYears() {
        Experience e = Experience.until(d("2025-01-01"));
        assertThat(e.hasYears(1)).isFalse();
        assertThat(e.completesOn(1)).isEmpty();
        assertThat(e.period()).isEqualTo(Period.ZERO);
    }

    @Test
    void closedPositionsGiveNoCompletionDate() {
        Experience e = Experience.until(d("2025-01-01")).add(d("2020-01-01"), d("2021-12-31"));
        assertThat(e.completesOn(5)).isEmpty();
    }

    @Test
    void firstCountedDayOnTwentyNinthFebruaryCompletesOnFirstOfMarch() {
        Experience e = Experience.until(d("2025-01-15")).addOngoing(d("2024-02-29"));
        assertThat(e.completesOn(1)).contains(d("2025-03-01"));
        assertThat(Experience.until(d("2025-02-28")).addOngoing(d("2024-02-29")).hasYears(1)).isFalse();
        assertThat(Experience.until(d("2025-03-01")).addOngoing(d("2024-02-29")).hasYears(1)).isTrue();
    }

    @Test
    void unboundedSumMeetsAnyRequirement() {
        assertThat(Experience.until(d("2025-01-01")).addUnbounded().hasYears(40)).isTrue();
    }

    @Test
    void manyPositionsGrowTheBuffers() {
        Experience e = Experience.until(d("2040-01-01"));
        for (int y = 2000; y < 2020; y++) {
            e.add(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30));
        }
        // twenty half-years (1 January to 30 June) are ten years, whatever their day counts
        assertThat(e.hasYears(10)).isTrue();
        assertThat(e.hasYears(11)).isFalse();
    }
}

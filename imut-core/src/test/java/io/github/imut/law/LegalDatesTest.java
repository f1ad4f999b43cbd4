package io.github.imut.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.law.LegalDates.LeapDay;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalDatesTest {
    private static final LocalDate LEAP_BIRTH = LocalDate.of(1968, 2, 29);

    @Test
    void anniversaryOfTwentyNinthFebruaryFollowsThePolicyInACommonYear() {
        assertThat(LegalDates.plusYears(LEAP_BIRTH, 58, LeapDay.FEB_28)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(LegalDates.plusYears(LEAP_BIRTH, 58, LeapDay.MAR_1)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void anniversaryOfTwentyNinthFebruaryStaysInALeapYear() {
        assertThat(LegalDates.plusYears(LEAP_BIRTH, 56, LeapDay.MAR_1)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void ordinaryDatesIgnoreThePolicy() {
        LocalDate d = LocalDate.of(2023, 9, 1);
        assertThat(LegalDates.plusYears(d, 2, LeapDay.MAR_1)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(LegalDates.plusYears(LocalDate.of(2024, 2, 28), 1, LeapDay.MAR_1))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void yearsCompleteOnTheAnniversaryNotTheDayBefore() {
        LocalDate inaugurated = LocalDate.of(2023, 9, 1);
        assertThat(LegalDates.yearsComplete(inaugurated, 2, LocalDate.of(2025, 8, 31), LeapDay.MAR_1)).isFalse();
        assertThat(LegalDates.yearsComplete(inaugurated, 2, LocalDate.of(2025, 9, 1), LeapDay.MAR_1)).isTrue();
        assertThat(LegalDates.yearsComplete(inaugurated, 2, LocalDate.of(2025, 9, 2), LeapDay.MAR_1)).isTrue();
    }

    @Test
    void yearsCompleteFromTwentyNinthFebruaryDependsOnThePolicy() {
        LocalDate from = LocalDate.of(2024, 2, 29);
        LocalDate feb28 = LocalDate.of(2026, 2, 28);
        assertThat(LegalDates.yearsComplete(from, 2, feb28, LeapDay.FEB_28)).isTrue();
        assertThat(LegalDates.yearsComplete(from, 2, feb28, LeapDay.MAR_1)).isFalse();
    }

    @Test
    void completedYearsChangeOnTheBirthday() {
        LocalDate birth = LocalDate.of(1985, 3, 12);
        assertThat(LegalDates.completedYears(birth, LocalDate.of(2026, 3, 11))).isEqualTo(40);
        assertThat(LegalDates.completedYears(birth, LocalDate.of(2026, 3, 12))).isEqualTo(41);
        assertThat(LegalDates.completedYears(LEAP_BIRTH, LocalDate.of(2026, 2, 27))).isEqualTo(57);
        assertThat(LegalDates.completedYears(LEAP_BIRTH, LocalDate.of(2026, 2, 28))).isEqualTo(58);
        assertThat(LegalDates.completedYears(birth, LocalDate.of(1984, 3, 12))).isEqualTo(-1);
    }

    @Test
    void completedMonthsCountWholeMonths() {
        assertThat(LegalDates.completedMonths(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 8, 19))).isEqualTo(5);
        assertThat(LegalDates.completedMonths(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 8, 20))).isEqualTo(6);
    }

    @Test
    void monthBoundaries() {
        assertThat(LegalDates.firstOfNextMonth(LocalDate.of(2025, 3, 15))).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(LegalDates.firstOfNextMonth(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(LegalDates.endOfMonth(LocalDate.of(2024, 2, 10))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(LegalDates.endOfMonth(LocalDate.of(2025, 2, 10))).isEqualTo(LocalDate.of(2025, 2, 28));
    }
}

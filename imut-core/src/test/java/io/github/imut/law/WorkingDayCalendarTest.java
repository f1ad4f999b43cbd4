package io.github.imut.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.law.WorkingDayCalendar.DayKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The days below are made up for the test; they are not any year's real holidays. */
class WorkingDayCalendarTest {
    private static WorkingDayCalendar json(String text) {
        return WorkingDayCalendar.fromJson(new ByteArrayInputStream(text.replace('\'', '"')
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** 2025 covered: Tuesday 11 March a holiday, Wednesday 12 March collective leave, Saturday 15 March listed. */
    private static final WorkingDayCalendar CAL = json("{'note': 'test', 'years': {'2025': {'reference': 'TEST "
            + "DECREE 2025', 'days': [{'date': '2025-03-11', 'kind': 'NATIONAL_HOLIDAY', 'name': 'Hari A'}, "
            + "{'date': '2025-03-12', 'kind': 'COLLECTIVE_LEAVE'}, {'date': '2025-03-15', 'kind': "
            + "'NATIONAL_HOLIDAY', 'name': 'Hari B'}]}}}");

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void weekendsAreNeverWorkingDaysAndWeekdaysOfAnUncoveredYearAlwaysAre() {
        assertThat(CAL.isWorkingDay(d(2025, 3, 8))).isFalse();
        assertThat(CAL.isWorkingDay(d(2025, 3, 9))).isFalse();
        assertThat(CAL.isWorkingDay(d(2025, 3, 10))).isTrue();
        assertThat(CAL.isWorkingDay(d(2025, 3, 11))).isFalse();
        assertThat(CAL.isWorkingDay(d(2026, 3, 11))).isTrue();
        assertThat(WorkingDayCalendar.empty().isWorkingDay(d(2025, 3, 11))).isTrue();
    }

    @Test
    void theStartDayIsNotCountedAndTheNthWorkingDayAfterItEndsThePeriod() {
        // Friday 7 March 2025: Monday 10 is working day 1; 11 and 12 are listed, so 13, 14, 17, 18 are 2 to 5
        assertThat(CAL.plusWorkingDays(d(2025, 3, 7), 1)).isEqualTo(d(2025, 3, 10));
        assertThat(CAL.plusWorkingDays(d(2025, 3, 7), 5)).isEqualTo(d(2025, 3, 18));
        assertThat(WorkingDayCalendar.empty().plusWorkingDays(d(2025, 3, 7), 5)).isEqualTo(d(2025, 3, 14));
        assertThat(CAL.plusWorkingDays(d(2025, 3, 7), 0)).isEqualTo(d(2025, 3, 7));
    }

    @Test
    void aPeriodStartingOnAWeekendOrHolidayCountsFromTheNextWorkingDay() {
        assertThat(CAL.plusWorkingDays(d(2025, 3, 8), 1)).isEqualTo(d(2025, 3, 10));
        assertThat(CAL.plusWorkingDays(d(2025, 3, 11), 1)).isEqualTo(d(2025, 3, 13));
    }

    @Test
    void fourteenWorkingDaysCrossAMonthEnd() {
        // Monday 17 February 2025 + 14 working days, no day listed then: Friday 7 March
        assertThat(CAL.plusWorkingDays(d(2025, 2, 17), 14)).isEqualTo(d(2025, 3, 7));
        // Monday 3 March 2025 + 14 through the listed 11 and 12 March: Tuesday 25 March (two days later)
        assertThat(CAL.plusWorkingDays(d(2025, 3, 3), 14)).isEqualTo(d(2025, 3, 25));
        assertThat(WorkingDayCalendar.empty().plusWorkingDays(d(2025, 3, 3), 14)).isEqualTo(d(2025, 3, 21));
    }

    @Test
    void the29thOfFebruaryIsAWorkingDayWhenItIsAWeekday() {
        // Thursday 29 February 2024
        assertThat(CAL.plusWorkingDays(d(2024, 2, 28), 1)).isEqualTo(d(2024, 2, 29));
        assertThat(CAL.plusWorkingDays(d(2024, 2, 29), 1)).isEqualTo(d(2024, 3, 1));
        assertThat(CAL.plusWorkingDays(d(2024, 2, 23), 5)).isEqualTo(d(2024, 3, 1));
    }

    @Test
    void coverageIsPerYear() {
        assertThat(CAL.covers(2025)).isTrue();
        assertThat(CAL.covers(2026)).isFalse();
        assertThat(CAL.coversAll(d(2025, 1, 1), d(2025, 12, 31))).isTrue();
        assertThat(CAL.coversAll(d(2025, 12, 31), d(2026, 1, 2))).isFalse();
        assertThat(CAL.firstUncoveredYear(d(2024, 12, 31), d(2025, 1, 2))).isEqualTo(OptionalInt.of(2024));
        assertThat(CAL.coveredYears()).containsExactly(2025);
        assertThat(CAL.reference(2025)).contains("TEST DECREE 2025");
        assertThat(CAL.reference(2026)).isEmpty();
        assertThat(WorkingDayCalendar.empty().coveredYears()).isEmpty();
    }

    @Test
    void listedDaysKeepTheirKindAndName() {
        assertThat(CAL.listedKind(d(2025, 3, 11))).contains(DayKind.NATIONAL_HOLIDAY);
        assertThat(CAL.listedName(d(2025, 3, 11))).contains("Hari A");
        assertThat(CAL.listedKind(d(2025, 3, 12))).contains(DayKind.COLLECTIVE_LEAVE);
        assertThat(CAL.listedName(d(2025, 3, 12))).isEmpty();
        assertThat(CAL.listedKind(d(2025, 3, 13))).isEmpty();
    }

    @Test
    void anOverridingYearReplacesTheWholeYearAndKeepsTheOthers() {
        WorkingDayCalendar more = WorkingDayCalendar.builder().year(2025, "AMENDED 2025")
                .day(d(2025, 3, 13), DayKind.COLLECTIVE_LEAVE, "").year(2026, "TEST 2026")
                .day(d(2026, 1, 1), DayKind.NATIONAL_HOLIDAY, "Tahun Baru").build();
        WorkingDayCalendar c = CAL.overriddenBy(more);

        assertThat(c.isWorkingDay(d(2025, 3, 11))).isTrue();
        assertThat(c.isWorkingDay(d(2025, 3, 13))).isFalse();
        assertThat(c.reference(2025)).contains("AMENDED 2025");
        assertThat(c.coveredYears()).containsExactly(2025, 2026);
        assertThat(more.overriddenBy(WorkingDayCalendar.empty())).isSameAs(more);
        assertThat(WorkingDayCalendar.empty().overriddenBy(more)).isSameAs(more);
        WorkingDayCalendar y2024 = WorkingDayCalendar.builder().year(2024, "TEST 2024").build();
        assertThat(CAL.overriddenBy(y2024).coveredYears()).containsExactly(2024, 2025);
        assertThat(CAL.overriddenBy(y2024).isWorkingDay(d(2025, 3, 11))).isFalse();
    }

    @Test
    void equalCalendarsAreEqualAndPrintTheirDays() {
        WorkingDayCalendar same = WorkingDayCalendar.builder().year(2025, "TEST DECREE 2025")
                .day(d(2025, 3, 15), DayKind.NATIONAL_HOLIDAY, "Hari B")
                .day(d(2025, 3, 12), DayKind.COLLECTIVE_LEAVE, "")
                .day(d(2025, 3, 11), DayKind.NATIONAL_HOLIDAY, "Hari A").build();
        assertThat(same).isEqualTo(CAL).hasSameHashCodeAs(CAL);
        assertThat(CAL.toString()).contains("2025 (TEST DECREE 2025)", "2025-03-11 NATIONAL_HOLIDAY \"Hari A\"",
                "2025-03-12 COLLECTIVE_LEAVE");
        assertThat(WorkingDayCalendar.builder().build()).isSameAs(WorkingDayCalendar.empty());
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> CAL.plusWorkingDays(d(2025, 3, 7), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayOutsideADeclaredYearIsRejected() {
        assertThatThrownBy(() -> WorkingDayCalendar.builder().day(d(2025, 1, 1), DayKind.NATIONAL_HOLIDAY, "")
                .build()).hasMessageContaining("2025-01-01 lies in 2025, a year not declared");
    }

    @Test
    void malformedJsonNamesWhere() {
        assertThatThrownBy(() -> json("{'years': {'2025': {'reference': 'R', 'days': [], 'extra': 1}}}"))
                .hasMessageContaining("years.2025: unknown key \"extra\"");
        assertThatThrownBy(() -> json("{'years': {'2025': {'days': []}}}"))
                .hasMessageContaining("years.2025: \"reference\"");
        assertThatThrownBy(() -> json("{'years': {'2025': {'reference': 'R', 'days': [{'date': '2026-01-01', "
                + "'kind': 'NATIONAL_HOLIDAY'}]}}}")).hasMessageContaining("days[0]: 2026-01-01 is not in 2025");
        assertThatThrownBy(() -> json("{'years': {'2025': {'reference': 'R', 'days': [{'date': '2025-01-01', "
                + "'kind': 'HOLIDAY'}]}}}")).hasMessageContaining("unknown kind \"HOLIDAY\"");
        assertThatThrownBy(() -> json("{'years': {'2025': {'reference': 'R', 'days': [{'date': '2025-01-01', "
                + "'kind': 'NATIONAL_HOLIDAY'}, {'date': '2025-01-01', 'kind': 'COLLECTIVE_LEAVE'}]}}}"))
                .hasMessageContaining("days[1]: Working-day calendar: 2025-01-01 is listed twice");
        assertThatThrownBy(() -> json("{'years': {'2025': {'reference': 'R', 'days': []}, '2025': {'reference': "
                + "'S', 'days': []}}}")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> json("{'years': {'25': {'reference': 'R', 'days': []}}}"))
                .hasMessageContaining("a year is four digits");
        assertThatThrownBy(() -> json("{'years': {'2025': {'reference': 'R', 'days': [{'date': '2025-02-30', "
                + "'kind': 'NATIONAL_HOLIDAY'}]}}}")).hasMessageContaining("not an ISO date: 2025-02-30");
        assertThatThrownBy(() -> json("{'holidays': {}}")).hasMessageContaining("unknown key \"holidays\"");
        assertThatThrownBy(() -> json("[]")).hasMessageContaining("expected a JSON object");
    }

    @Test
    void aYearWithNoListedDayIsCoveredAndHasOnlyWeekends() {
        WorkingDayCalendar c = json("{'years': {'2027': {'reference': 'R', 'days': []}}}");
        assertThat(c.covers(2027)).isTrue();
        assertThat(c.plusWorkingDays(d(2027, 1, 1), 1)).isEqualTo(d(2027, 1, 4));
    }
}

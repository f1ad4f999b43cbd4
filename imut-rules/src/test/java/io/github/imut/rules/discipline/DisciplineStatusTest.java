package io.github.imut.rules.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.CheckContext;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.Proceeding;
import io.github.imut.model.ProceedingKind;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import io.github.imut.rules.TestProposals;
import io.github.imut.rules.dismissal.DismissalFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisciplineStatusTest {
    private static final CheckContext CONTEXT = CheckContext.of(DismissalFixtures.AS_OF, DismissalFixtures.AS_OF,
            TestProposals.checker().parameters(), TestProposals.checker().calendar(),
            TestProposals.checker().switches());

    private static DisciplineStatus on(ImmutableEmployee e, LocalDate day) {
        return DisciplineStatus.of(e, day, CONTEXT);
    }

    private static io.github.imut.model.ImmutableDisciplinarySanction cut6(LocalDate from) {
        return DisciplinarySanction.builder().level(SanctionLevel.SEDANG)
                .sanctionType(SanctionType.ALLOWANCE_CUT_6_MONTHS).decidedOn(from).from(from).build();
    }

    @Test
    void sixMonthCutFrom15JanuaryRunsTo14JulyInclusive() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(cut6(LocalDate.of(2024, 1, 15)));
        assertThat(on(e, LocalDate.of(2024, 1, 14)).underSanction()).isFalse();
        assertThat(on(e, LocalDate.of(2024, 1, 15)).underSanction()).isTrue();
        assertThat(on(e, LocalDate.of(2024, 7, 14)).underSanction()).isTrue();
        assertThat(on(e, LocalDate.of(2024, 7, 14)).sanctionEnds()).contains(LocalDate.of(2024, 7, 14));
        assertThat(on(e, LocalDate.of(2024, 7, 15)).underSanction()).isFalse();
        assertThat(on(e, LocalDate.of(2024, 7, 15)).isClear()).isTrue();
    }

    @Test
    void statedLastDayWinsOverTheComputedOne() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(
                cut6(LocalDate.of(2024, 1, 15)).withTo(LocalDate.of(2024, 7, 15)));
        assertThat(on(e, LocalDate.of(2024, 7, 15)).underSanction()).isTrue();
    }

    @Test
    void cutStartingOn31AugustEndsOnTheLastDayOfFebruary() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(cut6(LocalDate.of(2023, 8, 31)));
        assertThat(on(e, LocalDate.of(2024, 2, 28)).sanctionEnds()).contains(LocalDate.of(2024, 2, 28));
        assertThat(on(e, LocalDate.of(2024, 2, 29)).underSanction()).isFalse();
    }

    @Test
    void annulledSanctionStopsCountingOnTheDayOfAnnulment() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(
                cut6(LocalDate.of(2024, 1, 15)).withCancelledOn(LocalDate.of(2024, 3, 1)));
        assertThat(on(e, LocalDate.of(2024, 2, 29)).underSanction()).isTrue();
        assertThat(on(e, LocalDate.of(2024, 3, 1)).underSanction()).isFalse();
    }

    @Test
    void dismissalSanctionNeverEnds() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(DisciplinarySanction.builder()
                .level(SanctionLevel.BERAT).sanctionType(SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST)
                .from(LocalDate.of(2022, 1, 1)).build());
        DisciplineStatus s = on(e, LocalDate.of(2030, 1, 1));
        assertThat(s.underSanction()).isTrue();
        assertThat(s.sanctionEnds()).isEmpty();
        assertThat(s.clearFrom()).isEmpty();
    }

    @Test
    void lightSanctionHasNoPeriodBeyondItsDay() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(DisciplinarySanction.builder()
                .level(SanctionLevel.RINGAN).type("2").from(LocalDate.of(2024, 5, 2)).build());
        assertThat(on(e, LocalDate.of(2024, 5, 2)).underSanction()).isTrue();
        assertThat(on(e, LocalDate.of(2024, 5, 3)).isClear()).isTrue();
    }

    @Test
    void siasnCodeGivesTheTypeAndItsLength() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(DisciplinarySanction.builder()
                .level(SanctionLevel.BERAT).type("27").from(LocalDate.of(2024, 2, 1)).build());
        assertThat(on(e, LocalDate.of(2025, 1, 31)).underSanction()).isTrue();
        assertThat(on(e, LocalDate.of(2025, 2, 1)).underSanction()).isFalse();
    }

    @Test
    void unknownPeriodIsNeverTreatedAsOver() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(DisciplinarySanction.builder()
                .level(SanctionLevel.SEDANG).from(LocalDate.of(2015, 1, 1)).build(),
                DisciplinarySanction.builder().level(SanctionLevel.BERAT).build());
        DisciplineStatus s = on(e, LocalDate.of(2026, 1, 1));
        assertThat(s.isClear()).isFalse();
        assertThat(s.unknown()).containsExactly("employee.sanctions[0].to", "employee.sanctions[1].from");
    }

    @Test
    void proceedingsCountFromTheirStart() {
        ImmutableEmployee e = DismissalFixtures.employee().withOpenProceedings(
                Proceeding.builder().kind(ProceedingKind.DISCIPLINARY_EXAMINATION).since(LocalDate.of(2026, 3, 1))
                        .build(),
                Proceeding.builder().kind(ProceedingKind.ADMINISTRATIVE_APPEAL).build());
        assertThat(on(e, LocalDate.of(2026, 2, 28)).underExamination()).isFalse();
        assertThat(on(e, LocalDate.of(2026, 3, 1)).underExamination()).isTrue();
        assertThat(on(e, LocalDate.of(2020, 1, 1)).appealPending()).isTrue();
    }

    @Test
    void criminalSuspectIsInAJudicialProcessButAnAcquittedOneIsNot() {
        ImmutableEmployee e = DismissalFixtures.employee().withCriminalCase(CriminalCase.builder()
                .status(CriminalStatus.SUSPECT).build());
        assertThat(on(e, LocalDate.of(2026, 1, 1)).inJudicialProcess()).isTrue();
        assertThat(on(e.withCriminalCase(CriminalCase.builder().status(CriminalStatus.ACQUITTED).build()),
                LocalDate.of(2026, 1, 1)).inJudicialProcess()).isFalse();
    }

    @Test
    void clearFromWaitsOutAFollowingSanction() {
        ImmutableEmployee e = DismissalFixtures.employee().withSanctions(cut6(LocalDate.of(2024, 1, 15)),
                cut6(LocalDate.of(2024, 7, 15)));
        assertThat(on(e, LocalDate.of(2024, 3, 1)).clearFrom()).contains(LocalDate.of(2025, 1, 15));
    }
}

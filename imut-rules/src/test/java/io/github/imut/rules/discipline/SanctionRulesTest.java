package io.github.imut.rules.discipline;

import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableDisciplinarySanction;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import io.github.imut.rules.TestProposals;
import io.github.imut.rules.dismissal.DismissalFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** DISIPLIN-LEVELS, DISIPLIN-ABSEN and NETRAL-PP94 judge the sanction records of any proposal. */
class SanctionRulesTest {

    private static ImmutableProposal withSanction(DisciplinarySanction s) {
        return TestProposals.transfer().withEffectiveDate(LocalDate.of(2027, 6, 1))
                .withEmployee(DismissalFixtures.employee().withSanctions(s));
    }

    private static ImmutableDisciplinarySanction sanction(SanctionLevel level, SanctionType type, LocalDate from) {
        return DisciplinarySanction.builder().level(level).sanctionType(type).decidedOn(from).from(from).build();
    }

    @Test
    void everyR5TypeHasItsLevelAndTheDurationsOfTable() {
        assertThat(SanctionType.ALLOWANCE_CUT_6_MONTHS.level()).isEqualTo(SanctionLevel.SEDANG);
        LocalDate from = LocalDate.of(2024, 1, 1);
        for (Object[] row : new Object[][] {{SanctionType.ALLOWANCE_CUT_6_MONTHS, "2024-06-30"},
            {SanctionType.ALLOWANCE_CUT_9_MONTHS, "2024-09-30"}, {SanctionType.ALLOWANCE_CUT_12_MONTHS, "2024-12-31"},
            {SanctionType.DEMOTION_ONE_LEVEL, "2024-12-31"}, {SanctionType.RELEASE_TO_PELAKSANA, "2024-12-31"}}) {
            SanctionType t = (SanctionType) row[0];
            ImmutableDisciplinarySanction s = sanction(t.level(), t, from).withTo(LocalDate.parse((String) row[1]));
            assertThat(finding(withSanction(s), "DISIPLIN-LEVELS")).as(t.code()).isEmpty();
            Finding f = finding(withSanction(s.withTo(LocalDate.parse((String) row[1]).plusDays(2))),
                    "DISIPLIN-LEVELS").orElseThrow();
            assertThat(f.getOutcome()).as(t.code()).isEqualTo(Outcome.FAIL);
            assertThat(f.getFacts()).containsEntry("expectedTo", LocalDate.parse((String) row[1]));
        }
    }

    @Test
    void theOtherDurationReadingIsAcceptedToo() {
        ImmutableDisciplinarySanction s = sanction(SanctionLevel.SEDANG, SanctionType.ALLOWANCE_CUT_6_MONTHS,
                LocalDate.of(2024, 1, 15)).withTo(LocalDate.of(2024, 7, 15));
        assertThat(finding(withSanction(s), "DISIPLIN-LEVELS")).isEmpty();
        assertThat(finding(withSanction(s.withTo(LocalDate.of(2024, 7, 16))), "DISIPLIN-LEVELS")).isPresent();
    }

    @Test
    void typeOfAnotherLevelFails() {
        Finding f = finding(withSanction(sanction(SanctionLevel.RINGAN, SanctionType.DEMOTION_ONE_LEVEL,
                LocalDate.of(2024, 1, 1))), "DISIPLIN-LEVELS").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getMessage()).contains("B-TURUNJAB", "BERAT", "RINGAN");
    }

    @Test
    void pp94TypeDecidedTheDayBeforePp94Fails() {
        assertThat(finding(withSanction(sanction(SanctionLevel.SEDANG, SanctionType.ALLOWANCE_CUT_6_MONTHS,
                LocalDate.of(2021, 8, 30))), "DISIPLIN-LEVELS").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(withSanction(sanction(SanctionLevel.SEDANG, SanctionType.ALLOWANCE_CUT_6_MONTHS,
                LocalDate.of(2021, 8, 31))), "DISIPLIN-LEVELS")).isEmpty();
    }

    @Test
    void pp53TypeDecidedUnderPp94Warns() {
        assertThat(finding(withSanction(sanction(SanctionLevel.SEDANG, SanctionType.PAY_RISE_DEFERRED,
                LocalDate.of(2021, 8, 31))), "DISIPLIN-LEVELS").orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
        assertThat(finding(withSanction(sanction(SanctionLevel.SEDANG, SanctionType.PAY_RISE_DEFERRED,
                LocalDate.of(2021, 8, 30))), "DISIPLIN-LEVELS")).isEmpty();
    }

    @Test
    void unknownSiasnCodeWarns() {
        assertThat(finding(withSanction(DisciplinarySanction.builder().level(SanctionLevel.RINGAN).type("21")
                .build()), "DISIPLIN-LEVELS").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void pppkSanctionsAreNotJudgedAgainstThePnsTable() {
        ImmutableProposal p = withSanction(sanction(SanctionLevel.RINGAN, SanctionType.DEMOTION_ONE_LEVEL,
                LocalDate.of(2024, 1, 1)));
        p = p.withEmployee(DismissalFixtures.employee().withStatus(EmploymentStatus.PPPK)
                .withSanctions(p.getEmployee().getSanctions()));
        assertThat(finding(p, "DISIPLIN-LEVELS")).isEmpty();
    }

    // DISIPLIN-ABSEN: table R6

    private static ImmutableDisciplinarySanction absence(SanctionType type, int days) {
        return sanction(type.level(), type, LocalDate.of(2025, 3, 3)).withCommittedOn(LocalDate.of(2025, 2, 20))
                .withUnexcusedAbsenceDays(days);
    }

    @Test
    void bandBoundariesOfTableR6() {
        Object[][] rows = {{2, null}, {3, SanctionType.VERBAL_REPRIMAND}, {4, SanctionType.WRITTEN_REPRIMAND},
            {6, SanctionType.WRITTEN_REPRIMAND}, {7, SanctionType.WRITTEN_DISSATISFACTION},
            {10, SanctionType.WRITTEN_DISSATISFACTION}, {11, SanctionType.ALLOWANCE_CUT_6_MONTHS},
            {14, SanctionType.ALLOWANCE_CUT_9_MONTHS}, {17, SanctionType.ALLOWANCE_CUT_12_MONTHS},
            {20, SanctionType.ALLOWANCE_CUT_12_MONTHS}, {21, SanctionType.DEMOTION_ONE_LEVEL},
            {25, SanctionType.RELEASE_TO_PELAKSANA}, {27, SanctionType.RELEASE_TO_PELAKSANA},
            {28, SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST}};
        for (Object[] row : rows) {
            int days = (Integer) row[0];
            SanctionType expected = (SanctionType) row[1];
            if (expected == null) {
                assertThat(finding(withSanction(absence(SanctionType.VERBAL_REPRIMAND, days)), "DISIPLIN-ABSEN")
                        .orElseThrow().getOutcome()).as(days + " days").isEqualTo(Outcome.WARNING);
                continue;
            }
            assertThat(finding(withSanction(absence(expected, days)), "DISIPLIN-ABSEN")).as(days + " days").isEmpty();
        }
    }

    @Test
    void sanctionLighterThanTheBandFailsAndHeavierWarns() {
        Finding light = finding(withSanction(absence(SanctionType.WRITTEN_DISSATISFACTION, 11)), "DISIPLIN-ABSEN")
                .orElseThrow();
        assertThat(light.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(light.getFacts()).containsEntry("expectedType", "S-TKN6");
        assertThat(finding(withSanction(absence(SanctionType.ALLOWANCE_CUT_9_MONTHS, 13)), "DISIPLIN-ABSEN")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void tenConsecutiveWorkingDaysCallForDismissal() {
        ImmutableDisciplinarySanction s = absence(SanctionType.WRITTEN_DISSATISFACTION, 10)
                .withConsecutiveAbsenceWorkingDays(10);
        assertThat(finding(withSanction(s), "DISIPLIN-ABSEN").orElseThrow().getFacts())
                .containsEntry("expectedType", "B-PDHTAPS");
        assertThat(finding(withSanction(s.withConsecutiveAbsenceWorkingDays(9)), "DISIPLIN-ABSEN")).isEmpty();
    }

    @Test
    void absenceBeforePp94IsNotJudged() {
        assertThat(finding(withSanction(absence(SanctionType.VERBAL_REPRIMAND, 30)
                .withCommittedOn(LocalDate.of(2021, 8, 30))), "DISIPLIN-ABSEN")).isEmpty();
        assertThat(finding(withSanction(absence(SanctionType.VERBAL_REPRIMAND, 30)
                .withCommittedOn(LocalDate.of(2021, 8, 31))), "DISIPLIN-ABSEN")).isPresent();
    }

    // NETRAL-PP94

    private static ImmutableDisciplinarySanction neutrality(SanctionLevel level, int form) {
        return DisciplinarySanction.builder().level(level).committedOn(LocalDate.of(2024, 2, 1))
                .decidedOn(LocalDate.of(2024, 4, 1)).neutralityForm(form).build();
    }

    @Test
    void campaigningIsModerateAndMobilisingIsHeavy() {
        assertThat(finding(withSanction(neutrality(SanctionLevel.SEDANG, 1)), "NETRAL-PP94")).isEmpty();
        assertThat(finding(withSanction(neutrality(SanctionLevel.SEDANG, 2)), "NETRAL-PP94")).isEmpty();
        assertThat(finding(withSanction(neutrality(SanctionLevel.RINGAN, 2)), "NETRAL-PP94").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(withSanction(neutrality(SanctionLevel.BERAT, 2)), "NETRAL-PP94").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(finding(withSanction(neutrality(SanctionLevel.SEDANG, 3)), "NETRAL-PP94").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(withSanction(neutrality(SanctionLevel.BERAT, 7)), "NETRAL-PP94")).isEmpty();
    }
}

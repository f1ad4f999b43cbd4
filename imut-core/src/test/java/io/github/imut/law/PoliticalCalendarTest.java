package io.github.imut.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoliticalCalendarTest {
    private static final LocalDate PENETAPAN = LocalDate.of(2024, 9, 22);
    private static final LocalDate VOTING = LocalDate.of(2024, 11, 27);
    private static final LocalDate PELANTIKAN = LocalDate.of(2025, 2, 20);

    private static PoliticalCalendar json(String text) {
        return PoliticalCalendar.fromJson(new ByteArrayInputStream(text.replace('\'', '"')
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static final String COVERAGE = "'coverage': {'from': '2023-01-01', 'until': '2028-12-31'}";

    /** The 2024 simultaneous pilkada, DIY province excluded, Empat Lawang (16.11) inaugurated late. */
    private static final PoliticalCalendar CAL = json("{'note': 'test', " + COVERAGE + ", 'nationwide': [{'id': "
            + "'PILKADA-2024', 'candidateDetermination': '2024-09-22', 'voting': '2024-11-27', 'inauguration': "
            + "'2025-02-20', 'excludedRegions': ['34']}], 'regions': {'16.11': [{'id': 'PILKADA-2024', "
            + "'candidateDetermination': '2024-09-22', 'inauguration': '2025-06-16'}], '33.01': [{'id': 'PSU-2026', "
            + "'candidateDetermination': '2026-08-31'}]}}");

    @Test
    void everyRegionHoldsTheNationwideCycle() {
        List<RegionalElection> e = CAL.electionsIn("13.12");

        assertThat(e).hasSize(1);
        assertThat(e.get(0).cycleId()).isEqualTo("PILKADA-2024");
        assertThat(e.get(0).regionCode()).contains("13.12");
        assertThat(e.get(0).candidateDetermination()).isEqualTo(PENETAPAN);
        assertThat(e.get(0).voting()).contains(VOTING);
        assertThat(e.get(0).inauguration()).contains(PELANTIKAN);
        assertThat(CAL.electionsIn("13")).extracting(RegionalElection::inauguration)
                .containsExactly(java.util.Optional.of(PELANTIKAN));
    }

    @Test
    void aRegionsOwnDatesReplaceTheNationwideOnesForThatCycle() {
        List<RegionalElection> e = CAL.electionsIn("16.11");

        assertThat(e).hasSize(1);
        assertThat(e.get(0).inauguration()).contains(LocalDate.of(2025, 6, 16));
        assertThat(e.get(0).voting()).isEmpty();
        assertThat(e.get(0).regionCode()).contains("16.11");
    }

    @Test
    void anExcludedRegionDoesNotHoldTheCycleButItsRegenciesDo() {
        // DIY's governor is not elected; its regencies (Sleman 34.04) held the 2024 pilkada
        assertThat(CAL.electionsIn("34")).isEmpty();
        assertThat(CAL.electionsIn("34.04")).hasSize(1);
    }

    @Test
    void aRegionOnlyElectionIsAddedInDateOrder() {
        List<RegionalElection> e = CAL.electionsIn("33.01");

        assertThat(e).extracting(RegionalElection::cycleId).containsExactly("PILKADA-2024", "PSU-2026");
        assertThat(e.get(1).inauguration()).isEmpty();
    }

    @Test
    void coverageIsTheStatedPeriod() {
        assertThat(CAL.coverage()).isEqualTo(InForce.between(LocalDate.of(2023, 1, 1), LocalDate.of(2028, 12, 31)));
        assertThat(CAL.coverage().contains(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(CAL.coverage().contains(LocalDate.of(2029, 1, 1))).isFalse();
        assertThat(CAL.coverage().contains(LocalDate.of(2022, 12, 31))).isFalse();
    }

    @Test
    void theEmptyCalendarKnowsNothingAndCoversNoDay() {
        PoliticalCalendar empty = PoliticalCalendar.empty();

        assertThat(empty.electionsIn("13.12")).isEmpty();
        assertThat(empty.coverage().contains(LocalDate.of(2024, 5, 2))).isFalse();
        assertThat(PoliticalCalendar.builder().build().coverage().contains(LocalDate.of(2024, 5, 2))).isFalse();
    }

    @Test
    void anOverrideReplacesOneRegionsDatesAndKeepsTheRest() {
        PoliticalCalendar late = PoliticalCalendar.builder().coverage(CAL.coverage())
                .region("13.12", RegionalElection.of("PILKADA-2024", PENETAPAN, VOTING, LocalDate.of(2025, 4, 17)))
                .build();

        PoliticalCalendar merged = CAL.overriddenBy(late);

        assertThat(merged.electionsIn("13.12").get(0).inauguration()).contains(LocalDate.of(2025, 4, 17));
        assertThat(merged.electionsIn("16.11").get(0).inauguration()).contains(LocalDate.of(2025, 6, 16));
        assertThat(merged.electionsIn("13.10").get(0).inauguration()).contains(PELANTIKAN);
        assertThat(merged.electionsIn("34")).isEmpty();
        assertThat(CAL.electionsIn("13.12").get(0).inauguration()).as("unchanged").contains(PELANTIKAN);
    }

    @Test
    void anOverrideThatStatesNoCoverageKeepsTheBaseCoverage() {
        // a user who only moves one region's inauguration must not lose the default coverage
        PoliticalCalendar late = PoliticalCalendar.builder()
                .region("13.12", RegionalElection.of("PILKADA-2024", PENETAPAN, VOTING, LocalDate.of(2025, 4, 17)))
                .build();

        PoliticalCalendar merged = CAL.overriddenBy(late);

        assertThat(merged.coverage()).isEqualTo(CAL.coverage());
        assertThat(merged.electionsIn("13.12").get(0).inauguration()).contains(LocalDate.of(2025, 4, 17));
    }

    @Test
    void anOverrideThatStatesACoverageReplacesIt() {
        InForce longer = InForce.between(LocalDate.of(2023, 1, 1), LocalDate.of(2030, 12, 31));

        assertThat(CAL.overriddenBy(PoliticalCalendar.builder().coverage(longer).build()).coverage())
                .isEqualTo(longer);
    }

    @Test
    void anOverridingNationwideCycleReplacesTheCycleAndItsExclusions() {
        PoliticalCalendar moved = PoliticalCalendar.builder().nationwide(RegionalElection.of("PILKADA-2024",
                PENETAPAN, VOTING, LocalDate.of(2025, 2, 21)), List.of()).build();

        PoliticalCalendar merged = CAL.overriddenBy(moved);

        assertThat(merged.electionsIn("34")).hasSize(1);
        assertThat(merged.electionsIn("13.12").get(0).inauguration()).contains(LocalDate.of(2025, 2, 21));
        assertThat(merged.electionsIn("16.11").get(0).inauguration()).contains(LocalDate.of(2025, 6, 16));
    }

    @Test
    void overridingWithTheEmptyCalendarChangesNothing() {
        assertThat(CAL.overriddenBy(PoliticalCalendar.empty())).isEqualTo(CAL);
        assertThat(CAL.overriddenBy(PoliticalCalendar.builder().build())).isEqualTo(CAL);
    }

    @Test
    void calendarsAreEqualByContent() {
        PoliticalCalendar a = PoliticalCalendar.builder().coverage(CAL.coverage())
                .nationwide(RegionalElection.of("P", PENETAPAN, null, null), List.of("34")).build();
        PoliticalCalendar b = PoliticalCalendar.builder().coverage(CAL.coverage())
                .nationwide(RegionalElection.of("P", PENETAPAN, null, null), List.of("34")).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(PoliticalCalendar.builder().coverage(CAL.coverage())
                .nationwide(RegionalElection.of("P", PENETAPAN, null, null), List.of()).build());
    }

    // --- fromJson validation --------------------------------------------------------------------------------------

    private static void rejected(String text, String... inMessage) {
        assertThatThrownBy(() -> json(text)).isInstanceOf(IllegalArgumentException.class).satisfies(e -> {
            for (String s : inMessage) {
                assertThat(e.getMessage()).contains(s);
            }
        });
    }

    @Test
    void coverageIsRequired() {
        rejected("{'nationwide': []}", "coverage");
        rejected("{'coverage': {'from': '2023-01-01'}}", "coverage", "until");
    }

    @Test
    void aCoverageThatEndsBeforeItStartsIsRejected() {
        rejected("{'coverage': {'from': '2024-01-01', 'until': '2023-12-31'}}", "coverage");
    }

    @Test
    void anElectionNeedsAnIdAndACandidateDetermination() {
        rejected("{" + COVERAGE + ", 'nationwide': [{'candidateDetermination': '2024-09-22'}]}", "nationwide[0]",
                "id");
        rejected("{" + COVERAGE + ", 'nationwide': [{'id': 'P'}]}", "nationwide[0]", "candidateDetermination");
        rejected("{" + COVERAGE + ", 'regions': {'13.12': [{'id': 'P'}]}}", "regions.13.12[0]",
                "candidateDetermination");
    }

    @Test
    void anImpossibleDateIsRejectedWithWhereItIs() {
        rejected("{" + COVERAGE + ", 'nationwide': [{'id': 'P', 'candidateDetermination': '2024-02-30'}]}",
                "nationwide[0]", "candidateDetermination", "2024-02-30");
        rejected("{'coverage': {'from': '2023-1-1', 'until': '2028-12-31'}}", "coverage", "2023-1-1");
    }

    @Test
    void anInaugurationBeforeTheCandidateDeterminationIsRejectedWithWhereItIs() {
        rejected("{" + COVERAGE + ", 'regions': {'16.11': [{'id': 'P', 'candidateDetermination': '2024-09-22', "
                + "'inauguration': '2024-09-21'}]}}", "regions.16.11[0]", "inauguration");
    }

    @Test
    void nationwideAndRegionEntriesMustBeLists() {
        rejected("{" + COVERAGE + ", 'nationwide': {'id': 'P', 'candidateDetermination': '2024-09-22'}}",
                "nationwide", "list");
        rejected("{" + COVERAGE + ", 'regions': {'13.12': {'id': 'P', 'candidateDetermination': '2024-09-22'}}}",
                "regions.13.12", "list");
        rejected("{" + COVERAGE + ", 'regions': [] }", "regions");
        rejected("{" + COVERAGE + ", 'nationwide': [{'id': 'P', 'candidateDetermination': '2024-09-22', "
                + "'excludedRegions': '34'}]}", "nationwide[0]", "excludedRegions");
    }

    @Test
    void aMisspeltFieldIsRejectedRatherThanIgnored() {
        // 'inaugaration' would otherwise leave the inauguration unknown
        rejected("{" + COVERAGE + ", 'nationwide': [{'id': 'P', 'candidateDetermination': '2024-09-22', "
                + "'inaugaration': '2025-02-20'}]}", "nationwide[0]", "inaugaration");
        rejected("{" + COVERAGE + ", 'nationwid': []}", "nationwid");
    }

    @Test
    void aRegionCodeThatIsNotAMinistryCodeIsRejected() {
        rejected("{" + COVERAGE + ", 'regions': {'13-12': [{'id': 'P', 'candidateDetermination': '2024-09-22'}]}}",
                "13-12");
        rejected("{" + COVERAGE + ", 'nationwide': [{'id': 'P', 'candidateDetermination': '2024-09-22', "
                + "'excludedRegions': ['DIY']}]}", "DIY");
        assertThatThrownBy(() -> PoliticalCalendar.builder().region("1312", RegionalElection.of("P", PENETAPAN,
                null, null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1312");
    }

    @Test
    void aCycleListedTwiceIsRejected() {
        rejected("{" + COVERAGE + ", 'nationwide': [{'id': 'P', 'candidateDetermination': '2024-09-22'}, "
                + "{'id': 'P', 'candidateDetermination': '2024-09-23'}]}", "nationwide[1]", "P");
        rejected("{" + COVERAGE + ", 'regions': {'13.12': [{'id': 'P', 'candidateDetermination': '2024-09-22'}, "
                + "{'id': 'P', 'candidateDetermination': '2024-09-23'}]}}", "regions.13.12[1]", "P");
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        rejected("{" + COVERAGE + ", " + COVERAGE + "}", "coverage");
    }

    @Test
    void notJsonIsRejected() {
        rejected("{'coverage': ", "not valid JSON");
        rejected("[]", "object");
    }
}

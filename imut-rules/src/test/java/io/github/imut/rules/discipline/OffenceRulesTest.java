package io.github.imut.rules.discipline;

import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.DisciplinaryAuthority;
import io.github.imut.model.DisciplinaryOffence;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableDisciplinarySanction;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.NeutralityViolation;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import io.github.imut.model.ViolationImpact;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import io.github.imut.rules.dismissal.DismissalFixtures;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NETRAL-SKB-2022, DISIPLIN-LHKPN, DISIPLIN-DAMPAK, DISIPLIN-AUTHORITY and PPPK-DISIPLIN judge the sanction records
 * of any proposal. The employee is a pengawas since 2019-01-02, an administrator before.
 */
class OffenceRulesTest {
    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);

    private static ImmutableEmployee employee() {
        return DismissalFixtures.employee().withPositionHistory(PositionRecord.builder()
                .level(PositionLevel.ADMINISTRATOR).from(LocalDate.of(2012, 1, 2)).to(LocalDate.of(2019, 1, 1))
                .build());
    }

    private static ImmutableProposal withSanction(DisciplinarySanction s) {
        return TestProposals.transfer().withEffectiveDate(LocalDate.of(2027, 6, 1)).withEmployee(employee()
                .withSanctions(s));
    }

    private static ImmutableDisciplinarySanction sanction(SanctionLevel level, SanctionType type) {
        return DisciplinarySanction.builder().level(level).sanctionType(type).committedOn(DECIDED.minusMonths(2))
                .decidedOn(DECIDED).from(DECIDED).build();
    }

    private static final ImmutableDisciplinarySanction LIGHT = sanction(SanctionLevel.RINGAN,
            SanctionType.WRITTEN_REPRIMAND);
    private static final ImmutableDisciplinarySanction MODERATE = sanction(SanctionLevel.SEDANG,
            SanctionType.ALLOWANCE_CUT_6_MONTHS);
    private static final ImmutableDisciplinarySanction HEAVY = sanction(SanctionLevel.BERAT,
            SanctionType.DEMOTION_ONE_LEVEL);

    // ---- NETRAL-SKB-2022 --------------------------------------------------------------------------------------

    @Test
    void aCodeOfEthicsItemAnsweredWithAMoralSanctionIsInOrder() {
        ImmutableDisciplinarySanction moral = DisciplinarySanction.builder().level(SanctionLevel.RINGAN).type("21")
                .committedOn(DECIDED).decidedOn(DECIDED)
                .neutralityViolation(NeutralityViolation.PROSPECTIVE_CANDIDATE_SOCIAL_MEDIA).build();
        assertThat(finding(withSanction(moral), "NETRAL-SKB-2022")).isEmpty();
    }

    @Test
    void aCodeOfEthicsItemRecordedAsADisciplinarySanctionWarns() {
        Finding f = finding(withSanction(LIGHT.withNeutralityViolation(
                NeutralityViolation.PROSPECTIVE_CANDIDATE_PHOTO)), "NETRAL-SKB-2022").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("kode etik", "sanksi moral", "PROSPECTIVE_CANDIDATE_PHOTO");
    }

    @Test
    void aDisciplinaryItemBelowTheGuidelinesLevelWarnsAndFailsWithTheSwitch() {
        ImmutableProposal p = withSanction(MODERATE.withNeutralityViolation(NeutralityViolation.CANDIDATE_SOCIAL_MEDIA));
        Finding f = finding(p, "NETRAL-SKB-2022").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("expectedLevel", SanctionLevel.BERAT);
        Checker blocking = DismissalFixtures.checkerWith(NeutralityGuidelineRule.BLOCK_SWITCH, true);
        assertThat(blocking.check(p, DismissalFixtures.AS_OF).finding("NETRAL-SKB-2022").orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
        assertThat(finding(withSanction(HEAVY.withNeutralityViolation(NeutralityViolation.CANDIDATE_SOCIAL_MEDIA)),
                "NETRAL-SKB-2022")).isEmpty();
    }

    @Test
    void aProspectiveCandidateApproachingPartiesCallsForAModerateSanction() {
        assertThat(finding(withSanction(MODERATE.withNeutralityViolation(
                NeutralityViolation.PROSPECTIVE_CANDIDATE_APPROACHING_PARTIES)), "NETRAL-SKB-2022")).isEmpty();
        assertThat(finding(withSanction(LIGHT.withNeutralityViolation(
                NeutralityViolation.PROSPECTIVE_CANDIDATE_APPROACHING_PARTIES)), "NETRAL-SKB-2022")).isPresent();
    }

    @Test
    void aDisciplinaryItemAnsweredOnlyWithAMoralSanctionWarns() {
        ImmutableDisciplinarySanction moral = DisciplinarySanction.builder().level(SanctionLevel.RINGAN).type("22")
                .committedOn(DECIDED).decidedOn(DECIDED)
                .neutralityViolation(NeutralityViolation.DECISION_FAVOURING_CANDIDATE).build();
        Finding f = finding(withSanction(moral), "NETRAL-SKB-2022").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("hanya dikenai sanksi moral");
    }

    @Test
    void theCampaignTeamItemsUncertainLevelNeverBlocks() {
        ImmutableProposal p = withSanction(LIGHT.withNeutralityViolation(NeutralityViolation.CAMPAIGN_TEAM));
        Checker blocking = DismissalFixtures.checkerWith(NeutralityGuidelineRule.BLOCK_SWITCH, true);
        assertThat(blocking.check(p, DismissalFixtures.AS_OF).finding("NETRAL-SKB-2022").orElseThrow().getOutcome())
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void partyMembershipIsADismissalGroundNotASanctionWithAPeriod() {
        assertThat(finding(withSanction(HEAVY.withNeutralityViolation(NeutralityViolation.PARTY_MEMBERSHIP)),
                "NETRAL-SKB-2022").orElseThrow().getMessage()).contains("BERHENTI-PARPOL");
        assertThat(finding(withSanction(sanction(SanctionLevel.BERAT, SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST)
                .withNeutralityViolation(NeutralityViolation.PARTY_MEMBERSHIP)), "NETRAL-SKB-2022")).isEmpty();
    }

    @Test
    void violationsBeforeTheGuidelineAreNotJudged() {
        ImmutableDisciplinarySanction s = LIGHT.withNeutralityViolation(NeutralityViolation.CANDIDATE_BANNER);
        assertThat(finding(withSanction(s.withCommittedOn(LocalDate.of(2022, 9, 21))), "NETRAL-SKB-2022")).isEmpty();
        assertThat(finding(withSanction(s.withCommittedOn(LocalDate.of(2022, 9, 22))), "NETRAL-SKB-2022"))
                .isPresent();
    }

    // ---- DISIPLIN-LHKPN ---------------------------------------------------------------------------------------

    @Test
    void anAdministratorsWealthReportViolationCallsForAModerateSanction() {
        // an administrator since 2019-01-02, the violation committed on the day PP 94/2021 took effect
        ImmutableDisciplinarySanction s = MODERATE.withOffence(DisciplinaryOffence.WEALTH_REPORT)
                .withCommittedOn(LocalDate.of(2021, 8, 31));
        ImmutableProposal p = withSanction(s).withEmployee(employee().withCurrentPosition(Position.builder()
                .level(PositionLevel.ADMINISTRATOR).since(LocalDate.of(2019, 1, 2)).build()).withSanctions(s));
        assertThat(finding(p, "DISIPLIN-LHKPN")).isEmpty();
        Finding light = finding(p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withSanctions(s.withLevel(SanctionLevel.RINGAN)
                .withSanctionType(SanctionType.WRITTEN_REPRIMAND))), "DISIPLIN-LHKPN").orElseThrow();
        assertThat(light.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(light.getLegalBasis()).extracting(b -> b.citation()).containsExactly("PP 94/2021 Pasal 4 huruf e",
                "PP 94/2021 Pasal 10 ayat (2) huruf e");
        Finding heavy = finding(p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withSanctions(HEAVY
                .withOffence(DisciplinaryOffence.WEALTH_REPORT))), "DISIPLIN-LHKPN").orElseThrow();
        assertThat(heavy.getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void aJptsWealthReportViolationCallsForAHeavySanction() {
        ImmutableDisciplinarySanction s = MODERATE.withOffence(DisciplinaryOffence.WEALTH_REPORT);
        ImmutableProposal p = withSanction(s).withEmployee(employee().withCurrentPosition(Position.builder()
                .level(PositionLevel.JPT_PRATAMA).since(LocalDate.of(2020, 1, 6)).build()).withSanctions(s));
        Finding f = finding(p, "DISIPLIN-LHKPN").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("expectedLevel", SanctionLevel.BERAT)
                .containsEntry("positionLevel", PositionLevel.JPT_PRATAMA);
    }

    @Test
    void thePositionHeldOnTheDayOfTheViolationDecides() {
        // an administrator until 2023-01-01, a pengawas (whom the provision does not name) from 2023-01-02
        ImmutableEmployee moved = DismissalFixtures.employee().withCurrentPosition(Position.builder()
                .level(PositionLevel.PENGAWAS).since(LocalDate.of(2023, 1, 2)).build())
                .withPositionHistory(PositionRecord.builder().level(PositionLevel.ADMINISTRATOR)
                        .from(LocalDate.of(2012, 1, 2)).to(LocalDate.of(2023, 1, 1)).build());
        ImmutableDisciplinarySanction s = LIGHT.withOffence(DisciplinaryOffence.WEALTH_REPORT);
        ImmutableProposal asAdministrator = withSanction(s).withEmployee(moved.withSanctions(s
                .withCommittedOn(LocalDate.of(2023, 1, 1))));
        assertThat(finding(asAdministrator, "DISIPLIN-LHKPN").orElseThrow().getFacts())
                .containsEntry("positionLevel", PositionLevel.ADMINISTRATOR);
        ImmutableProposal asPengawas = withSanction(s).withEmployee(moved.withSanctions(s
                .withCommittedOn(LocalDate.of(2023, 1, 2))));
        assertThat(finding(asPengawas, "DISIPLIN-LHKPN")).isEmpty();
    }

    @Test
    void aWealthReportViolationBeforePp94IsNotJudgedUnderIt() {
        ImmutableDisciplinarySanction early = DisciplinarySanction.builder().level(SanctionLevel.RINGAN)
                .offence(DisciplinaryOffence.WEALTH_REPORT).committedOn(LocalDate.of(2021, 8, 30)).build();
        ImmutableEmployee administrator = employee().withCurrentPosition(Position.builder()
                .level(PositionLevel.ADMINISTRATOR).since(LocalDate.of(2019, 1, 2)).build());
        assertThat(finding(withSanction(early).withEmployee(administrator.withSanctions(early)), "DISIPLIN-LHKPN"))
                .isEmpty();
        assertThat(finding(withSanction(early).withEmployee(administrator.withSanctions(early
                .withCommittedOn(LocalDate.of(2021, 8, 31)))), "DISIPLIN-LHKPN")).isPresent();
    }

    @Test
    void anUnknownPositionOnTheDayIsIncomplete() {
        ImmutableDisciplinarySanction s = LIGHT.withOffence(DisciplinaryOffence.WEALTH_REPORT);
        ImmutableProposal p = withSanction(s).withEmployee(employee().withPositionHistory()
                .withCurrentPosition(Position.builder().level(PositionLevel.ADMINISTRATOR).build()).withSanctions(s));
        assertThat(finding(p, "DISIPLIN-LHKPN").orElseThrow().getMissing()).containsExactly("employee.positionHistory");
    }

    // ---- DISIPLIN-DAMPAK --------------------------------------------------------------------------------------

    @Test
    void anIllegalLevyWithAnImpactOnTheStateCallsForAHeavySanction() {
        ImmutableDisciplinarySanction s = MODERATE.withOffence(DisciplinaryOffence.ILLEGAL_LEVY)
                .withImpact(ViolationImpact.STATE);
        Finding f = finding(withSanction(s), "DISIPLIN-DAMPAK").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("minimumLevel", SanctionLevel.BERAT);
        assertThat(finding(withSanction(s.withImpact(ViolationImpact.AGENCY)), "DISIPLIN-DAMPAK")).isEmpty();
        assertThat(finding(withSanction(s.withImpact(ViolationImpact.WORK_UNIT)), "DISIPLIN-DAMPAK")).isEmpty();
    }

    @Test
    void theDutiesOfPasal3FollowTheImpactAndNationalUnityStartsAtModerate() {
        ImmutableDisciplinarySanction integrity = LIGHT.withOffence(DisciplinaryOffence.INTEGRITY);
        assertThat(finding(withSanction(integrity.withImpact(ViolationImpact.WORK_UNIT)), "DISIPLIN-DAMPAK")).isEmpty();
        assertThat(finding(withSanction(integrity.withImpact(ViolationImpact.AGENCY)), "DISIPLIN-DAMPAK")).isPresent();
        assertThat(finding(withSanction(LIGHT.withOffence(DisciplinaryOffence.NATIONAL_UNITY)
                .withImpact(ViolationImpact.WORK_UNIT)), "DISIPLIN-DAMPAK")).isPresent();
    }

    @Test
    void withTheImpactUnknownTheLowestLevelIsTheMinimum() {
        assertThat(finding(withSanction(LIGHT.withOffence(DisciplinaryOffence.INTEGRITY)), "DISIPLIN-DAMPAK"))
                .isEmpty();
        Finding f = finding(withSanction(MODERATE.withOffence(DisciplinaryOffence.ABUSE_OF_AUTHORITY)),
                "DISIPLIN-DAMPAK").orElseThrow();
        assertThat(f.getMessage()).contains("apa pun dampaknya", "BERAT");
        assertThat(finding(withSanction(LIGHT.withOffence(DisciplinaryOffence.HARMING_THE_PUBLIC)),
                "DISIPLIN-DAMPAK")).isEmpty();
    }

    @Test
    void theOathsCallForAModerateSanctionWhateverTheImpact() {
        assertThat(finding(withSanction(LIGHT.withOffence(DisciplinaryOffence.POSITION_OATH)
                .withImpact(ViolationImpact.WORK_UNIT)), "DISIPLIN-DAMPAK")).isPresent();
    }

    @Test
    void offencesWithTheirOwnRuleOrNoTableRowAreNotJudgedAndNothingBlocks() {
        assertThat(finding(withSanction(LIGHT.withOffence(DisciplinaryOffence.WEALTH_REPORT)
                .withImpact(ViolationImpact.STATE)), "DISIPLIN-DAMPAK")).isEmpty();
        assertThat(finding(withSanction(LIGHT.withOffence(DisciplinaryOffence.REPORT_THREATS)
                .withImpact(ViolationImpact.STATE)), "DISIPLIN-DAMPAK")).isEmpty();
        assertThat(finding(withSanction(LIGHT.withOffence(DisciplinaryOffence.LOYALTY)), "DISIPLIN-DAMPAK")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    // ---- DISIPLIN-AUTHORITY -----------------------------------------------------------------------------------

    @Test
    void aSanctionImposedBySomeoneOutsidePasal16Warns() {
        Finding f = finding(withSanction(LIGHT.withImposedBy(DisciplinaryAuthority.OTHER)), "DISIPLIN-AUTHORITY")
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getMessage()).contains("Pasal 16");
    }

    @Test
    void aDismissalSanctionIsImposedByThePresidentOrThePpk() {
        ImmutableDisciplinarySanction dismissal = sanction(SanctionLevel.BERAT,
                SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST);
        assertThat(finding(withSanction(dismissal.withImposedBy(DisciplinaryAuthority.PPK)), "DISIPLIN-AUTHORITY"))
                .isEmpty();
        assertThat(finding(withSanction(dismissal.withImposedBy(DisciplinaryAuthority.JPT_PRATAMA)),
                "DISIPLIN-AUTHORITY").orElseThrow().getFacts()).containsEntry("sanctionType", "B-PDHTAPS");
    }

    @Test
    void aHeavySanctionOnAJptMadyaIsThePresidents() {
        ImmutableProposal p = withSanction(HEAVY.withImposedBy(DisciplinaryAuthority.PPK)).withEmployee(employee()
                .withCurrentPosition(Position.builder().level(PositionLevel.JPT_MADYA).since(LocalDate.of(2022, 1, 3))
                        .build()).withSanctions(HEAVY.withImposedBy(DisciplinaryAuthority.PPK)));
        assertThat(finding(p, "DISIPLIN-AUTHORITY").orElseThrow().getFacts())
                .containsEntry("positionLevel", PositionLevel.JPT_MADYA);
        assertThat(finding(withSanction(HEAVY.withImposedBy(DisciplinaryAuthority.PPK)), "DISIPLIN-AUTHORITY"))
                .isEmpty();
        assertThat(finding(withSanction(HEAVY.withImposedBy(DisciplinaryAuthority.ADMINISTRATOR)),
                "DISIPLIN-AUTHORITY")).isPresent();
    }

    @Test
    void aLightSanctionComesFromAnOfficialAboveTheEmployee() {
        // the employee is a pengawas: an administrator is above, another pengawas is not
        assertThat(finding(withSanction(LIGHT.withImposedBy(DisciplinaryAuthority.ADMINISTRATOR)),
                "DISIPLIN-AUTHORITY")).isEmpty();
        Finding f = finding(withSanction(LIGHT.withImposedBy(DisciplinaryAuthority.PENGAWAS)), "DISIPLIN-AUTHORITY")
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("positionLevel", PositionLevel.PENGAWAS);
    }

    @Test
    void aFunctionalPositionHasNoCataloguedPlaceInTheChain() {
        ImmutableProposal p = withSanction(LIGHT.withImposedBy(DisciplinaryAuthority.PENGAWAS)).withEmployee(employee()
                .withCurrentPosition(Position.builder().level(PositionLevel.AHLI_MADYA).since(LocalDate.of(2020, 1, 6))
                        .build()).withSanctions(LIGHT.withImposedBy(DisciplinaryAuthority.PENGAWAS)));
        assertThat(finding(p, "DISIPLIN-AUTHORITY")).isEmpty();
    }

    // ---- PPPK-DISIPLIN ----------------------------------------------------------------------------------------

    private static ImmutableProposal pppk(DisciplinarySanction s) {
        ImmutableProposal p = withSanction(s);
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withStatus(EmploymentStatus.PPPK));
    }

    @Test
    void aPppksSanctionsAreLeftToTheAgencysRulesWithAWarning() {
        // a PNS allowance cut of the wrong length: the PNS table would fail it
        ImmutableDisciplinarySanction wrongLength = MODERATE.withTo(DECIDED.plusMonths(5).minusDays(1));
        ImmutableProposal p = pppk(wrongLength);
        assertThat(finding(p, "DISIPLIN-LEVELS")).isEmpty();
        Finding f = finding(p, "PPPK-DISIPLIN").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("sanctions", 1);
        assertThat(f.getLegalBasis()).extracting(b -> b.citation()).contains("PP 49/2018 Pasal 52 ayat (1)");
        assertThat(finding(withSanction(wrongLength), "PPPK-DISIPLIN")).isEmpty();
        assertThat(finding(withSanction(wrongLength), "DISIPLIN-LEVELS")).isPresent();
    }

    @Test
    void withTheSwitchThePnsRulesJudgeAPppksSanctions() {
        Checker pnsCatalogue = StandardRules.addTo(Checker.builder())
                .setSwitch(PppkDisciplineRule.PNS_CATALOGUE_SWITCH, true).build();
        ImmutableProposal p = pppk(MODERATE.withTo(DECIDED.plusMonths(5).minusDays(1)));
        assertThat(pnsCatalogue.check(p, DismissalFixtures.AS_OF).finding("PPPK-DISIPLIN")).isEmpty();
        assertThat(pnsCatalogue.check(p, DismissalFixtures.AS_OF).finding("DISIPLIN-LEVELS")).isPresent();
    }

    @Test
    void aPppkWithoutSanctionsOrOnlyAnnulledOnesGivesNoFinding() {
        ImmutableProposal none = withSanction(LIGHT);
        none = none.withEmployee(ImmutableEmployee.copyOf(none.getEmployee()).withStatus(EmploymentStatus.PPPK).withSanctions());
        assertThat(finding(none, "PPPK-DISIPLIN")).isEmpty();
        assertThat(finding(pppk(LIGHT.withCancelledOn(Optional.of(DECIDED.plusMonths(1)))), "PPPK-DISIPLIN"))
                .isEmpty();
    }
}

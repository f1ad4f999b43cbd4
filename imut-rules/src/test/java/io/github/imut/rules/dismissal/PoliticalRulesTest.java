package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static io.github.imut.rules.dismissal.DismissalFixtures.kind;
import static io.github.imut.rules.dismissal.DismissalFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.Candidacy;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ElectedOffice;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.PartyMembership;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** BERHENTI-PARPOL and BERHENTI-CALON. */
class PoliticalRulesTest {

    private static ImmutableProposal party(DismissalGround ground, LocalDate since, LocalDate resigned,
            LocalDate effective) {
        ImmutableProposal p = with(dismissal(ground == DismissalGround.PARTY_MEMBER ? Action.DISHONOURABLE
                : Action.OTHER_GROUND, ground, effective), DocumentKind.BUKTI_KEANGGOTAAN_PARPOL);
        return p.withEmployee(DismissalFixtures.employee().withPartyMembership(PartyMembership.builder()
                .since(since).resignedOn(java.util.Optional.ofNullable(resigned)).party("Partai Contoh").build()));
    }

    @Test
    void memberWhoDidNotResignIsDismissedFromTheEndOfTheMonthMembershipBegan() {
        ImmutableProposal p = party(DismissalGround.PARTY_MEMBER, LocalDate.of(2027, 2, 3), null,
                LocalDate.of(2027, 2, 28));
        assertThat(finding(p, "BERHENTI-PARPOL")).isEmpty();
        Finding f = finding(p.withEffectiveDate(LocalDate.of(2027, 2, 27)), "BERHENTI-PARPOL").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2027, 2, 28));
        assertThat(f.getLegalBasis()).extracting(b -> b.citation()).containsExactly("PP 11/2017 Pasal 255 ayat (5)");
    }

    @Test
    void leapYearMonthEndAndTheNextFirstBehindTheSwitch() {
        ImmutableProposal p = party(DismissalGround.PARTY_MEMBER, LocalDate.of(2028, 2, 3), null,
                LocalDate.of(2028, 2, 29));
        assertThat(finding(p, "BERHENTI-PARPOL")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2028, 3, 1)), "BERHENTI-PARPOL")).isEmpty();
        assertThat(DismissalFixtures.checkerWith(MonthEnd.SWITCH, false)
                .check(p.withEffectiveDate(LocalDate.of(2028, 3, 1)), DismissalFixtures.AS_OF)
                .finding("BERHENTI-PARPOL").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void memberWhoResignedIsDismissedWithHonourFromTheEndOfTheMonthOfResignation() {
        ImmutableProposal p = party(DismissalGround.PARTY_RESIGNED, LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30));
        assertThat(finding(p, "BERHENTI-PARPOL")).isEmpty();
        assertThat(finding(p.withEffectiveDate(LocalDate.of(2026, 1, 31)), "BERHENTI-PARPOL").orElseThrow()
                .getFacts()).containsEntry("dueDate", LocalDate.of(2026, 4, 30));
    }

    @Test
    void ptdhOfAMemberWhoResignedWarnsAndRetroactiveTmtIsFlagged() {
        ImmutableProposal p = party(DismissalGround.PARTY_MEMBER, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 3, 31));
        assertThat(finding(p, "BERHENTI-PARPOL").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
        ImmutableProposal retro = party(DismissalGround.PARTY_MEMBER, LocalDate.of(2025, 3, 3), null,
                LocalDate.of(2025, 3, 31));
        assertThat(finding(retro, "BERHENTI-PARPOL").orElseThrow().getFacts()).containsKey("asOf");
    }

    @Test
    void partyGroundNeedsTheEvidence() {
        ImmutableProposal p = dismissal(Action.DISHONOURABLE, DismissalGround.PARTY_MEMBER, LocalDate.of(2027, 1, 31));
        assertThat(finding(p, "BERHENTI-PARPOL").orElseThrow().getMissing())
                .containsExactly("employee.partyMembership.since", "documents[BUKTI_KEANGGOTAAN_PARPOL]");
    }

    // BERHENTI-CALON

    private static ImmutableProposal candidate(Action action, DismissalGround ground, LocalDate determined,
            LocalDate resigned, LocalDate effective, ElectedOffice office) {
        ImmutableProposal p = with(dismissal(action, ground, effective), DocumentKind.PENETAPAN_CALON);
        return p.withEmployee(DismissalFixtures.employee().withCandidacy(Candidacy.builder().office(office)
                .determinedOn(determined).resignedOn(java.util.Optional.ofNullable(resigned)).build()));
    }

    @Test
    void candidateWhoResignedIsDismissedFromTheEndOfTheMonthOfDetermination() {
        ImmutableProposal p = candidate(Action.OTHER_GROUND, DismissalGround.CANDIDACY_RESIGNED,
                LocalDate.of(2024, 9, 22), LocalDate.of(2024, 8, 29), LocalDate.of(2024, 9, 30),
                ElectedOffice.REGENT_OR_MAYOR);
        assertThat(finding(p, "BERHENTI-CALON")).isEmpty();
        Finding f = finding(p.withEffectiveDate(LocalDate.of(2024, 9, 22)), "BERHENTI-CALON").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getEarliestCompliantDate()).contains(LocalDate.of(2024, 9, 30));
    }

    @Test
    void resignationTheDayAfterDeterminationIsTooLate() {
        ImmutableProposal p = candidate(Action.OTHER_GROUND, DismissalGround.CANDIDACY_RESIGNED,
                LocalDate.of(2024, 9, 22), LocalDate.of(2024, 9, 23), LocalDate.of(2024, 9, 30),
                ElectedOffice.GOVERNOR);
        assertThat(finding(p, "BERHENTI-CALON").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        ImmutableProposal sameDay = candidate(Action.OTHER_GROUND, DismissalGround.CANDIDACY_RESIGNED,
                LocalDate.of(2024, 9, 22), LocalDate.of(2024, 9, 22), LocalDate.of(2024, 9, 30),
                ElectedOffice.GOVERNOR);
        assertThat(finding(sameDay, "BERHENTI-CALON")).isEmpty();
    }

    @Test
    void candidateWhoDidNotResignIsPtdhSincePp17AndPdhBefore() {
        ImmutableProposal p = candidate(Action.DISHONOURABLE, DismissalGround.CANDIDACY_NOT_RESIGNED,
                LocalDate.of(2028, 9, 22), null, LocalDate.of(2028, 9, 30), ElectedOffice.DPR);
        assertThat(finding(p, "BERHENTI-CALON")).isEmpty();
        ImmutableProposal pdh = kind(candidate(Action.OTHER_GROUND, DismissalGround.CANDIDACY_NOT_RESIGNED,
                LocalDate.of(2028, 9, 22), null, LocalDate.of(2028, 9, 30), ElectedOffice.DPR),
                DismissalKind.HONOURABLE);
        assertThat(finding(pdh, "BERHENTI-CALON").orElseThrow().getFacts())
                .containsEntry("expectedKind", DismissalKind.DISHONOURABLE);
        ImmutableProposal old = candidate(Action.OTHER_GROUND, DismissalGround.CANDIDACY_NOT_RESIGNED,
                LocalDate.of(2018, 2, 12), null, LocalDate.of(2018, 2, 28), ElectedOffice.REGENT_OR_MAYOR);
        assertThat(finding(old, "BERHENTI-CALON")).isEmpty();
        ImmutableProposal in2020 = candidate(Action.DISHONOURABLE, DismissalGround.CANDIDACY_NOT_RESIGNED,
                LocalDate.of(2020, 9, 23), null, LocalDate.of(2020, 9, 30), ElectedOffice.REGENT_OR_MAYOR);
        assertThat(finding(in2020, "BERHENTI-CALON").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void dprdCandidacyWarns() {
        ImmutableProposal p = candidate(Action.OTHER_GROUND, DismissalGround.CANDIDACY_RESIGNED,
                LocalDate.of(2028, 11, 3), LocalDate.of(2028, 10, 1), LocalDate.of(2028, 11, 30), ElectedOffice.DPRD);
        assertThat(finding(p, "BERHENTI-CALON").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }
}

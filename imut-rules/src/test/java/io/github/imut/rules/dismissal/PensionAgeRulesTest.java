package io.github.imut.rules.dismissal;

import static io.github.imut.testing.ImutAssertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Nip;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import io.github.imut.testing.Fixtures;
import io.github.imut.testing.ProposalFixture;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PENSIUN-USIA-FIXED and PENSIUN-MPP on the default retirement story: Hartono, born 1968-06-15, administrator (BUP
 * 58), TMT pensiun 2026-07-01.
 */
class PensionAgeRulesTest {
    private static final Checker CHECKER = TestProposals.checker();
    private static final String HARTONO_NIP = Fixtures.dismissal().build().getEmployee().getNip().value();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Report check(ProposalFixture f) {
        Proposal p = f.build();
        return CHECKER.check(p, p.getEffectiveDate().minusMonths(1));
    }

    /** The retirement story with the birth date now recorded as {@code stated}, the NIP keeping the original. */
    private static ProposalFixture restated(LocalDate stated) {
        return Fixtures.dismissal().bornOn(stated).nip(HARTONO_NIP);
    }

    /** A NIP for the story's TMT CPNS and sex, with this birth date. */
    private static String nipBornOn(LocalDate birth) {
        Nip original = Nip.parse(HARTONO_NIP);
        return Nip.of(birth, original.tmtCpnsMonth().orElseThrow(), original.gender(), 1).value();
    }

    // ---- PENSIUN-USIA-FIXED -----------------------------------------------------------------------------------

    @Test
    void theDefaultStoryIsConsistent() {
        assertThat(check(Fixtures.dismissal())).hasNoFindings();
    }

    @Test
    void aBirthDateMovedAYearLaterThanTheNipsMovesTheRetirementDateAndFails() {
        assertThat(check(restated(d(1969, 6, 15)))).hasVerdict(Verdict.TMS).hasFinding("PENSIUN-USIA-FIXED")
                .withOutcome(Outcome.FAIL).withBasis("UU 11/1969 Pasal 10").withFact("source", "employee.nip")
                .withFact("recordedBirthDate", d(1968, 6, 15)).withFact("tmtPensiun", d(2026, 7, 1))
                .withFact("statedTmtPensiun", d(2027, 7, 1))
                .withMessageContaining("menggeser TMT pensiun dari 2026-07-01 ke 2027-07-01");
    }

    @Test
    void aBirthDateMovedWithinItsMonthLeavesTheRetirementDateAndOnlyNipFormatReportsIt() {
        assertThat(check(restated(d(1968, 6, 30)))).hasNoFinding("PENSIUN-USIA-FIXED").hasFinding("NIP-FORMAT")
                .withOutcome(Outcome.FAIL);
    }

    @Test
    void aBirthDateMovedFromTheMonthsLastDayToTheNextMonthsFirstMovesTheRetirementDate() {
        ProposalFixture f = Fixtures.dismissal().bornOn(d(1968, 7, 1)).nip(nipBornOn(d(1968, 6, 30)))
                .effective(d(2026, 8, 1));
        assertThat(check(f)).hasFinding("PENSIUN-USIA-FIXED").withFact("tmtPensiun", d(2026, 7, 1))
                .withFact("statedTmtPensiun", d(2026, 8, 1));
    }

    @Test
    void withTheFirstOfMonthSwitchThe30thAndTheNext1stRetireOnTheSameDay() {
        Checker sameMonth = StandardRules.addTo(Checker.builder()).setSwitch(RetirementAge.SAME_MONTH_SWITCH, true)
                .build();
        Proposal p = Fixtures.dismissal().bornOn(d(1968, 7, 1)).nip(nipBornOn(d(1968, 6, 30))).build();
        assertThat(sameMonth.check(p, d(2026, 6, 1))).hasNoFinding("PENSIUN-USIA-FIXED");
        assertThat(CHECKER.check(p, d(2026, 6, 1))).hasFinding("PENSIUN-USIA-FIXED");
    }

    @Test
    void a29FebruaryBirthRestatedAsThe28thKeepsTheMonthAndAsThe1stOfMarchMovesIt() {
        ProposalFixture born29 = Fixtures.dismissal().nip(nipBornOn(d(1968, 2, 29))).effective(d(2026, 3, 1));
        assertThat(check(born29.bornOn(d(1968, 2, 28)))).hasNoFinding("PENSIUN-USIA-FIXED");
        assertThat(check(Fixtures.dismissal().nip(nipBornOn(d(1968, 2, 29))).bornOn(d(1968, 3, 1))
                .effective(d(2026, 3, 1)))).hasFinding("PENSIUN-USIA-FIXED").withFact("tmtPensiun", d(2026, 3, 1))
                .withFact("statedTmtPensiun", d(2026, 4, 1));
    }

    @Test
    void theRecordedBirthDateAtAppointmentGovernsEvenWhenTheNipWasReissued() {
        // the NIP follows the restated date (NIP-FORMAT agrees), the SK CPNS's date is 1968-06-15
        ProposalFixture f = Fixtures.dismissal().bornOn(d(1969, 6, 15))
                .employee(e -> e.birthDateAtAppointment(d(1968, 6, 15)));
        assertThat(check(f)).hasNoFinding("NIP-FORMAT").hasFinding("PENSIUN-USIA-FIXED").withOutcome(Outcome.FAIL)
                .withFact("source", "employee.birthDateAtAppointment").withFact("statedTmtPensiun", d(2027, 7, 1));
    }

    @Test
    void aRecordedBirthDateAtAppointmentWithinTheSameMonthWarns() {
        ProposalFixture f = Fixtures.dismissal().employee(e -> e.birthDateAtAppointment(d(1968, 6, 2)));
        assertThat(check(f)).hasVerdict(Verdict.MS).hasOnlyFindings("PENSIUN-USIA-FIXED")
                .hasFinding("PENSIUN-USIA-FIXED").withOutcome(Outcome.WARNING)
                .withMessageContaining("TMT pensiun tidak bergeser");
    }

    @Test
    void withoutThePositionTheMonthStillDecides() {
        ProposalFixture f = restated(d(1969, 6, 15)).currentPosition(Position.builder().name("Kepala Bidang Aset")
                .build());
        assertThat(check(f)).hasFinding("PENSIUN-USIA-FIXED").withOutcome(Outcome.FAIL)
                .withMessageContaining("berbeda bulan");
    }

    @Test
    void beforeTheRetirementAgeTableTookEffectTheMonthStillDecidesWithoutAnError() {
        assertThat(check(restated(d(1969, 6, 15)).effective(d(2016, 10, 1)))).hasFinding("PENSIUN-USIA-FIXED")
                .withOutcome(Outcome.FAIL).withMessageContaining("berbeda bulan");
        assertThat(check(mpp(d(2015, 10, 1), null).effective(d(2016, 10, 1)))).hasNoFinding("PENSIUN-MPP");
    }

    @Test
    void everyKindOfProposalIsConcerned() {
        Proposal transfer = Fixtures.transfer().build();
        String nip = transfer.getEmployee().getNip().value();
        assertThat(check(Fixtures.transfer().bornOn(d(1986, 8, 17)).nip(nip))).hasFinding("PENSIUN-USIA-FIXED")
                .withOutcome(Outcome.FAIL);
    }

    @Test
    void pppkAndUnknownBirthDatesAreNotConcerned() {
        assertThat(check(Fixtures.appointment(Action.PPPK_INTO_POSITION).employee(e -> e.birthDate(d(1990, 1, 1)))
                .nip(Fixtures.appointment(Action.PPPK_INTO_POSITION).build().getEmployee().getNip().value())))
                .hasNoFinding("PENSIUN-USIA-FIXED");
        assertThat(check(Fixtures.dismissal().employee(e -> e.birthDate(Optional.empty()))))
                .hasNoFinding("PENSIUN-USIA-FIXED");
    }

    // ---- PENSIUN-MPP ------------------------------------------------------------------------------------------

    private static ProposalFixture mpp(LocalDate from, LocalDate to) {
        return Fixtures.dismissal().employee(e -> e.preRetirementLeave(to == null
                ? Period.builder().from(from).build() : Period.builder().from(from).to(to).build()));
    }

    @Test
    void aPreRetirementLeaveOfExactlyTwelveMonthsBeforeTheRetirementDateIsInOrder() {
        assertThat(check(mpp(d(2025, 7, 1), d(2026, 6, 30)))).hasNoFindings();
        assertThat(check(mpp(d(2025, 7, 1), null))).hasNoFindings();
    }

    @Test
    void aPreRetirementLeaveStartingTheDayBeforeWarns() {
        assertThat(check(mpp(d(2025, 6, 30), d(2026, 6, 30)))).hasVerdict(Verdict.MS).hasOnlyFindings("PENSIUN-MPP")
                .hasFinding("PENSIUN-MPP").withOutcome(Outcome.WARNING).withFact("earliestFrom", d(2025, 7, 1))
                .withFact("tmtPensiun", d(2026, 7, 1)).withMessageContaining("lebih dari 12 bulan");
    }

    @Test
    void aPreRetirementLeaveRunningIntoTheRetirementDateWarns() {
        assertThat(check(mpp(d(2025, 7, 1), d(2026, 7, 1)))).hasFinding("PENSIUN-MPP")
                .withOutcome(Outcome.WARNING).withFact("mppTo", d(2026, 7, 1));
        assertThat(check(mpp(d(2026, 7, 1), null))).hasFinding("PENSIUN-MPP")
                .withMessageContaining("pada atau setelah TMT pensiun 2026-07-01");
    }

    @Test
    void aRetirementOnTheFirstOfTheMonthStartsTheTwelveMonthsFromThatFirst() {
        Checker sameMonth = StandardRules.addTo(Checker.builder()).setSwitch(RetirementAge.SAME_MONTH_SWITCH, true)
                .build();
        // born 1 June 1968: with the switch TMT pensiun is 2026-06-01, so the leave may start on 2025-06-01
        Proposal inOrder = Fixtures.dismissal().bornOn(d(1968, 6, 1)).effective(d(2026, 6, 1))
                .employee(e -> e.preRetirementLeave(Period.builder().from(d(2025, 6, 1)).build())).build();
        assertThat(sameMonth.check(inOrder, d(2026, 5, 1))).hasNoFinding("PENSIUN-MPP");
        Proposal early = Fixtures.dismissal().bornOn(d(1968, 6, 1)).effective(d(2026, 6, 1))
                .employee(e -> e.preRetirementLeave(Period.builder().from(d(2025, 5, 31)).build())).build();
        assertThat(sameMonth.check(early, d(2026, 5, 1))).hasFinding("PENSIUN-MPP")
                .withFact("earliestFrom", d(2025, 6, 1));
    }

    @Test
    void aLeaveYearsBeforeRetirementWarnsOnAnyProposalAndNeverBlocks() {
        ProposalFixture transfer = Fixtures.transfer()
                .employee(e -> e.preRetirementLeave(Period.builder().from(d(2026, 6, 1)).build()));
        assertThat(check(transfer)).hasVerdict(Verdict.MS).hasOnlyFindings("PENSIUN-MPP");
    }

    @Test
    void withoutABirthDateOrPositionLevelThereIsNoRetirementDateAndNoFinding() {
        assertThat(check(mpp(d(2020, 1, 1), null).employee(e -> e.birthDate(Optional.empty()))))
                .hasNoFinding("PENSIUN-MPP");
        assertThat(check(mpp(d(2020, 1, 1), null).currentPosition(Position.builder().name("X").build())))
                .hasNoFinding("PENSIUN-MPP");
        assertThat(check(mpp(d(2020, 1, 1), null).status(EmploymentStatus.PPPK))).hasNoFinding("PENSIUN-MPP");
    }
}

package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** BUP-JF-UU (professor's extension), BUP-EXTENSION and BUP-TRANSISI-2017. */
class RetirementAgeVariantsTest {

    private static ImmutableProposal retirement(LocalDate birth, Position position, LocalDate effective) {
        ImmutableEmployee e = DismissalFixtures.employee().withBirthDate(birth)
                .withNip(Nip.of(birth, YearMonth.of(1985, 3), Gender.MALE, 1)).withTmtCpns(LocalDate.of(1985, 3, 1))
                .withCurrentPosition(position);
        return dismissal(Action.RETIREMENT_AGE, null, effective).withEmployee(e);
    }

    private static Position professor() {
        return Position.builder().level(PositionLevel.AHLI_UTAMA).functionalCategory(FunctionalCategory.DOSEN)
                .since(LocalDate.of(2010, 1, 1)).build();
    }

    @Test
    void professorRetiresAt65WithoutTheMinistersExtension() {
        ImmutableProposal p = retirement(LocalDate.of(1960, 5, 20), professor(), LocalDate.of(2025, 6, 1));
        assertThat(finding(p, "PENSIUN-TMT")).isEmpty();
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withExtendedRetirementAge(70))
                .withEffectiveDate(LocalDate.of(2030, 6, 1));
        Finding f = finding(p, "BUP-JF-UU").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
        assertThat(f.getApprovalRequiredFrom()).contains(Approver.MENTERI);
        assertThat(finding(p, "PENSIUN-TMT").orElseThrow().getEarliestCompliantDate())
                .contains(LocalDate.of(2025, 6, 1));
    }

    @Test
    void withTheMinistersApprovalTheProfessorRetiresAt70() {
        ImmutableProposal p = retirement(LocalDate.of(1960, 5, 20), professor(), LocalDate.of(2030, 6, 1));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withExtendedRetirementAge(70))
                .withApprovals(Approval.builder().from(Approver.MENTERI).reference("12345/MPK.A/KP/2025")
                        .date(LocalDate.of(2025, 3, 1)).build());
        assertThat(finding(p, "BUP-JF-UU")).isEmpty();
        assertThat(finding(p, "PENSIUN-TMT")).isEmpty();
        assertThat(finding(p, "BERHENTI-BUP")).isEmpty();
        ImmutableProposal seventyOne = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee())
                .withExtendedRetirementAge(71));
        assertThat(finding(seventyOne, "BUP-JF-UU").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void lecturerBelowProfessorCannotBeExtended() {
        Position lektor = Position.builder().level(PositionLevel.AHLI_MADYA)
                .functionalCategory(FunctionalCategory.DOSEN).build();
        ImmutableProposal p = retirement(LocalDate.of(1960, 5, 20), lektor, LocalDate.of(2025, 6, 1));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withExtendedRetirementAge(70));
        assertThat(finding(p, "BUP-JF-UU").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void jptExtensionHasNoCurrentBasisAndOnlyWarns() {
        Position jpt = Position.builder().level(PositionLevel.JPT_MADYA).build();
        ImmutableProposal p = retirement(LocalDate.of(1966, 5, 20), jpt, LocalDate.of(2026, 6, 1));
        p = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withExtendedRetirementAge(62));
        Finding f = finding(p, "BUP-EXTENSION").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("bupAge", 60).containsEntry("claimedAge", 62);
        assertThat(finding(p, "PENSIUN-TMT")).isEmpty();
    }

    @Test
    void ahliMadyaBornOn7April1957KeepsBup65() {
        Position madya = Position.builder().level(PositionLevel.AHLI_MADYA).since(LocalDate.of(2012, 1, 2)).build();
        ImmutableProposal p = retirement(LocalDate.of(1957, 4, 7), madya, LocalDate.of(2022, 5, 1));
        assertThat(finding(p, "BUP-TRANSISI-2017").orElseThrow().getFacts()).containsEntry("bupAge", 65);
        assertThat(finding(p, "PENSIUN-TMT")).isEmpty();
        ImmutableProposal dayAfter = retirement(LocalDate.of(1957, 4, 8), madya, LocalDate.of(2017, 5, 1));
        assertThat(finding(dayAfter, "BUP-TRANSISI-2017")).isEmpty();
        assertThat(finding(dayAfter, "PENSIUN-TMT")).isEmpty();
    }

    @Test
    void transitionalAgeNeedsThePositionHeldOn7April2017() {
        Position madya = Position.builder().level(PositionLevel.AHLI_MADYA).since(LocalDate.of(2018, 1, 2)).build();
        ImmutableProposal p = retirement(LocalDate.of(1956, 1, 9), madya, LocalDate.of(2018, 2, 1));
        assertThat(finding(p, "BUP-TRANSISI-2017").orElseThrow().getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        ImmutableProposal held = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withPositionHistory(
                PositionRecord.builder().level(PositionLevel.AHLI_MADYA).from(LocalDate.of(2014, 1, 2))
                        .to(LocalDate.of(2018, 1, 1)).build()));
        assertThat(finding(held, "BUP-TRANSISI-2017").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
        ImmutableProposal other = p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withPositionHistory(
                PositionRecord.builder().level(PositionLevel.ADMINISTRATOR).from(LocalDate.of(2014, 1, 2))
                        .to(LocalDate.of(2018, 1, 1)).build()));
        assertThat(finding(other, "BUP-TRANSISI-2017")).isEmpty();
    }
}

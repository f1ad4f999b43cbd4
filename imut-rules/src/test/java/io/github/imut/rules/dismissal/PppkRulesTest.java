package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static io.github.imut.rules.dismissal.DismissalFixtures.kind;
import static io.github.imut.rules.dismissal.DismissalFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** PPPK-PHK and PPPK-PK. */
class PppkRulesTest {
    /** A PPPK ahli pertama (BUP 58) born 1990-09-13, first appointed 2023. */
    private static ImmutableEmployee pppk(LocalDate birth) {
        return DismissalFixtures.employee().withStatus(EmploymentStatus.PPPK).withBirthDate(birth)
                .withNip(Nip.parse(birth.toString().replace("-", "") + "2023211010"))
                .withTmtPppk(LocalDate.of(2023, 1, 1))
                .withCurrentPosition(Position.builder().level(PositionLevel.AHLI_PERTAMA).build())
                .withContract(Period.builder().from(LocalDate.of(2023, 1, 1)).to(LocalDate.of(2027, 12, 31)).build());
    }

    private static ImmutableProposal termination(DismissalGround ground, LocalDate effective) {
        return dismissal(Action.PPPK_TERMINATION, ground, effective).withEmployee(pppk(LocalDate.of(1990, 9, 13)));
    }

    @Test
    void contractEndTakesEffectOnItsLastDayOrTheDayAfter() {
        assertThat(finding(termination(DismissalGround.CONTRACT_END, LocalDate.of(2027, 12, 31)), "PPPK-PHK"))
                .isEmpty();
        assertThat(finding(termination(DismissalGround.CONTRACT_END, LocalDate.of(2028, 1, 1)), "PPPK-PHK")).isEmpty();
        Finding early = finding(termination(DismissalGround.CONTRACT_END, LocalDate.of(2027, 12, 30)), "PPPK-PHK")
                .orElseThrow();
        assertThat(early.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(early.getEarliestCompliantDate()).contains(LocalDate.of(2027, 12, 31));
        assertThat(finding(termination(DismissalGround.CONTRACT_END, LocalDate.of(2028, 1, 2)), "PPPK-PHK")
                .orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void kindsOfPp49Pasal53() {
        assertThat(finding(kind(termination(DismissalGround.SENTENCE_2Y, LocalDate.of(2026, 6, 30)),
                DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST), "PPPK-PHK")).isEmpty();
        assertThat(finding(kind(termination(DismissalGround.SENTENCE_2Y, LocalDate.of(2026, 6, 30)),
                DismissalKind.HONOURABLE), "PPPK-PHK").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(kind(termination(DismissalGround.PARTY_MEMBER, LocalDate.of(2026, 6, 30)),
                DismissalKind.DISHONOURABLE), "PPPK-PHK")).isEmpty();
        assertThat(finding(termination(DismissalGround.FAKE_DIPLOMA, LocalDate.of(2026, 6, 30)), "PPPK-PHK")
                .orElseThrow().getMessage()).contains("PP 49/2018 Pasal 53");
    }

    @Test
    void terminationIsOnlyForPppk() {
        ImmutableProposal pns = dismissal(Action.PPPK_TERMINATION, DismissalGround.CONTRACT_END,
                LocalDate.of(2026, 6, 30));
        assertThat(finding(pns, "PPPK-PHK").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    // PPPK-PK: born 1969-09-13, ahli pertama: BUP 58 reached 2027-09-13

    private static ImmutableProposal extension(LocalDate from, LocalDate to) {
        return with(Proposal.builder().id("PK-TEST-1").kind(Action.PPPK_CONTRACT_EXTENSION.kind())
                .action(Action.PPPK_CONTRACT_EXTENSION).effectiveDate(from)
                .employee(pppk(LocalDate.of(1969, 9, 13))).contractPeriod(Period.builder().from(from).to(to).build())
                .build(), DocumentKind.SKP, DocumentKind.PERJANJIAN_KERJA);
    }

    @Test
    void contractMayRunToTheBupDayButNotPastIt() {
        assertThat(finding(extension(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 9, 13)), "PPPK-PK")).isEmpty();
        Finding f = finding(extension(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 9, 14)), "PPPK-PK")
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("bupDate", LocalDate.of(2027, 9, 13));
    }

    @Test
    void contractOfLessThanAYearFailsUnlessTheBupShortensIt() {
        assertThat(finding(extension(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), "PPPK-PK")).isEmpty();
        assertThat(finding(extension(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 30)), "PPPK-PK").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(extension(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 9, 13)), "PPPK-PK").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void contractFrom29FebruaryMustRunTo28February() {
        assertThat(finding(extension(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 27)), "PPPK-PK").orElseThrow()
                .getFacts()).containsEntry("minTo", LocalDate.of(2025, 2, 28));
        assertThat(finding(extension(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)), "PPPK-PK")).isEmpty();
    }

    @Test
    void contractWithoutItsEndIsIncomplete() {
        ImmutableProposal p = extension(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withContractPeriod(Period.builder().from(LocalDate.of(2025, 1, 1)).build());
        assertThat(finding(p, "PPPK-PK").orElseThrow().getMissing()).containsExactly("contractPeriod.to");
    }
}

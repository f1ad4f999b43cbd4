package io.github.imut.rules.reference;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NipFormatRuleTest {
    private static final Checker CHECKER = TestProposals.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static Report check(ImmutableEmployee e) {
        ImmutableProposal p = TestProposals.transfer();
        return CHECKER.check(p.withEmployee(e), AS_OF);
    }

    @Test
    void consistentNipPasses() {
        assertThat(check(TestProposals.employee())).hasVerdict(Verdict.MS).hasNoFinding("NIP-FORMAT");
    }

    @Test
    void birthDateDisagreementFails() {
        Report r = check(TestProposals.employee().withBirthDate(LocalDate.of(1985, 3, 13)));
        assertThat(r).hasVerdict(Verdict.TMS).hasFinding("NIP-FORMAT").withOutcome(Outcome.FAIL)
                .withFact("mismatched", "birthDate").withFact("nipBirthDate", LocalDate.of(1985, 3, 12))
                .withBasis("Peraturan Kepala BKN 22/2007").withMessageContaining("198503122010011002");
        assertThat(r.finding("NIP-FORMAT").orElseThrow().getFacts())
                .containsEntry("nipBirthDate", LocalDate.of(1985, 3, 12));
    }

    @Test
    void genderAndTmtDisagreementsAreAllNamed() {
        Finding f = check(TestProposals.employee().withGender(Gender.FEMALE).withTmtCpns(LocalDate.of(2010, 2, 1)))
                .finding("NIP-FORMAT").orElseThrow();
        assertThat(f.getFacts()).containsEntry("mismatched", "gender, tmtCpns");
    }

    @Test
    void tmtCpnsInTheSameMonthAgrees() {
        assertThat(check(TestProposals.employee().withTmtCpns(LocalDate.of(2010, 1, 31))).finding("NIP-FORMAT"))
                .isEmpty();
    }

    @Test
    void pnsNipWhoseDigits13To14AreNoMonthFails() {
        Finding f = check(TestProposals.employee().withNip(Nip.parse("198503122010211002"))).finding("NIP-FORMAT")
                .orElseThrow();
        assertThat(f.getFacts()).containsEntry("mismatched", "tmtCpnsMonth");
    }

    @Test
    void pppkNumberIsNotCheckedHere() {
        assertThat(check(TestProposals.employee().withStatus(EmploymentStatus.PPPK)
                .withNip(Nip.parse("198503122023211002"))).finding("NIP-FORMAT")).isEmpty();
    }

    @Test
    void aNumberWhoseDigits13To14AreNoMonthIsIncompleteWhileTheStatusIsUnknown() {
        // an NI PPPK is lawful for a PPPK and wrong for a PNS: without the status the rule cannot tell
        Finding f = check(TestProposals.employee().withStatus(Optional.empty())
                .withNip(Nip.parse("198503122010211002"))).finding("NIP-FORMAT").orElseThrow();
        assertThat(f).withOutcome(Outcome.INCOMPLETE).withMissing("employee.status");
    }

    @Test
    void nonAsnTniAndPolriHaveNoNipToCheck() {
        for (EmploymentStatus s : new EmploymentStatus[] {EmploymentStatus.NON_ASN, EmploymentStatus.TNI,
            EmploymentStatus.POLRI}) {
            assertThat(check(TestProposals.employee().withStatus(s).withBirthDate(LocalDate.of(1985, 3, 13)))
                    .finding("NIP-FORMAT")).as(s.name()).isEmpty();
        }
    }

    @Test
    void unknownDataIsIncomplete() {
        Finding f = check(TestProposals.employee().withGender(Optional.empty()).withTmtCpns(Optional.empty()))
                .finding("NIP-FORMAT").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(f.getMissing()).containsExactly("employee.gender", "employee.tmtCpns");
    }

    @Test
    void sequenceZeroWarns() {
        Finding f = check(TestProposals.employee().withNip(Nip.parse("198503122010011000"))).finding("NIP-FORMAT")
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void implausibleAgeAtTmtCpnsWarnsAtTheBoundaries() {
        ImmutableEmployee e = TestProposals.employee();
        // born 1985-03-12: 18 on 2003-03-12
        assertThat(check(e.withTmtCpns(LocalDate.of(2003, 3, 12)).withNip(Nip.parse("198503122003031002")))
                .finding("NIP-FORMAT")).isEmpty();
        assertThat(check(e.withTmtCpns(LocalDate.of(2003, 3, 11)).withNip(Nip.parse("198503122003031002")))
                .finding("NIP-FORMAT").orElseThrow().getFacts()).containsEntry("ageAtTmtCpns", 17);
    }
}

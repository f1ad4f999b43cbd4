package io.github.imut.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NiPppkFormatRuleTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    /** Catalogue example: 19960129 2023 21 1 010, a PPPK appointed in 2023. */
    private static ImmutableProposal pppk(String ni, LocalDate birth, Gender gender, LocalDate tmtPppk) {
        return TestProposals.transfer().withEmployee(TestProposals.employee().withStatus(EmploymentStatus.PPPK)
                .withNip(Nip.parse(ni)).withBirthDate(birth).withGender(gender).withTmtPppk(tmtPppk)
                .withTmtCpns(Optional.empty()));
    }

    private static Optional<Finding> finding(ImmutableProposal p) {
        return TestProposals.checker().check(p, AS_OF).finding("NIPPPK-FORMAT");
    }

    @Test
    void catalogueExamplesAgree() {
        assertThat(finding(pppk("19960129 2023 21 1 010", LocalDate.of(1996, 1, 29), Gender.MALE,
                LocalDate.of(2023, 3, 1)))).isEmpty();
        assertThat(finding(pppk("19900913 2025 24 2 014", LocalDate.of(1990, 9, 13), Gender.FEMALE,
                LocalDate.of(2025, 10, 1)))).isEmpty();
    }

    @Test
    void niPppkHasNoTmtCpnsMonth() {
        assertThat(Nip.parse("199601292023211010").tmtCpnsMonth()).isEmpty();
        assertThat(TestProposals.checker().check(pppk("199601292023211010", LocalDate.of(1996, 1, 29), Gender.MALE,
                LocalDate.of(2023, 3, 1)), AS_OF).finding("NIP-FORMAT")).isEmpty();
    }

    @Test
    void yearOfAppointmentAndBirthDateMustAgree() {
        Finding f = finding(pppk("199601292023211010", LocalDate.of(1996, 1, 28), Gender.MALE,
                LocalDate.of(2024, 1, 1))).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("mismatched", "birthDate, tmtPppk");
    }

    @Test
    void unobservedCodeOnlyWarns() {
        Finding f = finding(pppk("199601292023221010", LocalDate.of(1996, 1, 29), Gender.MALE,
                LocalDate.of(2023, 3, 1))).orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.WARNING);
        assertThat(f.getFacts()).containsEntry("code", 22);
    }

    @Test
    void missingTmtPppkIsIncomplete() {
        assertThat(finding(pppk("199601292023211010", LocalDate.of(1996, 1, 29), Gender.MALE, null)
                .withEmployee(TestProposals.employee().withStatus(EmploymentStatus.PPPK)
                        .withNip(Nip.parse("199601292023211010")).withBirthDate(LocalDate.of(1996, 1, 29))))
                .orElseThrow().getMissing()).containsExactly("employee.tmtPppk");
    }

    @Test
    void pnsNipIsNotJudgedHere() {
        assertThat(finding(TestProposals.transfer())).isEmpty();
    }
}

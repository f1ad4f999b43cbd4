package io.github.imut.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.check.Checker;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleModule;
import io.github.imut.json.ImutJson;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.Nip;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fixtures as a builder: consistent NIPs, a file dated from the TMT, overrides in order. */
class FixturesTest {
    /** A checker without rules: imut-core's tests check structure, the rules' tests check the law. */
    private static final Checker NO_RULES = Checker.builder().addModule(new RuleModule() {
        @Override
        public String id() {
            return "test.none";
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public String messageBundle() {
            return "io.github.imut.check.messages";
        }
    }).build();

    /** Asserts that the NIP (NI PPPK) agrees with the employee's birth date, sex and TMT CPNS (year of TMT PPPK). */
    private static void assertConsistentNip(Employee e) {
        Nip nip = e.getNip();
        assertThat(e.getBirthDate()).as("birth date").contains(nip.birthDate());
        assertThat(e.getGender()).as("sex").contains(nip.gender());
        if (e.getStatus().orElseThrow() == EmploymentStatus.PPPK) {
            assertThat(e.getTmtPppk().orElseThrow().getYear()).as("year of TMT PPPK").isEqualTo(nip.appointmentYear());
            assertThat(nip.monthOrCode()).as("NI PPPK code").isEqualTo(21);
        } else {
            assertThat(nip.tmtCpnsMonth()).as("TMT CPNS").contains(YearMonth.from(e.getTmtCpns().orElseThrow()));
        }
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyDefaultIsOfItsActionWithAConsistentNipAndStructurallyValid(Action action) throws Exception {
        Proposal p = Fixtures.of(action).build();
        assertThat(p.getAction()).isEqualTo(action);
        assertThat(p.getKind()).isEqualTo(action.kind());
        assertConsistentNip(p.getEmployee());
        assertThat(NO_RULES.validate(p)).isEmpty();
        assertThat(ImutJson.proposalReader().<Proposal>readValue(ImutJson.mapper().writeValueAsString(p)))
                .isEqualTo(p);
    }

    @Test
    void everyDefaultEmployeeIsSomeoneElse() {
        Set<Nip> nips = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Action a : Action.values()) {
            Proposal p = Fixtures.of(a).build();
            ids.add(p.getId());
            nips.add(p.getEmployee().getNip());
        }
        assertThat(ids).hasSize(Action.values().length);
        assertThat(nips).hasSize(Action.values().length);
    }

    @Test
    void buildingTwiceGivesEqualProposals() {
        ProposalFixture f = Fixtures.transfer().bornOn(LocalDate.of(1990, 1, 1));
        assertThat(f.build()).isEqualTo(f.build());
    }

    @Test
    void anotherBirthDateChangesTheNipsFirstEightDigitsOnly() {
        Nip before = Fixtures.transfer().build().getEmployee().getNip();
        Employee e = Fixtures.transfer().bornOn(LocalDate.of(1992, 2, 29)).build().getEmployee();
        assertThat(e.getNip().value()).startsWith("19920229").endsWith(before.value().substring(8));
        assertConsistentNip(e);
    }

    @Test
    void anotherSexChangesDigitFifteen() {
        Employee e = Fixtures.transfer().gender(Gender.MALE).build().getEmployee();
        assertThat(e.getNip().value().charAt(14)).isEqualTo('1');
        assertConsistentNip(e);
    }

    @Test
    void anotherTmtCpnsChangesDigitsNineToFourteenAndMovesTmtPns() {
        Employee e = Fixtures.transfer().tmtCpns(LocalDate.of(2010, 12, 1)).build().getEmployee();
        assertThat(e.getNip().value().substring(8, 14)).isEqualTo("201012");
        assertThat(e.getTmtPns()).contains(LocalDate.of(2011, 12, 1));
        assertConsistentNip(e);
    }

    @Test
    void birthDateChangedThroughTheEmployeeBuilderAlsoMovesTheNip() {
        Employee e = Fixtures.transfer().employee(b -> b.birthDate(LocalDate.of(1985, 12, 31))).build().getEmployee();
        assertConsistentNip(e);
    }

    @Test
    void aRemovedBirthDateLeavesTheNipAsItWas() {
        Nip before = Fixtures.dismissal().build().getEmployee().getNip();
        Employee e = Fixtures.dismissal().employee(b -> b.birthDate(Optional.empty())).build().getEmployee();
        assertThat(e.getBirthDate()).isEmpty();
        assertThat(e.getNip()).isEqualTo(before);
    }

    @Test
    void aNipTheTestSetsIsKeptWhateverComesAfter() {
        Employee e = Fixtures.transfer().nip("19870817 201203 2 777").bornOn(LocalDate.of(1990, 1, 1)).build()
                .getEmployee();
        assertThat(e.getNip().value()).isEqualTo("198708172012032777");
        Employee viaBuilder = Fixtures.transfer().employee(b -> b.nip(Nip.parse("198708172012032778")))
                .bornOn(LocalDate.of(1990, 1, 1)).build().getEmployee();
        assertThat(viaBuilder.getNip().value()).isEqualTo("198708172012032778");
    }

    @Test
    void aPppkGetsANiPppkFromTheTmtPppk() {
        Employee e = Fixtures.transfer().status(EmploymentStatus.PPPK).build().getEmployee();
        assertThat(e.getTmtPppk()).contains(LocalDate.of(2012, 3, 1));
        assertThat(e.getTmtCpns()).isEmpty();
        assertThat(e.getTmtPns()).isEmpty();
        assertThat(e.getGrade()).isEmpty();
        assertThat(e.getNip().value()).isEqualTo("198708172012212002");
        assertConsistentNip(e);
    }

    @Test
    void aCpnsHasNoTmtPns() {
        Employee e = Fixtures.transfer().status(EmploymentStatus.CPNS).build().getEmployee();
        assertThat(e.getStatus()).contains(EmploymentStatus.CPNS);
        assertThat(e.getTmtPns()).isEmpty();
        assertConsistentNip(e);
    }

    @Test
    void theFileFollowsTheTmtButTheHistoryDoesNot() {
        Proposal moved = Fixtures.transfer(Action.BETWEEN_AGENCIES).effective("2024-03-22").build();
        Proposal standard = Fixtures.transfer(Action.BETWEEN_AGENCIES).build();
        assertThat(moved.getEffectiveDate()).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(moved.getEmployee().getPerformance()).extracting(PerformanceRecord::getYear)
                .containsExactly(2022, 2023);
        assertThat(moved.approvalFrom(Approver.KANREG_BKN)).isPresent();
        assertThat(moved.getEmployee().getBirthDate()).isEqualTo(standard.getEmployee().getBirthDate());
        assertThat(moved.getEmployee().getCurrentPosition().orElseThrow().getSince())
                .isEqualTo(standard.getEmployee().getCurrentPosition().orElseThrow().getSince());
    }

    @Test
    void laterOverridesWin() {
        Proposal p = Fixtures.transfer().grade("III/d").grade("IV/a").id("A").id("B").build();
        assertThat(p.getEmployee().getGrade()).contains(Grade.parse("IV/a"));
        assertThat(p.getId()).isEqualTo("B");
    }

    @Test
    void signedByFillsTheRegionAndTheCapacityTheRoleImplies() {
        assertThat(Fixtures.transfer().signedBy(SignerRole.PJ_BUPATI).build().getSigner().orElseThrow())
                .satisfies(s -> {
                    assertThat(s.getRegionCode()).contains(Fixtures.REGION_CODE);
                    assertThat(s.capacity()).contains(SignerCapacity.PJ);
                });
        assertThat(Fixtures.transfer().signedBy(SignerRole.GUBERNUR).build().getSigner().orElseThrow()
                .getRegionCode()).contains("34");
        assertThat(Fixtures.signer(SignerRole.MENTERI).getRegionCode()).isEmpty();
        assertThat(Fixtures.transfer().unsigned().build().getSigner()).isEmpty();
    }

    @Test
    void documentsAndApprovalsAreAddedReplacedAndRemoved() {
        Proposal p = Fixtures.transfer().document(DocumentKind.ANJAB_ABK).withoutDocument(DocumentKind.SKP)
                .approval(Approver.MENDAGRI, "100/1", LocalDate.of(2026, 6, 1))
                .approval(Approver.MENDAGRI, "100/2", LocalDate.of(2026, 6, 2)).build();
        assertThat(p.hasDocument(DocumentKind.ANJAB_ABK)).isTrue();
        assertThat(p.hasDocument(DocumentKind.SKP)).isFalse();
        assertThat(p.getApprovals()).singleElement().satisfies(a -> assertThat(a.getReference()).isEqualTo("100/2"));
        assertThat(Fixtures.dismissal(Action.ORGANISATION_DOWNSIZING).withoutApproval(Approver.BKN).build()
                .approvalFrom(Approver.BKN)).isEmpty();
    }

    @Test
    void positionLevelsChangeWithoutStaleNames() {
        Proposal p = Fixtures.transfer().currentPosition(PositionLevel.ADMINISTRATOR)
                .target(PositionLevel.ADMINISTRATOR).build();
        assertThat(p.getEmployee().getCurrentPosition().orElseThrow().getLevel()).contains(PositionLevel.ADMINISTRATOR);
        assertThat(p.getEmployee().getCurrentPosition().orElseThrow().getName()).isEmpty();
        assertThat(p.getEmployee().getCurrentPosition().orElseThrow().getSince()).contains(LocalDate.of(2022, 1, 3));
        assertThat(p.getTarget().orElseThrow().getPosition().getLevel()).contains(PositionLevel.ADMINISTRATOR);
    }

    @Test
    void dismissalAndGroundsAreOverridden() {
        Proposal p = Fixtures.dismissal(Action.OWN_REQUEST).dismissal(d -> d.pensionClaimed(true))
                .ground("PELANGGARAN", "LHP/1").build();
        assertThat(p.getDismissal().orElseThrow().getPensionClaimed()).contains(true);
        assertThat(p.getDismissal().orElseThrow().getRequestReceivedOn()).isPresent();
        assertThat(p.getGrounds()).singleElement().satisfies(g -> assertThat(g.getEvidence()).contains("LHP/1"));
    }

    @Test
    void theEscapeHatchChangesAnything() {
        Proposal p = Fixtures.transfer().proposal(b -> b.submittedOn(LocalDate.of(2026, 1, 5))).build();
        assertThat(p.getSubmittedOn()).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aFactoryOfOneKindRefusesAnotherKindsAction() {
        assertThatThrownBy(() -> Fixtures.transfer(Action.DEATH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEATH is a dismissal action, not a transfer one");
        assertThatThrownBy(() -> Fixtures.appointment(Action.WITHIN_AGENCY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fixtures.dismissal(Action.REACTIVATION)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fixtures.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theDefaultEmployeeBuilderIsTheTransfersEmployee() {
        assertThat(Fixtures.employee().build()).isEqualTo(Fixtures.transfer().build().getEmployee());
    }
}

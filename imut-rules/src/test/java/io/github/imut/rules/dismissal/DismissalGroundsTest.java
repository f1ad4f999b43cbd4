package io.github.imut.rules.dismissal;

import static io.github.imut.rules.dismissal.DismissalFixtures.dismissal;
import static io.github.imut.rules.dismissal.DismissalFixtures.finding;
import static io.github.imut.rules.dismissal.DismissalFixtures.kind;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerRole;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BERHENTI-GROUNDS (table R8) and BERHENTI-AUTH. */
class DismissalGroundsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Test
    void everyPnsGroundIsAcceptedByItsActionAndKind() {
        for (DismissalGround g : DismissalGround.values()) {
            if (!Grounds.isPnsGround(g)) {
                continue;
            }
            for (Action a : Grounds.actions(g)) {
                ImmutableProposal p = dismissal(a, g, DAY);
                DismissalKind k = Grounds.kind(g);
                if (k != null) {
                    p = kind(p, k);
                }
                Optional<Finding> f = finding(p, "BERHENTI-GROUNDS");
                if (g == DismissalGround.NOT_PERFORMING) {
                    assertThat(f.orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
                } else {
                    assertThat(f).as(g + " as " + a).isEmpty();
                }
            }
        }
    }

    @Test
    void actionsWithOneGroundImplyIt() {
        assertThat(finding(dismissal(Action.HEALTH, null, DAY), "BERHENTI-GROUNDS")).isEmpty();
        assertThat(Grounds.of(dismissal(Action.EARLY_RETIREMENT, null, DAY))).isEqualTo(DismissalGround.OWN_REQUEST);
    }

    @Test
    void actionsWithManyGroundsNeedOne() {
        assertThat(finding(dismissal(Action.DISHONOURABLE, null, DAY), "BERHENTI-GROUNDS").orElseThrow()
                .getMissing()).containsExactly("dismissal.ground");
        assertThat(finding(dismissal(Action.TEMPORARY, null, DAY), "BERHENTI-GROUNDS").orElseThrow().getOutcome())
                .isEqualTo(Outcome.INCOMPLETE);
    }

    @Test
    void groundUnderTheWrongActionFails() {
        Finding f = finding(dismissal(Action.OTHER_GROUND, DismissalGround.PARTY_MEMBER, DAY), "BERHENTI-GROUNDS")
                .orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.getFacts()).containsEntry("expectedActions", "[DISHONOURABLE]");
    }

    @Test
    void kindTheGroundDoesNotAllowFails() {
        ImmutableProposal fakeDiploma = kind(dismissal(Action.OTHER_GROUND, DismissalGround.FAKE_DIPLOMA, DAY),
                DismissalKind.HONOURABLE);
        assertThat(finding(fakeDiploma, "BERHENTI-GROUNDS").orElseThrow().getFacts())
                .containsEntry("expectedKind", DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST);
        ImmutableProposal ptdhNotTdh = kind(dismissal(Action.DISHONOURABLE, DismissalGround.BETRAYAL, DAY),
                DismissalKind.HONOURABLE);
        assertThat(finding(ptdhNotTdh, "BERHENTI-GROUNDS").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        ImmutableProposal tdhElsewhere = kind(dismissal(Action.OTHER_GROUND, DismissalGround.HEAVY_DISCIPLINE, DAY),
                DismissalKind.DISHONOURABLE);
        assertThat(finding(tdhElsewhere, "BERHENTI-GROUNDS").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void studyLeaveKindIsOnlyAWarning() {
        ImmutableProposal p = kind(dismissal(Action.OTHER_GROUND, DismissalGround.STUDY_LEAVE_NOT_REPORTED, DAY),
                DismissalKind.HONOURABLE);
        assertThat(finding(p, "BERHENTI-GROUNDS").orElseThrow().getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void pppkAndPppkOnlyGroundsAreNotPnsDismissals() {
        ImmutableProposal pppk = dismissal(Action.OWN_REQUEST, null, DAY);
        pppk = pppk.withEmployee(DismissalFixtures.employee().withStatus(EmploymentStatus.PPPK));
        assertThat(finding(pppk, "BERHENTI-GROUNDS").orElseThrow().getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(dismissal(Action.OTHER_GROUND, DismissalGround.CONTRACT_END, DAY), "BERHENTI-GROUNDS")
                .orElseThrow().getMessage()).contains("bukan alasan pemberhentian PNS");
    }

    // BERHENTI-AUTH

    private static ImmutableProposal signedBy(PositionLevel level, SignerRole signer) {
        ImmutableProposal p = dismissal(Action.OWN_REQUEST, null, DAY);
        return p.withEmployee(DismissalFixtures.employee().withCurrentPosition(Position.builder().level(level)
                .build())).withSigner(Signer.builder().role(signer).build());
    }

    @Test
    void presidentDecidesJptUtamaMadyaAndAhliUtama() {
        for (PositionLevel l : new PositionLevel[] {PositionLevel.JPT_UTAMA, PositionLevel.JPT_MADYA,
            PositionLevel.AHLI_UTAMA}) {
            assertThat(finding(signedBy(l, SignerRole.MENTERI), "BERHENTI-AUTH").orElseThrow().getOutcome())
                    .as(l.name()).isEqualTo(Outcome.FAIL);
            assertThat(finding(signedBy(l, SignerRole.PRESIDEN), "BERHENTI-AUTH")).as(l.name()).isEmpty();
        }
    }

    @Test
    void ppkDecidesJptPratamaAndBelowAndThePybOnlyProposes() {
        assertThat(finding(signedBy(PositionLevel.JPT_PRATAMA, SignerRole.GUBERNUR), "BERHENTI-AUTH")).isEmpty();
        assertThat(finding(signedBy(PositionLevel.AHLI_MADYA, SignerRole.SEKDA), "BERHENTI-AUTH").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(signedBy(PositionLevel.PELAKSANA, SignerRole.PRESIDEN), "BERHENTI-AUTH").orElseThrow()
                .getOutcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void presidentsCaseProposedByThePybFails() {
        ImmutableProposal p = signedBy(PositionLevel.JPT_MADYA, SignerRole.PRESIDEN);
        p = p.withDismissal(io.github.imut.model.ImmutableDismissal.copyOf(p.getDismissal().orElseThrow())
                .withProposedBy(SignerRole.PEJABAT_YANG_BERWENANG));
        assertThat(finding(p, "BERHENTI-AUTH").orElseThrow().getMessage()).contains("diusulkan oleh PPK");
    }

    @Test
    void withoutSignerTheAuthorityCannotBeJudged() {
        ImmutableProposal p = dismissal(Action.OWN_REQUEST, null, DAY).withSigner(Optional.empty());
        assertThat(finding(p, "BERHENTI-AUTH").orElseThrow().getMissing()).containsExactly("signer.role");
    }
}

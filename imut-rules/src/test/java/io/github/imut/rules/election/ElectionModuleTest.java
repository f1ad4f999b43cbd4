package io.github.imut.rules.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.model.Action;
import io.github.imut.rules.TestProposals;
import org.junit.jupiter.api.Test;

class ElectionModuleTest {

    @Test
    void moduleHoldsEveryPoliticalCycleRule() {
        assertThat(new ElectionModule().rules()).extracting(r -> r.descriptor().id()).containsExactly(
                "PILKADA-PRE-6M", "PILKADA-POST-6M", "PLT-FILL-OK", "PJ-MUTASI", "INTERIM-BKN");
    }

    @Test
    void windowRulesServeTransfersAndAppointmentsIntoPositions() {
        for (String id : new String[] {"PILKADA-PRE-6M", "PILKADA-POST-6M", "PLT-FILL-OK", "PJ-MUTASI"}) {
            assertThat(new ElectionModule().rules()).filteredOn(r -> r.descriptor().id().equals(id))
                    .singleElement().satisfies(r -> assertThat(r.descriptor().appliesTo()).containsExactlyInAnyOrder(
                            Action.WITHIN_AGENCY, Action.BETWEEN_AGENCIES, Action.JPT_REPLACEMENT,
                            Action.INTO_POSITION, Action.PPPK_INTO_POSITION));
        }
    }

    @Test
    void switchesDefaultToTheSaferReadings() {
        Checker c = TestProposals.checker();
        assertThat(c.switches()).containsEntry(PostInaugurationRule.ANNIVERSARY_INSIDE, true)
                .containsEntry(ActingAssignmentRule.AFTER_INAUGURATION, false)
                .containsEntry(ActingHeadTransferRule.BLANKET_FOR_RECEIVING, false)
                .containsEntry(ActingHeadTransferRule.BLANKET_IN_FREEZE, false);
    }
}

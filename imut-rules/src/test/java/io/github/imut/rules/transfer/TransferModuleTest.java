package io.github.imut.rules.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.model.Action;
import io.github.imut.rules.TestProposals;
import org.junit.jupiter.api.Test;

class TransferModuleTest {

    @Test
    void moduleHoldsEveryCataloguedTransferRule() {
        assertThat(new TransferModule().rules()).extracting(r -> r.descriptor().id()).containsExactlyInAnyOrder(
                "MUT-CPNS", "MUT-PPPK", "MUT-TENURE-2Y", "MUT-10Y-OWNREQ", "JPT-2Y-PROTECT", "JPT-2Y-RELAX",
                "MUT-DOCS", "MUT-NO-HUKDIS", "MUT-NO-TUBEL", "MUT-NO-TEMUAN", "MUT-SKP-2Y", "MUT-ANJAB", "MUT-COI",
                "MUT-AUTHORITY", "AUTH-PRESIDEN", "DUKCAPIL-MENDAGRI");
    }

    @Test
    void switchesDefaultToTheDocumentedReadings() {
        Checker c = TestProposals.checker();
        assertThat(c.switches()).containsEntry(TenureRule.BLOCK, false).containsEntry(TenureRule.SIX_MONTHS, false)
                .containsEntry(OwnRequestCommitmentRule.OLDER_COHORTS, false)
                .containsEntry(JptRelaxationRule.HONOUR, true);
    }

    @Test
    void everyTransferActionIsCoveredAndAppointmentRulesAreTheListedOnes() {
        for (Action a : new Action[] {Action.WITHIN_AGENCY, Action.BETWEEN_AGENCIES, Action.JPT_REPLACEMENT}) {
            assertThat(new TransferModule().rules()).as(a.name()).anyMatch(r -> r.descriptor().appliesTo(a));
        }
        assertThat(new TransferModule().rules()).filteredOn(r -> r.descriptor().appliesTo(Action.INTO_POSITION))
                .extracting(r -> r.descriptor().id())
                .containsExactlyInAnyOrder("JPT-2Y-PROTECT", "JPT-2Y-RELAX", "AUTH-PRESIDEN", "DUKCAPIL-MENDAGRI");
        assertThat(new TransferModule().rules()).extracting(r -> r.descriptor()).noneMatch(
                (RuleDescriptor d) -> d.appliesTo(Action.RETIREMENT_AGE));
    }
}

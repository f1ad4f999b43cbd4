package io.github.imut.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.fixtures.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    @Test
    void discoverModulesFindsAModuleListedInMetaInfServicesOnce() {
        Checker checker = Checker.builder().discoverModules().build();

        assertThat(checker.rules()).extracting(RuleDescriptor::id).containsExactly("T-DISCOVERED");
        assertThat(checker.ruleSet().getVersion()).isEqualTo("test.discovered/2.0");
        assertThat(checker.check(Fixtures.transfer().build(), LocalDate.of(2024, 4, 25)).getFindings())
                .extracting(Finding::getRuleId).containsExactly("T-DISCOVERED");
    }

    @Test
    void discoveredAndAddedModulesTogetherAreOrderedAsAdded() {
        Checker checker = Checker.builder().discoverModules().addModule(TestModule.of(
                TestModule.giving("T-ADDED", Outcome.PASS))).build();

        assertThat(checker.rules()).extracting(RuleDescriptor::id).containsExactly("T-DISCOVERED", "T-ADDED");
        assertThat(checker.ruleSet().getVersion()).isEqualTo("test.discovered/2.0,test.core/1.0");
    }

    @Test
    void addingADiscoveredModuleAgainIsRejected() {
        assertThatThrownBy(() -> Checker.builder().discoverModules().addModule(new DiscoverableTestModule()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.discovered");
    }
}

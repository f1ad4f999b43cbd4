package io.github.imut.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.RuleModule;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalParameters;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardRulesTest {

    @Test
    void serviceLoaderFindsEveryStandardModule() {
        Checker discovered = Checker.builder().discoverModules().build();
        assertThat(discovered.ruleSet().getVersion()).contains("imut.appointment/", "imut.dismissal/", "imut.election/",
                "imut.reference/", "imut.transfer/");
        assertThat(discovered.rules()).extracting(RuleDescriptor::id).contains("NIP-FORMAT", "MUT-CPNS",
                "PILKADA-PRE-6M", "BERHENTI-BUP", "BUP-TABLE", "PENSIUN-TMT");
        assertThat(discovered.ruleSet().getFingerprint())
                .isEqualTo(TestProposals.checker().ruleSet().getFingerprint());
    }

    @Test
    void everyRuleCitesABasisAndDeclaresExistingParameters() {
        LegalParameters params = StandardData.parameters();
        for (RuleModule m : StandardRules.modules()) {
            m.rules().forEach(r -> {
                RuleDescriptor d = r.descriptor();
                assertThat(d.basis()).as(d.id()).isNotEmpty();
                assertThat(params.names()).as(d.id()).containsAll(d.parameters());
                assertThat(d.confidence()).as(d.id()).isNotNull();
            });
        }
    }

    /**
     * Uncertain (U) rules that only ever warn; each is listed here only with a test in its own package that drives
     * it through every outcome and shows nothing but WARNING or PASS.
     */
    private static final Set<String> WARNING_ONLY_UNCERTAIN_RULES = Set.of("JA-PELAKSANA");

    @Test
    void noUncertainRuleIsShippedAsBlocking() {
        for (RuleModule m : StandardRules.modules()) {
            m.rules().forEach(r -> {
                if (r.descriptor().confidence() == Confidence.U) {
                    assertThat(WARNING_ONLY_UNCERTAIN_RULES).as(r.descriptor().id()).contains(r.descriptor().id());
                }
            });
        }
    }

    @Test
    void eachModuleHasIndonesianAndEnglishBundlesWithTheSameKeysForItsOwnRules() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (RuleModule m : StandardRules.modules()) {
            ResourceBundle id = ResourceBundle.getBundle(m.messageBundle(), Locale.forLanguageTag("id"), noFallback);
            ResourceBundle en = ResourceBundle.getBundle(m.messageBundle(), Locale.ENGLISH, noFallback);
            assertThat(id.getLocale().getLanguage()).isEqualTo("id");
            assertThat(en.getLocale().getLanguage()).isEqualTo("en");
            assertThat(new HashSet<>(id.keySet())).as(m.id()).isEqualTo(new HashSet<>(en.keySet()));
            Set<String> ruleIds = new HashSet<>();
            m.rules().forEach(r -> ruleIds.add(r.descriptor().id()));
            for (String key : id.keySet()) {
                assertThat(ruleIds).as(m.id() + ": " + key).contains(key.substring(0, key.lastIndexOf('.')));
            }
        }
    }

    @Test
    void defaultCalendarHoldsThe2024Pilkada() {
        assertThat(StandardData.calendar().electionsIn("33.01")).singleElement().satisfies(e -> {
            assertThat(e.cycleId()).isEqualTo("PILKADA-2024");
            assertThat(e.candidateDetermination()).hasToString("2024-09-22");
            assertThat(e.inauguration()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-02-20"));
        });
    }
}

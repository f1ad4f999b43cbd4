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
        assertThat(discovered.ruleSet().getVersion()).contains("imut.appointment/", "imut.discipline/", "imut.dismissal/", "imut.election/",
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
     * A U rule never blocks on its own: with the default switches it only passes or warns. Probed with proposals of
     * every kind that carry what the uncertain rules look at (an active heavy sanction, an open examination, a claimed
     * retirement-age extension, unknown sanction periods, sanctions imposed by the wrong official, a pre-retirement
     * leave out of its window).
     */
    @Test
    void noUncertainRuleIsShippedAsBlocking() {
        Checker checker = TestProposals.checker();
        java.util.List<io.github.imut.model.Proposal> probes = uncertainRuleProbes();
        int uncertain = 0;
        for (RuleModule m : StandardRules.modules()) {
            for (io.github.imut.check.Rule r : m.rules()) {
                if (r.descriptor().confidence() != Confidence.U) {
                    continue;
                }
                uncertain++;
                for (io.github.imut.model.Proposal p : probes) {
                    if (!r.descriptor().appliesTo(p.getAction())) {
                        continue;
                    }
                    io.github.imut.check.CheckContext context = io.github.imut.check.CheckContext.of(
                            java.time.LocalDate.of(2026, 11, 23), p.getEffectiveDate(), checker.parameters(),
                            checker.calendar(), checker.switches());
                    io.github.imut.check.Evaluation e = r.evaluate(p, context);
                    if (!e.isNotApplicable()) {
                        assertThat(e.outcome()).as(r.descriptor().id() + " on " + p.getId())
                                .isIn(io.github.imut.check.Outcome.PASS, io.github.imut.check.Outcome.WARNING);
                    }
                }
            }
        }
        assertThat(uncertain).as("uncertain rules probed").isPositive();
    }

    private static java.util.List<io.github.imut.model.Proposal> uncertainRuleProbes() {
        io.github.imut.model.ImmutableEmployee burdened = TestProposals.employee()
                .withExtendedRetirementAge(62)
                .withPreRetirementLeave(io.github.imut.model.Period.builder()
                        .from(java.time.LocalDate.of(2020, 1, 2)).to(java.time.LocalDate.of(2070, 1, 1)).build())
                .withSanctions(io.github.imut.model.DisciplinarySanction.builder()
                                .level(io.github.imut.model.SanctionLevel.BERAT)
                                .imposedBy(io.github.imut.model.DisciplinaryAuthority.PENGAWAS)
                                .sanctionType(io.github.imut.model.SanctionType.DEMOTION_ONE_LEVEL)
                                .decidedOn(java.time.LocalDate.of(2026, 1, 5))
                                .from(java.time.LocalDate.of(2026, 1, 5)).build(),
                        io.github.imut.model.DisciplinarySanction.builder()
                                .level(io.github.imut.model.SanctionLevel.SEDANG)
                                .imposedBy(io.github.imut.model.DisciplinaryAuthority.OTHER).build())
                .withOpenProceedings(io.github.imut.model.Proceeding.builder()
                        .kind(io.github.imut.model.ProceedingKind.DISCIPLINARY_EXAMINATION).build());
        java.util.List<io.github.imut.model.Proposal> out = new java.util.ArrayList<>();
        for (io.github.imut.model.Action a : io.github.imut.model.Action.values()) {
            out.add(TestProposals.transfer().withKind(a.kind()).withAction(a).withId("PROBE-" + a)
                    .withEffectiveDate(java.time.LocalDate.of(2026, 6, 1)));
            out.add(TestProposals.transfer().withKind(a.kind()).withAction(a).withId("PROBE-BURDENED-" + a)
                    .withEffectiveDate(java.time.LocalDate.of(2026, 6, 1)).withEmployee(burdened));
        }
        return out;
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
    void defaultWorkingDayCalendarCoversNoYearBecauseTheCatalogueGroundsNoHolidays() {
        assertThat(StandardData.workingDayCalendar().coveredYears()).isEmpty();
        assertThat(TestProposals.checker().workingDayCalendar())
                .isEqualTo(io.github.imut.law.WorkingDayCalendar.empty());
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

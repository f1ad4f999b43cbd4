package io.github.imut.check;

import static io.github.imut.check.TestModule.descriptor;
import static io.github.imut.check.TestModule.giving;
import static io.github.imut.check.TestModule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.fixtures.Fixtures;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalParameters;
import io.github.imut.law.ParameterException;
import io.github.imut.law.WorkingDayCalendar;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.ProposalKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CheckerTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 25);

    private static Checker checker(Rule... rules) {
        return Checker.builder().addModule(TestModule.of(rules)).build();
    }

    private static Report check(Checker checker, LocalDate effectiveDate) {
        return checker.check(Fixtures.transfer().effectiveDate(effectiveDate).build(), AS_OF);
    }

    private static Report check(Rule... rules) {
        return checker(rules).check(Fixtures.transfer().build(), AS_OF);
    }

    // --- exceptions -----------------------------------------------------------------------------------------------

    @Test
    void aRuleThatThrowsBecomesAnErrorFindingNamingTheExceptionAndTheOtherRulesStillRun() {
        AtomicInteger after = new AtomicInteger();
        Report report = check(
                rule("T-THROW", (p, c) -> {
                    throw new IllegalStateException("boom");
                }),
                rule("T-AFTER", (p, c) -> {
                    after.incrementAndGet();
                    return Evaluation.warning("result").build();
                }));

        assertThat(after).hasValue(1);
        assertThat(report.getVerdict()).isEqualTo(Verdict.REVIEW);
        Finding error = report.finding("T-THROW").orElseThrow();
        assertThat(error.getOutcome()).isEqualTo(Outcome.ERROR);
        assertThat(error.getFacts()).containsEntry("error", "IllegalStateException: boom");
        assertThat(error.getMessage()).contains("T-THROW").contains("IllegalStateException: boom");
        assertThat(error.getLegalBasis()).containsExactly(TestModule.BASIS);
        assertThat(report.finding("T-AFTER")).map(Finding::getOutcome).contains(Outcome.WARNING);
    }

    @Test
    void aFailAfterAThrowingRuleStillMakesTheVerdictTms() {
        Report report = check(rule("T-THROW", (p, c) -> {
            throw new IllegalArgumentException("bad");
        }), rule("T-FAIL", (p, c) -> Evaluation.fail("fail").fact("effectiveDate", c.effectiveDate()).build()));

        assertThat(report.getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(report.getFindings()).extracting(Finding::getRuleId).containsExactly("T-THROW", "T-FAIL");
    }

    @Test
    void aRuleReturningNullIsAnErrorNotAPass() {
        Report report = check(rule("T-NULL", (p, c) -> null));

        assertThat(report.getVerdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.finding("T-NULL").orElseThrow().getFacts().get("error").toString())
                .startsWith("NullPointerException");
    }

    @Test
    void anExceptionWithoutAMessageIsNamedByItsClassAlone() {
        Report report = check(rule("T-NPE", (p, c) -> {
            throw new UnsupportedOperationException();
        }));

        assertThat(report.finding("T-NPE").orElseThrow().getFacts()).containsEntry("error",
                "UnsupportedOperationException");
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void runawayRecursionInARuleIsAnErrorNotACrash() {
        Report report = check(rule("T-DEEP", (p, c) -> Evaluation.warning("result").fact("n", recurse(0)).build()),
                giving("T-FAIL", Outcome.FAIL));

        assertThat(report.getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(report.finding("T-DEEP").orElseThrow().getFacts()).containsEntry("error", "StackOverflowError");
    }

    @Test
    void aMissingParameterIsAnErrorNamingTheParameter() {
        Report report = check(rule("T-PARAM", (p, c) -> Evaluation.of(Outcome.PASS, "result")
                .fact("limit", c.intParameter("test.limit")).build()));

        assertThat(report.getVerdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.finding("T-PARAM").orElseThrow().getFacts().get("error").toString())
                .startsWith(ParameterException.class.getSimpleName()).contains("test.limit");
    }

    @Test
    void errorMessageIsInEnglishOnRequest() {
        Report report = checker(rule("T-THROW", (p, c) -> {
            throw new IllegalStateException("boom");
        })).withLanguage(Language.EN).check(Fixtures.transfer().build(), AS_OF);

        assertThat(report.getFindings().get(0).getMessage())
                .isEqualTo("Rule T-THROW failed to evaluate (IllegalStateException: boom); the proposal needs a manual "
                        + "review.");
    }

    // --- verdict order --------------------------------------------------------------------------------------------

    /** Contract section 2: INVALID > TMS > REVIEW > BTL > NEEDS_APPROVAL > MS. */
    private static final List<Verdict> ORDER = List.of(Verdict.MS, Verdict.NEEDS_APPROVAL, Verdict.BTL,
            Verdict.REVIEW, Verdict.TMS, Verdict.INVALID);

    @Test
    void worstFollowsTheContractsOrderForEveryPair() {
        for (Verdict a : Verdict.values()) {
            for (Verdict b : Verdict.values()) {
                Verdict expected = ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
                assertThat(a.worst(b)).as(a + " worst " + b).isEqualTo(expected);
            }
        }
        assertThat(ORDER).containsExactlyInAnyOrder(Verdict.values());
    }

    @Test
    void eachOutcomeLeadsToItsVerdict() {
        assertThat(Verdict.of(Outcome.PASS)).isEqualTo(Verdict.MS);
        assertThat(Verdict.of(Outcome.WARNING)).isEqualTo(Verdict.MS);
        assertThat(Verdict.of(Outcome.NEEDS_APPROVAL)).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(Verdict.of(Outcome.INCOMPLETE)).isEqualTo(Verdict.BTL);
        assertThat(Verdict.of(Outcome.ERROR)).isEqualTo(Verdict.REVIEW);
        assertThat(Verdict.of(Outcome.FAIL)).isEqualTo(Verdict.TMS);
    }

    @Test
    void theCheckersVerdictIsTheWorstOfEveryPairOfOutcomes() {
        for (Outcome a : Outcome.values()) {
            for (Outcome b : Outcome.values()) {
                Report report = check(giving("T-A", a), giving("T-B", b));
                Verdict va = Verdict.of(a);
                Verdict vb = Verdict.of(b);
                Verdict expected = ORDER.indexOf(va) >= ORDER.indexOf(vb) ? va : vb;
                assertThat(report.getVerdict()).as(a + " with " + b).isEqualTo(expected);
                // and in the other rule order
                assertThat(check(giving("T-B", b), giving("T-A", a)).getVerdict()).isEqualTo(expected);
            }
        }
    }

    @Test
    void structuralViolationsOutrankEveryRuleAndNoRuleRuns() {
        AtomicInteger runs = new AtomicInteger();
        Report report = checker(rule("T-FAIL", (p, c) -> {
            runs.incrementAndGet();
            return Evaluation.fail("fail").build();
        })).check(Fixtures.transfer().kind(ProposalKind.DISMISSAL).build(), AS_OF);

        assertThat(report.getVerdict()).isEqualTo(Verdict.INVALID);
        assertThat(runs).hasValue(0);
        assertThat(report.getFindings()).isEmpty();
        assertThat(report.getViolations()).extracting(Violation::getPath).containsExactly("action");
        assertThat(report.getProposalId()).contains(Fixtures.ID);
    }

    @Test
    void noViolationsExceptWhenInvalid() {
        Report report = check(giving("T-FAIL", Outcome.FAIL));

        assertThat(report.getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(report.getViolations()).isEmpty();
    }

    // --- incomplete and not applicable ----------------------------------------------------------------------------

    @Test
    void incompleteListsTheMissingPathsAndGivesBtl() {
        Report report = check(rule("T-INC", (p, c) -> Evaluation.incomplete("employee.birthDate",
                "documents[SK_PANGKAT]")));

        assertThat(report.getVerdict()).isEqualTo(Verdict.BTL);
        Finding f = report.finding("T-INC").orElseThrow();
        assertThat(f.getOutcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(f.getMissing()).containsExactly("employee.birthDate", "documents[SK_PANGKAT]");
        assertThat(f.getMessage()).isEqualTo(
                "Aturan uji T-INC: tidak dapat diputuskan karena data belum lengkap: employee.birthDate, "
                        + "documents[SK_PANGKAT].");
    }

    @Test
    void anIncompleteNamingNothingIsARuleDefectNotAQuietBtl() {
        Report report = check(rule("T-INC", (p, c) -> Evaluation.incomplete()),
                rule("T-INC-2", (p, c) -> Evaluation.of(Outcome.INCOMPLETE, "incomplete").build()),
                rule("T-APPROVAL", (p, c) -> Evaluation.of(Outcome.NEEDS_APPROVAL, "result").build()));

        assertThat(report.getVerdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.getFindings()).extracting(Finding::getOutcome).containsOnly(Outcome.ERROR);
        assertThat(report.finding("T-INC").orElseThrow().getFacts().get("error").toString())
                .contains("must name the missing field");
        assertThat(report.finding("T-APPROVAL").orElseThrow().getFacts().get("error").toString())
                .contains("must name the approver");
    }

    @Test
    void incompleteCanNeverGiveMsWhateverPassesAndWarningsSurroundIt() {
        Report report = check(giving("T-PASS", Outcome.PASS), giving("T-WARN", Outcome.WARNING),
                giving("T-INC", Outcome.INCOMPLETE), giving("T-PASS-2", Outcome.PASS));

        assertThat(report.getVerdict()).isEqualTo(Verdict.BTL);
    }

    @Test
    void notApplicableGivesNoFindingEvenWithPasses() {
        Report report = checker(rule("T-NA", (p, c) -> Evaluation.notApplicable()), giving("T-PASS", Outcome.PASS))
                .withPasses(true).check(Fixtures.transfer().build(), AS_OF);

        assertThat(report.getVerdict()).isEqualTo(Verdict.MS);
        assertThat(report.getFindings()).extracting(Finding::getRuleId).containsExactly("T-PASS");
    }

    @Test
    void aRuleForOtherActionsDoesNotRun() {
        AtomicInteger runs = new AtomicInteger();
        Rule dismissalOnly = rule(RuleDescriptor.builder("T-DISMISSAL").title("x", "x")
                .appliesTo(Action.RETIREMENT_AGE).basis(TestModule.BASIS).confidence(Confidence.V).build(), (p, c) -> {
                    runs.incrementAndGet();
                    return Evaluation.fail("fail").build();
                });

        Report report = checker(dismissalOnly).withPasses(true).check(Fixtures.transfer().build(), AS_OF);

        assertThat(runs).hasValue(0);
        assertThat(report.getVerdict()).isEqualTo(Verdict.MS);
        assertThat(report.getFindings()).isEmpty();
    }

    // --- passes and language --------------------------------------------------------------------------------------

    @Test
    void passesAreListedOnlyOnRequest() {
        Checker checker = checker(giving("T-PASS", Outcome.PASS), giving("T-WARN", Outcome.WARNING));

        assertThat(checker.check(Fixtures.transfer().build(), AS_OF).getFindings()).extracting(Finding::getRuleId)
                .containsExactly("T-WARN");
        Report all = checker.withPasses(true).check(Fixtures.transfer().build(), AS_OF);
        assertThat(all.getFindings()).extracting(Finding::getRuleId).containsExactly("T-PASS", "T-WARN");
        assertThat(all.finding("T-PASS").orElseThrow().getMessage()).isEqualTo("Aturan uji T-PASS: memenuhi syarat.");
        assertThat(all.getVerdict()).isEqualTo(Verdict.MS);
        assertThat(checker.withPasses(true).withPasses(false).check(Fixtures.transfer().build(), AS_OF)
                .getFindings()).hasSize(1);
    }

    @Test
    void theBuildersIncludePassesMatchesWithPasses() {
        Checker checker = Checker.builder().addModule(TestModule.of(giving("T-PASS", Outcome.PASS)))
                .includePasses(true).build();

        assertThat(checker.check(Fixtures.transfer().build(), AS_OF).getFindings()).hasSize(1);
    }

    @Test
    void messagesAndTitlesAreIndonesianByDefaultAndEnglishOnRequest() {
        Rule fail = rule("T-FAIL", (p, c) -> Evaluation.fail("fail").fact("effectiveDate", c.effectiveDate()).build());
        Checker checker = checker(fail);

        Finding id = checker.check(Fixtures.transfer().build(), AS_OF).getFindings().get(0);
        Finding en = checker.withLanguage(Language.EN).check(Fixtures.transfer().build(), AS_OF).getFindings().get(0);
        Finding enBuilt = Checker.builder().addModule(TestModule.of(fail)).language(Language.EN).build()
                .check(Fixtures.transfer().build(), AS_OF).getFindings().get(0);

        assertThat(id.getMessage()).isEqualTo("Usulan bertanggal 2024-05-02 tidak memenuhi syarat uji.");
        assertThat(id.getTitle()).isEqualTo("Aturan uji T-FAIL");
        assertThat(en.getMessage()).isEqualTo("The proposal dated 2024-05-02 fails the test condition.");
        assertThat(en.getTitle()).isEqualTo("Test rule T-FAIL");
        assertThat(enBuilt).isEqualTo(en);
        assertThat(checker.language()).isEqualTo(Language.ID);
        assertThat(checker.withLanguage(Language.EN).ruleSet()).isEqualTo(checker.ruleSet());
    }

    @Test
    void needsApprovalNamesTheApprover() {
        Report report = check(giving("T-APPROVAL", Outcome.NEEDS_APPROVAL));

        assertThat(report.getVerdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(report.getFindings().get(0).getApprovalRequiredFrom()).contains(Approver.MENDAGRI);
    }

    // --- in force -------------------------------------------------------------------------------------------------

    @Test
    void aRuleRunsOnlyOnDaysItsPeriodIncludesBothEndsInclusive() {
        Checker checker = checker(rule(descriptor("T-MARCH").inForce(InForce.between(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31))).build(), (p, c) -> Evaluation.pass())).withPasses(true);

        assertThat(check(checker, LocalDate.of(2024, 2, 29)).getFindings()).isEmpty();
        assertThat(check(checker, LocalDate.of(2024, 3, 1)).getFindings()).hasSize(1);
        assertThat(check(checker, LocalDate.of(2024, 3, 2)).getFindings()).hasSize(1);
        assertThat(check(checker, LocalDate.of(2024, 3, 30)).getFindings()).hasSize(1);
        assertThat(check(checker, LocalDate.of(2024, 3, 31)).getFindings()).hasSize(1);
        assertThat(check(checker, LocalDate.of(2024, 4, 1)).getFindings()).isEmpty();
    }

    @Test
    void inForceIsJudgedOnTheEffectiveDateNotTheAsOfDate() {
        Checker checker = checker(rule(descriptor("T-NEW").inForce(InForce.from(LocalDate.of(2024, 5, 2))).build(),
                (p, c) -> Evaluation.fail("fail").build()));

        Report report = checker.check(Fixtures.transfer().effectiveDate(LocalDate.of(2024, 5, 2)).build(),
                LocalDate.of(2024, 1, 1));
        Report before = checker.check(Fixtures.transfer().effectiveDate(LocalDate.of(2024, 5, 1)).build(),
                LocalDate.of(2030, 1, 1));

        assertThat(report.getVerdict()).isEqualTo(Verdict.TMS);
        assertThat(before.getVerdict()).isEqualTo(Verdict.MS);
    }

    private static final LegalBasis UU5 = LegalBasis.of("UU 5/2014").article("73")
            .inForce(InForce.until(LocalDate.of(2023, 10, 30)));
    private static final LegalBasis UU20 = LegalBasis.of("UU 20/2023").article("1")
            .inForce(InForce.from(LocalDate.of(2023, 10, 31)));

    @Test
    void theFindingCitesTheBasisInForceOnTheEffectiveDate() {
        Checker checker = checker(rule(RuleDescriptor.builder("T-BASIS").title("t", "t")
                .appliesTo(ProposalKind.TRANSFER).basis(UU5, UU20).confidence(Confidence.V)
                .build(), (p, c) -> Evaluation.fail("fail").build()));

        assertThat(check(checker, LocalDate.of(2023, 10, 30)).getFindings().get(0).getLegalBasis())
                .containsExactly(UU5);
        assertThat(check(checker, LocalDate.of(2023, 10, 31)).getFindings().get(0).getLegalBasis())
                .containsExactly(UU20);
    }

    @Test
    void basisOnGivesEveryProvisionInForceThatDay() {
        LegalBasis always = LegalBasis.of("PP 11/2017").article("239");
        RuleDescriptor d = descriptor("T-B").basis(UU5, UU20, always).build();

        assertThat(d.basisOn(LocalDate.of(2023, 10, 30))).containsExactly(TestModule.BASIS, UU5, always);
        assertThat(d.basisOn(LocalDate.of(2023, 10, 31))).containsExactly(TestModule.BASIS, UU20, always);
    }

    @Test
    void anEvaluationsNarrowerBasisReplacesTheDescriptors() {
        LegalBasis narrow = LegalBasis.of("UU 20/2023").article("1").paragraph("2").letter("b");
        Report report = check(rule("T-NARROW", (p, c) -> Evaluation.fail("fail").basis(narrow).build()));

        assertThat(report.getFindings().get(0).getLegalBasis()).containsExactly(narrow);
    }

    // --- build-time checks ----------------------------------------------------------------------------------------

    @Test
    void anUnknownSwitchIsRejectedWhenTheCheckerIsBuilt() {
        Rule withSwitch = rule(descriptor("T-SW").switches(Switch.of("T-SW.strict", false, "ketat", "strict"))
                .build(), (p, c) -> Evaluation.pass());

        assertThatThrownBy(() -> Checker.builder().addModule(TestModule.of(withSwitch)).setSwitch("T-SW.strikt", true)
                .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("T-SW.strikt")
                .hasMessageContaining("T-SW.strict");
    }

    @Test
    void aDeclaredSwitchHasItsDefaultUnlessSetAndTheRuleReadsIt() {
        Rule withSwitch = rule(descriptor("T-SW").switches(Switch.of("T-SW.strict", false, "ketat", "strict"))
                .build(), (p, c) -> c.isOn("T-SW.strict") ? Evaluation.fail("fail").build() : Evaluation.pass());

        Checker lenient = Checker.builder().addModule(TestModule.of(withSwitch)).build();
        Checker strict = Checker.builder().addModule(TestModule.of(withSwitch)).setSwitch("T-SW.strict", true).build();

        assertThat(lenient.switches()).containsEntry("T-SW.strict", false);
        assertThat(strict.switches()).containsEntry("T-SW.strict", true);
        assertThat(lenient.check(Fixtures.transfer().build(), AS_OF).getVerdict()).isEqualTo(Verdict.MS);
        assertThat(strict.check(Fixtures.transfer().build(), AS_OF).getVerdict()).isEqualTo(Verdict.TMS);
    }

    @Test
    void readingAnUndeclaredSwitchIsAnError() {
        Report report = check(rule("T-UNDECLARED", (p, c) -> c.isOn("nobody.declared") ? Evaluation.pass()
                : Evaluation.pass()));

        assertThat(report.getVerdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void twoRulesWithOneIdAreRejectedWithinAModule() {
        assertThatThrownBy(() -> checker(giving("T-DUP", Outcome.PASS), giving("T-DUP", Outcome.FAIL)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("T-DUP");
    }

    @Test
    void twoRulesWithOneIdAreRejectedAcrossModules() {
        Checker.Builder b = Checker.builder().addModule(TestModule.of(giving("T-DUP", Outcome.PASS)))
                .addModule(TestModule.of(giving("T-DUP", Outcome.PASS)).id("test.other"));

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("T-DUP");
    }

    @Test
    void aModuleAddedTwiceIsRejected() {
        assertThatThrownBy(() -> Checker.builder().addModule(TestModule.of()).addModule(TestModule.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.core");
    }

    @Test
    void aModuleWithoutItsBundleIsRejected() {
        Checker.Builder b = Checker.builder().addModule(TestModule.of(giving("T-X", Outcome.PASS))
                .bundle("io.github.imut.check.nosuch.messages"));

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("test.core")
                .hasMessageContaining("io.github.imut.check.nosuch.messages");
    }

    @Test
    void aModuleWhoseBundleLacksEnglishIsRejected() {
        Checker.Builder b = Checker.builder().addModule(TestModule.of(giving("T-X", Outcome.PASS))
                .bundle("io.github.imut.check.idonly.messages"));

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("EN");
    }

    @Test
    void aCheckerNeedsAModule() {
        assertThatThrownBy(() -> Checker.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoModulesDefiningOneParameterDifferentlyAreRejected() {
        LegalParameters a = LegalParameters.builder().value("test.limit", null, null, 58, "UU 1/2000").build();
        LegalParameters b = LegalParameters.builder().value("test.limit", null, null, 60, "UU 1/2000").build();

        assertThatThrownBy(() -> Checker.builder().addModule(TestModule.of().parameters(a))
                .addModule(TestModule.of().id("test.other").parameters(b)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.limit");
        // the same definition twice is fine
        Checker.builder().addModule(TestModule.of().parameters(a)).addModule(TestModule.of().id("test.other")
                .parameters(a)).build();
    }

    // --- parameters and fingerprint -------------------------------------------------------------------------------

    private static final LegalParameters LIMIT = LegalParameters.builder()
            .value("test.limit", null, LocalDate.of(2023, 10, 30), 58, "UU 5/2014 Pasal 90")
            .value("test.limit", LocalDate.of(2023, 10, 31), null, 60, "UU 20/2023 Pasal 55").build();

    private static final Rule READS_LIMIT = rule(descriptor("T-PARAM").parameters("test.limit").build(),
            (p, c) -> Evaluation.warning("result").fact("limit", c.intParameter("test.limit")).build());

    @Test
    void aRuleReadsTheParameterInForceOnTheEffectiveDate() {
        Checker checker = Checker.builder().addModule(TestModule.of(READS_LIMIT).parameters(LIMIT)).build();

        assertThat(check(checker, LocalDate.of(2023, 10, 30)).getFindings().get(0).getFacts())
                .containsEntry("limit", 58);
        assertThat(check(checker, LocalDate.of(2023, 10, 31)).getFindings().get(0).getFacts())
                .containsEntry("limit", 60);
        assertThat(check(checker, LocalDate.of(2023, 10, 31)).getFindings().get(0).getMessage())
                .isEqualTo("Batas uji 60 tahun.");
    }

    @Test
    void aUsersParameterOverrideReplacesTheModulesTimeline() {
        LegalParameters override = LegalParameters.builder().value("test.limit", null, null, 65, "Perda uji").build();
        Checker checker = Checker.builder().addModule(TestModule.of(READS_LIMIT).parameters(LIMIT))
                .parameters(override).build();

        assertThat(check(checker, LocalDate.of(2020, 1, 1)).getFindings().get(0).getFacts())
                .containsEntry("limit", 65);
        assertThat(checker.parameters().timeline("test.limit")).hasSize(1);
    }

    private static Checker.Builder fingerprinted() {
        return Checker.builder().addModule(TestModule.of(READS_LIMIT, giving("T-FAIL", Outcome.FAIL))
                .parameters(LIMIT));
    }

    @Test
    void theFingerprintIsStableAcrossBuilds() {
        RuleSet one = fingerprinted().build().ruleSet();
        RuleSet two = fingerprinted().build().ruleSet();

        assertThat(one).isEqualTo(two);
        assertThat(one.getFingerprint()).matches("[0-9a-f]{64}");
        assertThat(one.getVersion()).isEqualTo("test.core/1.0");
        assertThat(one.getRules()).isEqualTo(2);
        assertThat(fingerprinted().language(Language.EN).includePasses(true).build().ruleSet()).isEqualTo(one);
    }

    @Test
    void theFingerprintChangesWhenAParameterOverrideChanges() {
        String base = fingerprinted().build().ruleSet().getFingerprint();
        String sixtyFive = fingerprinted().parameters(LegalParameters.builder()
                .value("test.limit", null, null, 65, "Perda uji").build()).build().ruleSet().getFingerprint();
        String sixtySix = fingerprinted().parameters(LegalParameters.builder()
                .value("test.limit", null, null, 66, "Perda uji").build()).build().ruleSet().getFingerprint();
        String sixtyFiveAgain = fingerprinted().parameters(LegalParameters.builder()
                .value("test.limit", null, null, 65, "Perda uji").build()).build().ruleSet().getFingerprint();

        assertThat(sixtyFive).isNotEqualTo(base).isNotEqualTo(sixtySix).isEqualTo(sixtyFiveAgain);
    }

    @Test
    void theFingerprintChangesWhenASwitchOrARulesPeriodChanges() {
        Rule plain = rule(descriptor("T-SW").switches(Switch.of("T-SW.strict", false, "ketat", "strict")).build(),
                (p, c) -> Evaluation.pass());
        Rule dated = rule(descriptor("T-SW").switches(Switch.of("T-SW.strict", false, "ketat", "strict"))
                .inForce(InForce.from(LocalDate.of(2024, 1, 1))).build(), (p, c) -> Evaluation.pass());

        String base = Checker.builder().addModule(TestModule.of(plain)).build().ruleSet().getFingerprint();
        String on = Checker.builder().addModule(TestModule.of(plain)).setSwitch("T-SW.strict", true).build().ruleSet()
                .getFingerprint();
        String other = Checker.builder().addModule(TestModule.of(dated)).build().ruleSet().getFingerprint();

        assertThat(on).isNotEqualTo(base);
        assertThat(other).isNotEqualTo(base);
    }

    // --- dates ----------------------------------------------------------------------------------------------------

    @Test
    void theReportCarriesTheAsOfAndEffectiveDates() {
        Report report = check(giving("T-PASS", Outcome.PASS));

        assertThat(report.getCheckedAsOf()).isEqualTo(AS_OF);
        assertThat(report.getEffectiveDate()).contains(Fixtures.TMT);
        assertThat(report.getProposalId()).contains(Fixtures.ID);
    }

    @Test
    void checkWithoutADateUsesTheBuildersClock() {
        Clock clock = Clock.fixed(Instant.parse("2024-04-24T17:30:00Z"), Checker.JAKARTA);
        Checker checker = Checker.builder().addModule(TestModule.of(giving("T-PASS", Outcome.PASS))).clock(clock)
                .build();

        // 17:30 UTC is 00:30 the next day in Jakarta
        assertThat(checker.check(Fixtures.transfer().build()).getCheckedAsOf()).isEqualTo(LocalDate.of(2024, 4, 25));
    }

    @Test
    void theContextGivesTheRuleBothDates() {
        List<LocalDate> seen = new ArrayList<>();
        checker(rule("T-DATES", (p, c) -> {
            seen.add(c.asOf());
            seen.add(c.effectiveDate());
            return Evaluation.pass();
        })).check(Fixtures.transfer().build(), AS_OF);

        assertThat(seen).containsExactly(AS_OF, Fixtures.TMT);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void aFindingIsListedForEveryOutcomeButPass(Outcome outcome) {
        Report report = check(giving("T-ONE", outcome));

        assertThat(report.getFindings()).hasSize(outcome == Outcome.PASS ? 0 : 1);
    }

    @Test
    void rulesAreListedInModuleOrder() {
        Checker checker = checker(giving("T-B", Outcome.PASS), giving("T-A", Outcome.PASS));

        assertThat(checker.rules()).extracting(RuleDescriptor::id).containsExactly("T-B", "T-A");
    }

    // --- working-day calendar -----------------------------------------------------------------------------------

    private static final LocalDate HOLIDAY = LocalDate.of(2025, 3, 11);

    /** A module like {@link TestModule#of} that ships a working-day calendar listing {@link #HOLIDAY}. */
    private static RuleModule withWorkingDays(Rule rule) {
        TestModule inner = TestModule.of(rule);
        return new RuleModule() {
            @Override
            public String id() {
                return inner.id();
            }

            @Override
            public String version() {
                return inner.version();
            }

            @Override
            public List<Rule> rules() {
                return inner.rules();
            }

            @Override
            public String messageBundle() {
                return inner.messageBundle();
            }

            @Override
            public java.util.Optional<WorkingDayCalendar> workingDayCalendar() {
                return java.util.Optional.of(WorkingDayCalendar.builder().year(2025, "MODULE 2025")
                        .day(HOLIDAY, WorkingDayCalendar.DayKind.NATIONAL_HOLIDAY, "").build());
            }
        };
    }

    private static final Rule READS_WORKING_DAYS = rule("T-HK", (p, c) -> c.workingDayCalendar().isWorkingDay(HOLIDAY)
            ? Evaluation.pass() : Evaluation.warning("result").build());

    @Test
    void rulesSeeTheModulesWorkingDayCalendar() {
        Checker checker = Checker.builder().addModule(withWorkingDays(READS_WORKING_DAYS)).build();

        assertThat(checker.workingDayCalendar().coveredYears()).containsExactly(2025);
        assertThat(checker.check(Fixtures.transfer().build(), AS_OF).finding("T-HK")).isPresent();
        assertThat(checker(READS_WORKING_DAYS).workingDayCalendar()).isEqualTo(WorkingDayCalendar.empty());
        assertThat(checker(READS_WORKING_DAYS).check(Fixtures.transfer().build(), AS_OF).getFindings()).isEmpty();
    }

    @Test
    void theUsersYearReplacesTheModulesYearAndChangesTheFingerprint() {
        Checker defaults = Checker.builder().addModule(withWorkingDays(READS_WORKING_DAYS)).build();
        Checker amended = Checker.builder().addModule(withWorkingDays(READS_WORKING_DAYS))
                .workingDayCalendar(WorkingDayCalendar.builder().year(2025, "USER 2025").build()).build();

        assertThat(amended.workingDayCalendar().reference(2025)).contains("USER 2025");
        assertThat(amended.check(Fixtures.transfer().build(), AS_OF).getFindings()).isEmpty();
        assertThat(amended.ruleSet().getFingerprint()).isNotEqualTo(defaults.ruleSet().getFingerprint());
    }

    @Test
    void aContextForOneRuleTakesAWorkingDayCalendar() {
        CheckContext c = CheckContext.of(AS_OF, AS_OF, LegalParameters.empty(),
                io.github.imut.law.PoliticalCalendar.empty(), java.util.Map.of());
        WorkingDayCalendar days = WorkingDayCalendar.builder().year(2025, "R").build();

        assertThat(c.workingDayCalendar()).isEqualTo(WorkingDayCalendar.empty());
        assertThat(c.withWorkingDayCalendar(days).workingDayCalendar()).isSameAs(days);
        assertThat(c.withWorkingDayCalendar(days).asOf()).isEqualTo(AS_OF);
    }
}

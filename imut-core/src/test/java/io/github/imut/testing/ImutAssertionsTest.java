package io.github.imut.testing;

import static io.github.imut.testing.ImutAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.check.Finding;
import io.github.imut.check.ImmutableFinding;
import io.github.imut.check.ImmutableReport;
import io.github.imut.check.ImmutableRuleSet;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.check.Violation;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImutAssertionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static final Finding CPNS = ImmutableFinding.builder().ruleId("MUT-CPNS").outcome(Outcome.FAIL)
            .title("CPNS tidak dapat dipindahkan").message("Pegawai berstatus CPNS tidak dapat dipindahkan.")
            .addLegalBasis(LegalBasis.of("Peraturan BKN 5/2019").article("3"))
            .putFacts("status", "CPNS").build();

    private static final Finding FREEZE = ImmutableFinding.builder().ruleId("PILKADA-PRE-6M")
            .outcome(Outcome.NEEDS_APPROVAL).title("Larangan").message("Diperlukan persetujuan tertulis Mendagri.")
            .addLegalBasis(LegalBasis.of("UU 10/2016").article("71").paragraph("2"))
            .putFacts("freezeStart", LocalDate.of(2024, 3, 22)).earliestCompliantDate(LocalDate.of(2025, 2, 21))
            .approvalRequiredFrom(Approver.MENDAGRI).build();

    private static Report report(Verdict verdict, Finding... findings) {
        return ImmutableReport.builder().proposalId("P-1").verdict(verdict).checkedAsOf(DAY)
                .ruleSet(ImmutableRuleSet.builder().version("test/1").fingerprint("0").rules(2).build())
                .addFindings(findings).build();
    }

    @Test
    void passingChainReadsLikeTheSpecification() {
        assertThat(report(Verdict.TMS, CPNS, FREEZE)).hasVerdict(Verdict.TMS)
                .hasFinding("MUT-CPNS").withOutcome(Outcome.FAIL).withBasis("Peraturan BKN 5/2019")
                .withBasis("Peraturan BKN 5/2019 Pasal 3").withFact("status", "CPNS").withMessageContaining("CPNS")
                .and().hasFinding("PILKADA-PRE-6M").withApprovalFrom(Approver.MENDAGRI)
                .withEarliestCompliantDate(LocalDate.of(2025, 2, 21)).withFact("freezeStart", "2024-03-22")
                .and().hasNoFinding("JPT-2Y-PROTECT").hasOnlyFindings("PILKADA-PRE-6M", "MUT-CPNS");
    }

    @Test
    void wrongVerdictFailsWithTheFindingsInWords() {
        assertThatThrownBy(() -> assertThat(report(Verdict.TMS, CPNS)).hasVerdict(Verdict.MS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected verdict MS")
                .hasMessageContaining("MUT-CPNS FAIL [Peraturan BKN 5/2019 Pasal 3]: Pegawai berstatus CPNS");
    }

    @Test
    void missingFindingFailsNamingTheRule() {
        assertThatThrownBy(() -> assertThat(report(Verdict.MS)).hasFinding("MUT-CPNS"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("MUT-CPNS")
                .hasMessageContaining("verdict MS, no findings");
    }

    @Test
    void basisMatchesWholeProvisionsOnly() {
        assertThatThrownBy(() -> assertThat(FREEZE).withBasis("UU 10/2016 Pasal 7"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UU 10/2016 Pasal 71 ayat (2)");
        assertThat(FREEZE).withBasis("UU 10/2016").withBasis("UU 10/2016 Pasal 71")
                .withBasis("UU 10/2016 Pasal 71 ayat (2)");
    }

    @Test
    void otherFailuresNameWhatDiffers() {
        assertThatThrownBy(() -> assertThat(CPNS).withOutcome(Outcome.WARNING))
                .hasMessageContaining("Expected outcome WARNING");
        assertThatThrownBy(() -> assertThat(CPNS).withFact("status", "PNS")).hasMessageContaining("status = PNS");
        assertThatThrownBy(() -> assertThat(CPNS).withFact("grade", "III/a")).hasMessageContaining("fact grade");
        assertThatThrownBy(() -> assertThat(CPNS).withMissing("employee.status"))
                .hasMessageContaining("employee.status");
        assertThatThrownBy(() -> assertThat(CPNS).withEarliestCompliantDate(DAY)).hasMessageContaining("2026-03-02");
        assertThatThrownBy(() -> assertThat(CPNS).withApprovalFrom(Approver.BKN)).hasMessageContaining("BKN");
        assertThatThrownBy(() -> assertThat(report(Verdict.TMS, CPNS)).hasNoFinding("MUT-CPNS"))
                .hasMessageContaining("Expected no finding of rule MUT-CPNS");
        assertThatThrownBy(() -> assertThat(report(Verdict.TMS, CPNS)).hasOnlyFindings("MUT-CPNS", "X"))
                .hasMessageContaining("[MUT-CPNS, X]");
        assertThatThrownBy(() -> assertThat(report(Verdict.TMS, CPNS)).hasNoFindings())
                .hasMessageContaining("Expected no findings");
        assertThatThrownBy(() -> assertThat(CPNS).and()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void violationsByPathAndCode() {
        Report invalid = ImmutableReport.builder().verdict(Verdict.INVALID).checkedAsOf(DAY)
                .ruleSet(ImmutableRuleSet.builder().version("test/1").fingerprint("0").rules(0).build())
                .addViolations(Violation.of("employee.nip", "nip.length", "employee.nip: 17 digit")).build();
        assertThat(invalid).hasVerdict(Verdict.INVALID).hasViolationAt("employee.nip")
                .hasViolation("employee.nip", "nip.length");
        assertThatThrownBy(() -> assertThat(invalid).hasViolationAt("employee.grade"))
                .hasMessageContaining("violation at employee.nip [nip.length]");
        assertThatThrownBy(() -> assertThat(invalid).hasViolation("employee.nip", "nip.gender"))
                .hasMessageContaining("nip.gender");
    }
}

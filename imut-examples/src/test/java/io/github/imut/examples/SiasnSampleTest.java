package io.github.imut.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.siasn.SiasnMerge;
import io.github.imut.siasn.SiasnNote;
import io.github.imut.siasn.SiasnProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The SIASN sample pair in {@code samples/siasn/}: a SIASN profile and the partial proposal that names only what SIASN
 * does not hold, as {@code imut check --siasn PROFILE.json --proposal PROPOSAL.json} takes them.
 */
class SiasnSampleTest {
    private static final Path DIR = Path.of("samples", "siasn");
    private static final Checker CHECKER = Checker.builder().discoverModules().build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static SiasnProfile profile() throws IOException {
        try (InputStream in = Files.newInputStream(DIR.resolve("ms-rotation-within-regency.profile.json"))) {
            return SiasnProfile.read(in);
        }
    }

    private static String proposal() throws IOException {
        return Files.readString(DIR.resolve("ms-rotation-within-regency.proposal.json"), StandardCharsets.UTF_8);
    }

    @Test
    void siasnProfileMergedWithThePartialProposalIsEligible() throws IOException {
        SiasnMerge merge = SiasnMerge.of(profile(), proposal());
        assertThat(merge.conflicts()).isEmpty();
        Report r = merge.check(CHECKER, AS_OF);
        assertThat(r.getVerdict()).as(r.toString()).isEqualTo(Verdict.MS);
        assertThat(r.getProposalId()).contains("BKPSDM-SLM/2026/MUT/0188");
    }

    @Test
    void siasnProfileMapsWithoutLossExceptItsOwnSentinels() throws IOException {
        SiasnProfile p = profile();
        assertThat(p.notes()).extracting(SiasnNote::kind).doesNotContain(SiasnNote.Kind.UNMAPPED,
                SiasnNote.Kind.NOT_REPRESENTED, SiasnNote.Kind.INCONSISTENT, SiasnNote.Kind.MISSING_SOURCE);
        assertThat(p.employee().getPositionHistory()).hasSize(3);
        assertThat(p.employee().getAgency().orElseThrow().getRegionCode()).as("SIASN has none: the proposal gives it")
                .isEmpty();
    }

    @Test
    void thePartialProposalAloneLacksTheEmployee() throws IOException {
        Report r = CHECKER.checkJson(proposal(), AS_OF);
        assertThat(r.getVerdict()).isEqualTo(Verdict.INVALID);
    }
}

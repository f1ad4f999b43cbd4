package io.github.imut.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.imut.siasn.SiasnMerge;
import io.github.imut.siasn.SiasnProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sample proposal satisfies {@code docs/schema/proposal.schema.json}, except the {@code invalid-} ones, which the
 * schema rejects as the checker does. (The schema is kept current by imut-core's {@code JsonSchemaTest}.)
 */
class SamplesSchemaTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Schema PROPOSAL_SCHEMA = load("proposal.schema.json");

    private static Schema load(String file) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = Files.newInputStream(Path.of("..", "docs", "schema", file))) {
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException("docs/schema/" + file + " cannot be read", e);
        }
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    private static List<Error> validate(String json) {
        return PROPOSAL_SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void everyValidSampleSatisfiesTheProposalSchema() throws IOException {
        List<Path> samples = samples();
        assertThat(samples).hasSizeGreaterThan(5);
        for (Path sample : samples) {
            if (sample.getFileName().toString().startsWith("invalid-")) {
                continue;
            }
            assertThat(validate(Files.readString(sample, StandardCharsets.UTF_8))).as(sample.toString()).isEmpty();
        }
    }

    @Test
    void everyInvalidSampleIsRejectedByTheProposalSchemaToo() throws IOException {
        int invalid = 0;
        for (Path sample : samples()) {
            if (sample.getFileName().toString().startsWith("invalid-")) {
                assertThat(validate(Files.readString(sample, StandardCharsets.UTF_8))).as(sample.toString())
                        .isNotEmpty();
                invalid++;
            }
        }
        assertThat(invalid).isPositive();
        assertThat(validate(Files.readString(SAMPLES.resolve("invalid-nip-17-digits.json"), StandardCharsets.UTF_8)))
                .extracting(e -> e.getInstanceLocation().toString()).containsExactly("/employee/nip");
    }

    @Test
    void siasnSampleMergedWithItsPartialProposalSatisfiesTheProposalSchema() throws IOException {
        Path dir = SAMPLES.resolve("siasn");
        SiasnProfile profile;
        try (InputStream in = Files.newInputStream(dir.resolve("ms-rotation-within-regency.profile.json"))) {
            profile = SiasnProfile.read(in);
        }
        String partial = Files.readString(dir.resolve("ms-rotation-within-regency.proposal.json"),
                StandardCharsets.UTF_8);
        assertThat(validate(SiasnMerge.of(profile, partial).proposalJson())).isEmpty();
        assertThat(validate(partial)).as("the partial proposal alone lacks employee.nip").isNotEmpty();
    }
}

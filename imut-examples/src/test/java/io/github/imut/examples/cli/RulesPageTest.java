package io.github.imut.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Checker;
import io.github.imut.check.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} is exactly what {@code imut rules --format md} prints for the rules in this build. */
class RulesPageTest {
    private static final Path PAGE = Path.of("../docs/rules.md");

    @Test
    void catalogPageIsCurrent() throws IOException {
        String expected = RulesCommand.markdown(Checker.builder().discoverModules().build());
        if (Boolean.getBoolean("imut.updateDocs")) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertThat(PAGE).as("docs/rules.md is missing").exists();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale. Regenerate it: mvn -B -q -pl imut-examples -am verify"
                        + " -Dimut.updateDocs=true   (or: java -jar imut-examples/target/imut.jar rules --format md"
                        + " > docs/rules.md)")
                .isEqualTo(expected);
    }

    @Test
    void catalogPageNamesEveryRuleAndItsBasis() {
        Checker checker = Checker.builder().discoverModules().build();
        String page = RulesCommand.markdown(checker);
        for (RuleDescriptor d : checker.rules()) {
            assertThat(page).contains("## " + d.id()).contains(d.basis().get(0).citation());
        }
    }
}

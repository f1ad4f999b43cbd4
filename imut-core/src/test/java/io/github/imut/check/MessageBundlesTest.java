package io.github.imut.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.internal.Bundles;
import io.github.imut.internal.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** imut-core's own bundles: the model's value errors and the checker's findings, violations and JSON errors. */
class MessageBundlesTest {
    private static final Locale ID = Locale.forLanguageTag("id");
    /** JSON literals, the same in every language. */
    private static final Set<String> SAME_IN_BOTH = Set.of("json.found.boolean", "json.found.null");

    private static ResourceBundle bundle(String base, Locale locale) {
        return Bundles.load(base, locale, MessageBundlesTest.class.getClassLoader());
    }

    private static Set<String> placeholders(String template) {
        return new TreeSet<>(Template.parse(template).placeholders());
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.github.imut.model.messages", "io.github.imut.check.messages"})
    void indonesianAndEnglishHaveTheSameKeysAndPlaceholders(String base) {
        ResourceBundle id = bundle(base, ID);
        ResourceBundle en = bundle(base, Locale.ENGLISH);

        assertThat(new TreeSet<>(en.keySet())).isEqualTo(new TreeSet<>(id.keySet()));
        for (String key : id.keySet()) {
            assertThat(placeholders(en.getString(key))).as(key).isEqualTo(placeholders(id.getString(key)));
            assertThat(id.getString(key)).as(key).isNotBlank();
            if (!SAME_IN_BOTH.contains(key)) {
                assertThat(id.getString(key)).as(key + " looks untranslated").isNotEqualTo(en.getString(key));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"io/github/imut/model/messages", "io/github/imut/check/messages"})
    void bundleFilesAreAscii(String path) throws IOException {
        for (String suffix : List.of("_id.properties", "_en.properties")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path + suffix)) {
                assertThat(in).as(path + suffix).isNotNull();
                byte[] bytes = in.readAllBytes();
                for (byte b : bytes) {
                    assertThat(b & 0xFF).as(path + suffix + " must use \\u escapes for non-ASCII").isLessThan(128);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.github.imut.model.messages", "io.github.imut.check.messages"})
    void everyKeyTheCodeUsesExists(String base) throws IOException {
        Set<String> used = new TreeSet<>();
        Path sources = Path.of("src/main/java/io/github/imut");
        Pattern literal = base.endsWith("model.messages")
                ? Pattern.compile("InvalidValueException\\.of\\(\"([a-zA-Z.]+)\"")
                : Pattern.compile("\"((?:json|constraint|finding)\\.[a-zA-Z.]+[a-zA-Z])\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // keys the code builds by concatenation
        if (base.endsWith("check.messages")) {
            for (String kind : List.of("text", "integer", "number", "boolean", "date", "list", "object", "enum",
                    "value")) {
                used.add("json.kind." + kind);
            }
            for (String found : List.of("text", "number", "boolean", "null", "object", "list", "unknown")) {
                used.add("json.found." + found);
            }
            used.add("finding.pass");
            used.add("finding.incomplete");
            used.add("finding.error");
        }
        assertThat(used).isNotEmpty();
        for (Locale locale : List.of(ID, Locale.ENGLISH)) {
            Set<String> keys = bundle(base, locale).keySet();
            assertThat(keys).as(locale.toString()).containsAll(used);
        }
    }
}

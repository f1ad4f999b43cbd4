package io.github.imut.siasn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.internal.Template;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The SIASN message bundles: the same keys and placeholders in Indonesian and English. */
class SiasnMessagesTest {
    private static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle(SiasnNote.BUNDLE, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void indonesianAndEnglishBundlesHaveTheSameKeysAndPlaceholders() {
        ResourceBundle id = bundle("id");
        ResourceBundle en = bundle("en");
        assertThat(new TreeSet<>(id.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        for (String key : id.keySet()) {
            assertThat(new TreeSet<>(Template.parse(id.getString(key)).placeholders())).as(key)
                    .isEqualTo(new TreeSet<>(Template.parse(en.getString(key)).placeholders()));
        }
    }
}

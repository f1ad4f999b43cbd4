package io.github.imut.siasn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imut.check.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The synthetic SIASN responses under {@code src/test/resources/siasn/}, shaped like the examples of
 * {@code shared/spec/siasn-contract.md} (made-up employee, NIP 198503122010011002), as a profile bundle that a test
 * may change before mapping it.
 */
final class SiasnTestData {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] ENDPOINTS = {
        "data-utama", "rw-jabatan", "rw-golongan", "rw-hukdis", "rw-skp22", "rw-pendidikan"
    };

    private SiasnTestData() {
    }

    static String resource(String name) {
        try (InputStream in = SiasnTestData.class.getResourceAsStream("/siasn/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource siasn/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode response(String endpoint) {
        try {
            return JSON.readTree(resource(endpoint + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a profile bundle holding every fixture response, keyed by endpoint */
    static ObjectNode bundle() {
        ObjectNode b = JSON.createObjectNode();
        for (String e : ENDPOINTS) {
            b.set(e, response(e));
        }
        return b;
    }

    static ObjectNode dataUtama(ObjectNode bundle) {
        return (ObjectNode) bundle.get("data-utama").get("data");
    }

    static ArrayNode records(ObjectNode bundle, String endpoint) {
        return (ArrayNode) bundle.get(endpoint).get("data");
    }

    static ObjectNode record(ObjectNode bundle, String endpoint, int index) {
        return (ObjectNode) records(bundle, endpoint).get(index);
    }

    /** Maps a bundle, and checks that every note has a message in both languages. */
    static SiasnProfile map(JsonNode bundle) {
        SiasnProfile p = SiasnProfile.parse(bundle.toString());
        for (SiasnNote n : p.notes()) {
            for (Language l : Language.values()) {
                assertThat(n.message(l)).as("message of " + n.code()).doesNotContain("[note.").contains(n.field());
            }
        }
        return p;
    }
}

package io.github.imut.siasn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One SIASN JSON object (the data-utama profile or one riwayat record) with its path, read with case-insensitive keys
 * and aliases (contract §5.5: camelCase mixed with capitalized keys, read/write spelling mismatches). Unknown keys are
 * ignored.
 */
final class SiasnRecord {
    private final String path;
    private final JsonNode node;
    private final Map<String, List<String>> keysByLowerCase = new LinkedHashMap<>();

    SiasnRecord(String path, JsonNode node) {
        this.path = path;
        this.node = node;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            keysByLowerCase.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(key);
        }
    }

    String path() {
        return path;
    }

    /** A field as found: its path (with the key as the input spells it) and its value (possibly unknown). */
    static final class Field {
        final String path;
        final JsonNode value;

        Field(String path, JsonNode value) {
            this.path = path;
            this.value = value;
        }

        boolean isUnknown() {
            return SiasnValues.isUnknown(value);
        }

        /** @return the value as text (only for a known value) */
        String text() {
            return SiasnValues.text(value);
        }
    }

    /**
     * @param names the key and its aliases, in order of preference
     * @return the first of them that holds a known value; else the first that is present; else a missing field named
     *     after the first key
     */
    Field field(String... names) {
        Field present = null;
        for (String name : names) {
            List<String> keys = keysByLowerCase.get(name.toLowerCase(Locale.ROOT));
            if (keys == null) {
                continue;
            }
            for (String key : keys) {
                Field f = new Field(path + "." + key, node.get(key));
                if (!f.isUnknown()) {
                    return f;
                }
                if (present == null) {
                    present = f;
                }
            }
        }
        return present != null ? present : new Field(path + "." + names[0], MissingNode.getInstance());
    }
}

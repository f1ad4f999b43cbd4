package io.github.imut.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the plain ISO date {@code yyyy-MM-dd} without {@link java.time.format.DateTimeFormatter}, whose parsing
 * allocates a map per date and was a tenth of a batch's decoding time. Anything else — another form, an impossible
 * date, a number, an array — goes to the JavaTimeModule's own {@link LocalDateDeserializer}, so the dates read and
 * the errors raised (and the violations they become) are exactly those of the standard deserializer.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
            char[] c = p.getTextCharacters();
            int o = p.getTextOffset();
            if (c[o + 4] == '-' && c[o + 7] == '-') {
                int year = digits(c, o, 4);
                int month = digits(c, o + 5, 2);
                int day = digits(c, o + 8, 2);
                if (year >= 0 && month >= 0 && day >= 0) {
                    try {
                        return LocalDate.of(year, month, day);
                    } catch (DateTimeException e) {
                        // impossible date: the standard deserializer reports it
                    }
                }
            }
        }
        return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
    }

    /** @return the number the {@code n} ASCII digits at {@code from} spell, or -1 if one is no digit */
    private static int digits(char[] c, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char d = c[i];
            if (d < '0' || d > '9') {
                return -1;
            }
            v = v * 10 + (d - '0');
        }
        return v;
    }
}

package io.github.imut.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a date only from an ISO-8601 string {@code yyyy-MM-dd} that names a day that exists. Jackson's own reader is
 * lenient: it takes a number as a count of days since 1970 ({@code 20240501} becomes the year 57386), an array
 * {@code [2024,5,1]}, a date-time, or an empty string as "unknown". For a legal checker each of these is a mistake
 * in the input, reported with the field's path, never a silently different date.
 */
final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            String text = p.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text,
                        "not an existing day in ISO-8601 form yyyy-MM-dd");
            }
        }
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
}

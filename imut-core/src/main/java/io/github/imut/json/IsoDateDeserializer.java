package io.github.imut.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A fast path in front of whatever deserializer reads {@link LocalDate}: the plain ISO date {@code yyyy-MM-dd}
 * naming a day that exists is read without {@link java.time.format.DateTimeFormatter}, whose parsing allocates a map
 * per date and was a tenth of a batch's decoding time. Everything else — another form, an impossible date, a number,
 * an array — goes to the deserializer it wraps, so the dates read and the errors raised (and the violations they
 * become) are exactly that deserializer's. It wraps rather than replaces, so it composes with any LocalDate
 * deserializer the configuration registers ({@link #module()}).
 */
final class IsoDateDeserializer extends JsonDeserializer<LocalDate>
        implements ContextualDeserializer, ResolvableDeserializer {
    private final JsonDeserializer<?> next;

    IsoDateDeserializer(JsonDeserializer<?> next) {
        this.next = next;
    }

    /** @return a module that puts the fast path in front of the LocalDate deserializer, whichever it is */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("imut-fast-iso-dates");
        m.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return beanDesc.getBeanClass() == LocalDate.class && !(deserializer instanceof IsoDateDeserializer)
                        ? new IsoDateDeserializer(deserializer) : deserializer;
            }
        });
        return m;
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
                        // no such day: the wrapped deserializer reports it as it always has
                    }
                }
            }
        }
        return (LocalDate) next.deserialize(p, ctxt);
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

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> n = next instanceof ContextualDeserializer
                ? ((ContextualDeserializer) next).createContextual(ctxt, property) : next;
        return n == next ? this : new IsoDateDeserializer(n);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        if (next instanceof ResolvableDeserializer) {
            ((ResolvableDeserializer) next).resolve(ctxt);
        }
    }

    @Override
    public Class<?> handledType() {
        return LocalDate.class;
    }

    @Override
    public LogicalType logicalType() {
        return next.logicalType();
    }

    @Override
    public boolean isCachable() {
        return next.isCachable();
    }

    @Override
    public LocalDate getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        return (LocalDate) next.getNullValue(ctxt);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return next.getNullAccessPattern();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
        return next.getEmptyValue(ctxt);
    }
}

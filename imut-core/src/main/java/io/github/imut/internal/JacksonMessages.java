package io.github.imut.internal;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What Jackson says about a document it could not read, cut down to what helps the person who wrote the document.
 *
 * <p>Not API: this package is public only because several imut packages share it; it may change in any release.
 */
public final class JacksonMessages {
    /** What Jackson writes in place of the source in a location when the source is not to be shown. */
    private static final String REDACTED_SOURCE =
            "Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ";

    private JacksonMessages() {
    }

    /**
     * @param e what Jackson threw
     * @return its message without the location that ends it (the violation gives line and column itself) and
     *         without the placeholder Jackson puts where the source would be, e.g. {@code Unexpected end-of-input:
     *         expected close marker for Object (start marker at [line: 1, column: 1])}
     */
    public static String detail(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int at = message.indexOf(REDACTED_SOURCE);
        while (at >= 0) {
            message = message.substring(0, at) + message.substring(at + REDACTED_SOURCE.length());
            at = message.indexOf(REDACTED_SOURCE, at);
        }
        return message;
    }
}

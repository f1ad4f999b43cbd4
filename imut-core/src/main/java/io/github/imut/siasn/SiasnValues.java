package io.github.imut.siasn;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lenient value conventions of SIASN responses, contract §5: strings for numbers, zero-padded codes, dates in
 * {@code dd-MM-yyyy} with documented exceptions, and four ways of saying "unknown". Stateless; not on any hot path.
 */
final class SiasnValues {
    /** {@code dd-MM-yyyy}, the norm (§5.1); one-digit day and month are tolerated. */
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    /**
     * {@code yyyy-MM-dd}, alone or followed by a time: {@code yyyy-MM-dd'T'HH:mm:ss'Z'} (rw-golongan {@code tmtGolongan},
     * §3.2) or {@code yyyy-MM-dd HH:mm:ss} ({@code tanggal_taspen}, list-pensiun, §5.1). The calendar date is taken
     * literally: no time-zone shift.
     */
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private SiasnValues() {
    }

    /**
     * Whether a value is one of the four forms of "unknown" (§5.2): a missing key, JSON {@code null}, an empty (or
     * blank) string, or the sentinel date {@code 01-01-0001} (also {@code 0001-01-01…}).
     */
    static boolean isUnknown(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (!value.isTextual()) {
            return false;
        }
        String s = value.asText().trim();
        return s.isEmpty() || isSentinelDate(s);
    }

    static boolean isSentinelDate(String s) {
        return s.equals("01-01-0001") || s.equals("1-1-0001") || s.startsWith("0001-01-01");
    }

    /** @return the value as text, trimmed; for a number or boolean its JSON text; never called on unknown values */
    static String text(JsonNode value) {
        if (value.isTextual()) {
            return value.asText().trim();
        }
        if (value.isBigDecimal() || value.isDouble() || value.isFloat()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /**
     * Canonical form of a code (§5.4): a numeric code loses its leading zeros ({@code "01"} → {@code "1"},
     * {@code "00"} → {@code "0"}); any other code is trimmed and upper-cased ({@code "plt"} → {@code "PLT"}).
     */
    static String canonicalCode(String code) {
        String s = code.trim();
        if (isDigits(s)) {
            int i = 0;
            while (i < s.length() - 1 && s.charAt(i) == '0') {
                i++;
            }
            return s.substring(i);
        }
        return s.toUpperCase(Locale.ROOT);
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a whole number sent as a string ({@code "31"}, §5.3) or as a JSON number ({@code 31}, {@code 31.0}).
     *
     * @return the number, or null if the value is not a whole number (e.g. {@code "-"}, {@code "3,5"})
     */
    static Integer integer(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        String s = value.isNumber() ? value.decimalValue().toPlainString() : value.isTextual() ? value.asText().trim()
                : null;
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s);
            return d.stripTrailingZeros().scale() <= 0 ? d.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * Parses a SIASN date (§5.1), trying {@code dd-MM-yyyy}, then {@code yyyy-MM-dd} with or without a time.
     *
     * @return the date, or null if the text is no possible date in any of these forms
     */
    static LocalDate date(String text) {
        String s = text.trim();
        try {
            Matcher m = DMY.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = YMD.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** @return whether the text is a bare four-digit year ({@code rw-pendidikan.tahunLulus}, §3.5) */
    static boolean isYear(String text) {
        String s = text.trim();
        return s.length() == 4 && isDigits(s);
    }

    /** @return the id without dashes, lower-cased: SIASN ids come as upper or lower hex or as dashed UUIDs (§5.10) */
    static String normalizeId(String id) {
        return id.replace("-", "").trim().toLowerCase(Locale.ROOT);
    }
}

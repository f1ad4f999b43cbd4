package io.github.imut.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Nomor Induk Pegawai: the 18-digit identity number of an ASN employee.
 *
 * <p>Structure (Peraturan Kepala BKN 22/2007): digits 1–8 the birth date {@code yyyyMMdd}; digits 9–14 the year and
 * month of TMT CPNS {@code yyyyMM} (for a PPPK's NI PPPK: the year of first appointment and a two-digit code);
 * digit 15 the sex, {@code 1} male and {@code 2} female; digits 16–18 a sequence number.
 *
 * <p>{@link #parse(String)} accepts exactly 18 digits and rejects an impossible birth date or sex digit. Whitespace is
 * ignored wherever it stands: the spaces between the groups as printed on an SK ({@code 19850312 201001 1 002}), and
 * the no-break spaces, tabs and line ends that copying from a document brings along. Any other character (a dot, a
 * dash) is an error. Whether the number agrees with the employee's stated birth date,
 * sex and TMT CPNS is a rule ({@code NIP-FORMAT}), not a parse error. Immutable and thread-safe; the
 * {@link #toString()} is the 18 digits.
 */
public final class Nip {
    private final String digits;
    private final LocalDate birthDate;
    private final Gender gender;

    private Nip(String digits, LocalDate birthDate, Gender gender) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.gender = gender;
    }

    /**
     * Parses a NIP.
     *
     * @param text 18 digits, optionally grouped with spaces ({@code 19850312 201001 1 002})
     * @return the NIP
     * @throws InvalidValueException naming the defect (length, non-digit, impossible birth date, sex digit)
     */
    @JsonCreator
    public static Nip parse(String text) {
        if (text == null) {
            throw InvalidValueException.of("nip.missing");
        }
        StringBuilder sb = new StringBuilder(18);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c < '0' || c > '9') {
                throw InvalidValueException.of("nip.nonDigit", "value", text, "char", String.valueOf(c));
            }
            sb.append(c);
        }
        String digits = sb.toString();
        if (digits.length() != 18) {
            throw InvalidValueException.of("nip.length", "value", text, "length", String.valueOf(digits.length()));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
        } catch (DateTimeException e) {
            throw InvalidValueException.of("nip.birthDate", "value", digits, "part", digits.substring(0, 8));
        }
        Gender gender;
        switch (digits.charAt(14)) {
            case '1':
                gender = Gender.MALE;
                break;
            case '2':
                gender = Gender.FEMALE;
                break;
            default:
                throw InvalidValueException.of("nip.gender", "value", digits, "digit", digits.substring(14, 15));
        }
        return new Nip(digits, birth, gender);
    }

    /**
     * Builds the NIP of a PNS or CPNS from its parts; handy for fixtures and tests.
     *
     * @param birthDate the birth date
     * @param tmtCpns   the month of TMT CPNS
     * @param gender    the sex
     * @param sequence  0 to 999
     * @return the NIP
     * @throws IllegalArgumentException if the sequence has more than three digits
     */
    public static Nip of(LocalDate birthDate, YearMonth tmtCpns, Gender gender, int sequence) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(tmtCpns, "tmtCpns");
        Objects.requireNonNull(gender, "gender");
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be 0..999: " + sequence);
        }
        String text = String.valueOf(birthDate.getYear() * 10000 + birthDate.getMonthValue() * 100
                + birthDate.getDayOfMonth())
                + (tmtCpns.getYear() * 100 + tmtCpns.getMonthValue())
                + (gender == Gender.MALE ? '1' : '2')
                + String.valueOf(1000 + sequence).substring(1);
        return parse(text);
    }

    private static int num(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** @return the 18 digits */
    @JsonValue
    public String value() {
        return digits;
    }

    /** @return the birth date encoded in digits 1–8 */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return the sex encoded in digit 15 */
    public Gender gender() {
        return gender;
    }

    /** @return the four-digit year in digits 9–12 (TMT CPNS year, or a PPPK's first appointment year) */
    public int appointmentYear() {
        return num(digits, 8, 12);
    }

    /** @return digits 13–14: the TMT CPNS month for a PNS, a contract code for a PPPK */
    public int monthOrCode() {
        return num(digits, 12, 14);
    }

    /**
     * @return the TMT CPNS month encoded in digits 9–14, or empty when digits 13–14 are not a month (01–12), as in a
     *     PPPK's NI PPPK
     */
    public Optional<YearMonth> tmtCpnsMonth() {
        return hasTmtCpnsMonth() ? Optional.of(YearMonth.of(appointmentYear(), monthOrCode())) : Optional.empty();
    }

    /**
     * @return whether digits 13–14 are a month (01–12), so that digits 9–14 are a TMT CPNS month; not, as in a
     *     PPPK's NI PPPK, when they are a code. {@link #tmtCpnsMonth()} without building the month.
     */
    public boolean hasTmtCpnsMonth() {
        int month = monthOrCode();
        return month >= 1 && month <= 12;
    }

    /** @return the sequence number in digits 16–18 */
    public int sequence() {
        return num(digits, 15, 18);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip && ((Nip) o).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}

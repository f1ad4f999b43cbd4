package io.github.imut.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A grade: a PNS golongan ruang ({@code I/a} … {@code IV/e}, each with its pangkat name, e.g. {@code III/c} Penata)
 * or a PPPK golongan ({@code I} … {@code XVII}, which has no pangkat name).
 *
 * <p>{@link #parse(String)} accepts the ways agencies write a PNS grade: {@code III/c}, {@code IIIc}, {@code III-C},
 * {@code III c}, in any letter case ({@code iii/c} as typed in a spreadsheet means nothing else), with spaces around
 * the parts; and a bare Roman numeral, in any case, for a PPPK grade. It rejects anything else (golongan V or above
 * with a ruang, a ruang past {@code d} or, for golongan IV, {@code e}, a numeral above XVII, a separator with no
 * ruang, Arabic numerals) with a message that says what is allowed. The canonical form, used in JSON and
 * {@link #toString()}, is {@code III/c} or {@code IX}. Grades
 * are ordered within their system by {@link #rank()}; PNS and PPPK grades are not comparable with each other.
 * Instances are shared constants: immutable, thread-safe, comparable with {@code ==}.
 */
public final class Grade {
    /** Which grade system a grade belongs to. */
    public enum System {
        /** PNS golongan ruang, I/a to IV/e (PP 99/2000). */
        PNS,
        /** PPPK golongan, I to XVII (Perpres 98/2020). */
        PPPK
    }

    private static final String[] ROMAN = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"
    };
    private static final String[] PANGKAT = {
        "Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I",
        "Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I",
        "Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I",
        "Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama"
    };
    private static final Grade[] PNS_GRADES = new Grade[17];
    private static final Grade[] PPPK_GRADES = new Grade[17];

    static {
        int i = 0;
        for (int gol = 1; gol <= 4; gol++) {
            char last = gol == 4 ? 'e' : 'd';
            for (char ruang = 'a'; ruang <= last; ruang++) {
                PNS_GRADES[i] = new Grade(System.PNS, i + 1, gol, ruang, ROMAN[gol - 1] + "/" + ruang, PANGKAT[i]);
                i++;
            }
        }
        for (int g = 1; g <= 17; g++) {
            PPPK_GRADES[g - 1] = new Grade(System.PPPK, g, g, '\0', ROMAN[g - 1], null);
        }
    }

    private final System system;
    private final int rank;
    private final int golongan;
    private final char ruang;
    private final String code;
    private final String pangkat;

    private Grade(System system, int rank, int golongan, char ruang, String code, String pangkat) {
        this.system = system;
        this.rank = rank;
        this.golongan = golongan;
        this.ruang = ruang;
        this.code = code;
        this.pangkat = pangkat;
    }

    /**
     * Parses a grade.
     *
     * @param text e.g. {@code III/c}, {@code IIIc}, {@code III-C} (PNS) or {@code IX} (PPPK)
     * @return the grade
     * @throws InvalidValueException if the text is no PNS or PPPK grade
     */
    @JsonCreator
    public static Grade parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidValueException.of("grade.invalid", "value", String.valueOf(text));
        }
        String s = text.trim();
        int end = 0;
        while (end < s.length() && isRomanChar(s.charAt(end))) {
            end++;
        }
        String roman = s.substring(0, end).toUpperCase(java.util.Locale.ROOT);
        String rest = s.substring(end).trim();
        boolean separator = !rest.isEmpty() && (rest.charAt(0) == '/' || rest.charAt(0) == '-');
        if (separator) {
            rest = rest.substring(1).trim();
        }
        int number = romanValue(roman);
        if (rest.isEmpty()) {
            if (separator) {
                throw InvalidValueException.of("grade.invalid", "value", text);
            }
            if (number >= 1 && number <= 17) {
                return PPPK_GRADES[number - 1];
            }
            throw InvalidValueException.of("grade.invalid", "value", text);
        }
        if (rest.length() != 1) {
            throw InvalidValueException.of("grade.invalid", "value", text);
        }
        char ruang = Character.toLowerCase(rest.charAt(0));
        if (number < 1 || number > 4) {
            throw InvalidValueException.of("grade.golongan", "value", text);
        }
        char last = number == 4 ? 'e' : 'd';
        if (ruang < 'a' || ruang > last) {
            throw InvalidValueException.of("grade.ruang", "value", text, "last", String.valueOf(last));
        }
        return PNS_GRADES[(number - 1) * 4 + (ruang - 'a')];
    }

    /**
     * @param golongan 1 to 4
     * @param ruang    {@code a} to {@code d} ({@code e} for IV)
     * @return the PNS grade
     * @throws InvalidValueException if there is no such grade
     */
    public static Grade pns(int golongan, char ruang) {
        if (golongan < 1 || golongan > 4) {
            throw InvalidValueException.of("grade.golongan", "value", golongan + "/" + ruang);
        }
        return parse(ROMAN[golongan - 1] + "/" + ruang);
    }

    /**
     * @param golongan 1 to 17
     * @return the PPPK grade
     * @throws InvalidValueException if there is no such grade
     */
    public static Grade pppk(int golongan) {
        if (golongan < 1 || golongan > 17) {
            throw InvalidValueException.of("grade.invalid", "value", String.valueOf(golongan));
        }
        return PPPK_GRADES[golongan - 1];
    }

    private static boolean isRomanChar(char c) {
        return c == 'I' || c == 'V' || c == 'X' || c == 'i' || c == 'v' || c == 'x';
    }

    private static int romanValue(String roman) {
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equals(roman)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** @return PNS or PPPK */
    public System system() {
        return system;
    }

    /** @return the position in its system's order: 1 (I/a, or PPPK I) to 17 (IV/e, or PPPK XVII) */
    public int rank() {
        return rank;
    }

    /** @return the golongan: 1–4 for PNS, 1–17 for PPPK */
    public int golongan() {
        return golongan;
    }

    /** @return the ruang letter {@code a}–{@code e} of a PNS grade; empty for PPPK */
    public Optional<Character> ruang() {
        return system == System.PNS ? Optional.of(ruang) : Optional.empty();
    }

    /** @return the pangkat name of a PNS grade (e.g. {@code Penata} for III/c); empty for PPPK */
    public Optional<String> pangkat() {
        return Optional.ofNullable(pangkat);
    }

    /**
     * @param other a grade of the same system
     * @return whether this grade ranks above {@code other}
     * @throws IllegalArgumentException if the systems differ
     */
    public boolean isAbove(Grade other) {
        if (other.system != system) {
            throw new IllegalArgumentException("Cannot compare " + this + " (" + system + ") with " + other + " ("
                    + other.system + ")");
        }
        return rank > other.rank;
    }

    /** @return the canonical code, e.g. {@code III/c} or {@code IX} */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}

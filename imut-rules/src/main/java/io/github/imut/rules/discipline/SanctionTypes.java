package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The type and period of a disciplinary sanction record: the typed {@link DisciplinarySanction#getSanctionType()},
 * else the SIASN {@code jenisHukuman} code or a catalogue code (table R5, e.g. {@code S-TKN6}) in
 * {@link DisciplinarySanction#getType()}; the length of a sanction with a period is the legal parameter
 * {@code sanction.months.<code>} in force on the sanction's first day. Stateless and thread-safe. Not API: public only
 * because the dismissal rules share it.
 *
 * <p>SIASN codes (siasn-contract 4.6): 1-3 the three light types; 4, 7, 8 the PP 53/2010 moderate types; 9, 13, 14
 * the PP 53/2010 heavy types; 10 PDHTAPS; 11 PTDH; 23-25 the PP 94/2021 allowance cuts; 27-28 the PP 94/2021 heavy
 * position sanctions. Codes 5, 6 (PP 30/1980), 12 (administrative), 21-22 (kode etik, not a disciplinary sanction) and
 * 26 have no type.
 */
public final class SanctionTypes {
    private static final Map<String, SanctionType> CODES = new HashMap<>();
    private static final Map<SanctionType, String> MONTHS = new EnumMap<>(SanctionType.class);

    static {
        String[][] siasn = {{"1", "VERBAL_REPRIMAND"}, {"2", "WRITTEN_REPRIMAND"}, {"3", "WRITTEN_DISSATISFACTION"},
            {"4", "PAY_RISE_DEFERRED"}, {"7", "PROMOTION_DEFERRED"}, {"8", "RANK_DEMOTION_1_YEAR"},
            {"9", "RELEASE_FROM_POSITION"}, {"10", "DISMISSAL_NOT_AT_OWN_REQUEST"}, {"11", "DISHONOURABLE_DISMISSAL"},
            {"13", "TRANSFER_TO_LOWER_POSITION"}, {"14", "RANK_DEMOTION_3_YEARS"}, {"23", "ALLOWANCE_CUT_6_MONTHS"},
            {"24", "ALLOWANCE_CUT_9_MONTHS"}, {"25", "ALLOWANCE_CUT_12_MONTHS"}, {"27", "DEMOTION_ONE_LEVEL"},
            {"28", "RELEASE_TO_PELAKSANA"}};
        for (String[] s : siasn) {
            CODES.put(s[0], SanctionType.valueOf(s[1]));
        }
        for (SanctionType t : SanctionType.values()) {
            CODES.put(t.code(), t);
            CODES.put(t.name(), t);
            if (t.hasPeriod()) {
                MONTHS.put(t, "sanction.months." + t.code());
            }
        }
    }

    private SanctionTypes() {
    }

    /**
     * @param sanction a sanction record
     * @return its type, if stated or recognisable from its code
     */
    public static Optional<SanctionType> of(DisciplinarySanction sanction) {
        if (sanction.getSanctionType().isPresent()) {
            return sanction.getSanctionType();
        }
        if (sanction.getType().isEmpty()) {
            return Optional.empty();
        }
        String code = sanction.getType().get().trim();
        if (code.length() == 2 && code.charAt(0) == '0') {
            code = code.substring(1);
        }
        return Optional.ofNullable(CODES.get(code));
    }

    /**
     * @param sanction a sanction record
     * @return whether its {@code type} is a SIASN code-of-ethics code ({@code 21}, {@code 22}): a moral sanction
     *     (sanksi moral), not a disciplinary sanction
     */
    static boolean isEthicsRecord(DisciplinarySanction sanction) {
        if (sanction.getSanctionType().isPresent() || sanction.getType().isEmpty()) {
            return false;
        }
        String code = sanction.getType().get().trim();
        return code.equals("21") || code.equals("22");
    }

    /**
     * @param type a type with a period
     * @return the name of the parameter giving its length in months
     */
    static String monthsParameter(SanctionType type) {
        return MONTHS.get(type);
    }

    /** @return the names of every sanction-length parameter, for rule descriptors */
    static String[] monthsParameters() {
        return MONTHS.values().toArray(new String[0]);
    }

    /**
     * The first day a sanction applies: its {@code from}, else its decision date.
     *
     * @param sanction a sanction
     * @return the first day, or null if neither is known
     */
    static LocalDate start(DisciplinarySanction sanction) {
        return sanction.getFrom().orElse(sanction.getDecidedOn().orElse(null));
    }

    /**
     * The last day of a sanction's period: its {@code to}; else, for a type with a period, the first day plus the
     * parameter's months minus one day (the inclusive convention of catalogue section 4.9). A permanent sanction
     * (dismissal) returns {@link LocalDate#MAX}; a type without a period (the light sanctions) ends on its first day.
     *
     * @param sanction a sanction
     * @param context  the check context (parameters)
     * @return the last day, or null if it cannot be known (no first day, or an unknown type without {@code to})
     */
    static LocalDate end(DisciplinarySanction sanction, CheckContext context) {
        if (sanction.getTo().isPresent()) {
            return sanction.getTo().get();
        }
        LocalDate start = start(sanction);
        Optional<SanctionType> type = of(sanction);
        if (start == null || type.isEmpty()) {
            return null;
        }
        SanctionType t = type.get();
        if (t.isPermanent()) {
            return LocalDate.MAX;
        }
        if (!t.hasPeriod()) {
            return t.level() == SanctionLevel.RINGAN ? start : null;
        }
        return start.plusMonths(months(t, start, context)).minusDays(1);
    }

    /**
     * @param type  a type with a period
     * @param start its first day
     * @param context the check context
     * @return the legal length in months, as of the first day; a PP 94/2021 type dated before that regulation (a
     *     record error {@code DISIPLIN-LEVELS} reports) is measured with the regulation's first lengths
     */
    static int months(SanctionType type, LocalDate start, CheckContext context) {
        LocalDate on = type.regime() == SanctionType.Regime.PP94 && start.isBefore(DisciplineBases.PP94_2021)
                ? DisciplineBases.PP94_2021 : start;
        return context.parameters().intValue(MONTHS.get(type), on);
    }

    /**
     * @param start  the first day
     * @param months the length
     * @return the last day under the inclusive convention ({@code 2024-01-15} + 6 months is {@code 2024-07-14})
     */
    static LocalDate inclusiveEnd(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** @return the day after {@code date}, or null for a permanent end */
    static LocalDate dayAfter(LocalDate date) {
        return date == null || date.equals(LocalDate.MAX) ? null : date.plusDays(1);
    }
}

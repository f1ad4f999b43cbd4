package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Switch;
import io.github.imut.law.LegalDates;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import java.time.LocalDate;

/**
 * The retirement age (batas usia pensiun, BUP) a position sets, and the dates that follow from it: catalogue rules
 * {@code BUP-TABLE} and {@code PENSIUN-TMT}. Shared by every rule that needs them; stateless and thread-safe.
 *
 * <p>Resolution order (catalogue BUP-JF-UU): a statute's own age for the functional category (guru, dosen, peneliti,
 * perekayasa; PP 11/2017 Pasal 240), else the class of PP 11/2017 Pasal 239 ayat (2). The ages are legal parameters
 * taken as of the proposal's effective date.
 */
public final class RetirementAge {
    /** Switch: a birthday on the 1st of a month retires on that same day instead of the 1st of the next month. */
    public static final String SAME_MONTH_SWITCH = "PENSIUN-TMT.first-of-month-birthday-same-month";

    /** The switch's declaration, shared by the rules that compute TMT pensiun. */
    public static final Switch SAME_MONTH = Switch.of(SAME_MONTH_SWITCH, false,
            "BUP yang dicapai pada tanggal 1 berlaku TMT pensiun pada hari itu juga, bukan tanggal 1 bulan "
                    + "berikutnya (beberapa sumber, U)",
            "A BUP reached on the 1st of a month retires that same day instead of the 1st of the next month "
                    + "(some sources, U)");

    private RetirementAge() {
    }

    /**
     * @param position a position whose level is known
     * @param context  the check context
     * @return the parameter that gives the position's BUP, as of the effective date
     * @throws IllegalArgumentException if the position's level is unknown
     */
    public static ParameterValue bup(Position position, CheckContext context) {
        PositionLevel level = position.getLevel().orElseThrow(
                () -> new IllegalArgumentException("position level unknown"));
        return context.parameter(parameterName(level, position.getFunctionalCategory().orElse(null)));
    }

    static String parameterName(PositionLevel level, FunctionalCategory category) {
        if (category != null && level.isFunctional()) {
            switch (category) {
                case GURU:
                    return "bup.age.guru";
                case DOSEN:
                    return "bup.age.dosen";
                case PENELITI:
                case PEREKAYASA:
                    switch (level) {
                        case AHLI_UTAMA:
                            return "bup.age.research.utama";
                        case AHLI_MADYA:
                            return "bup.age.research.madya";
                        case AHLI_MUDA:
                        case AHLI_PERTAMA:
                            return "bup.age.research.junior";
                        default:
                            break;
                    }
                    break;
                default:
                    break;
            }
        }
        switch (level.bupClass()) {
            case A:
                return "bup.age.a";
            case B:
                return "bup.age.b";
            default:
                return "bup.age.c";
        }
    }

    /**
     * @param birthDate the birth date
     * @param bupAge    the retirement age
     * @return the day the employee reaches it (a 29 February birth reaches it on 28 February in a common year)
     */
    public static LocalDate bupDate(LocalDate birthDate, int bupAge) {
        return birthDate.plusYears(bupAge);
    }

    /**
     * PENSIUN-TMT: the first day of the month after the month the BUP is reached; with the switch
     * {@value #SAME_MONTH_SWITCH} on, a BUP reached on the 1st of a month retires that same day.
     *
     * @param bupDate the day the BUP is reached
     * @param context the check context (for the switch)
     * @return TMT pensiun
     */
    public static LocalDate tmtPensiun(LocalDate bupDate, CheckContext context) {
        if (bupDate.getDayOfMonth() == 1 && context.isOn(SAME_MONTH_SWITCH)) {
            return bupDate;
        }
        return LegalDates.firstOfNextMonth(bupDate);
    }
}

package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;

/**
 * The sanction unexcused absence calls for (PP 94/2021 Pasal 9-11; catalogue table R6): the days absent in the
 * calendar year map to the heaviest band reached, each band's first day a legal parameter
 * {@code absence.days.<code>}; 10 consecutive working days absent (parameter
 * {@code absence.consecutive.workingDays}) call for PDHTAPS whatever the total. Stateless.
 */
final class AbsenceBands {
    /** The PP 94/2021 types in increasing severity, as the bands rise. */
    static final SanctionType[] BANDS = {SanctionType.VERBAL_REPRIMAND, SanctionType.WRITTEN_REPRIMAND,
        SanctionType.WRITTEN_DISSATISFACTION, SanctionType.ALLOWANCE_CUT_6_MONTHS, SanctionType.ALLOWANCE_CUT_9_MONTHS,
        SanctionType.ALLOWANCE_CUT_12_MONTHS, SanctionType.DEMOTION_ONE_LEVEL, SanctionType.RELEASE_TO_PELAKSANA,
        SanctionType.DISMISSAL_NOT_AT_OWN_REQUEST};
    static final String CONSECUTIVE = "absence.consecutive.workingDays";
    private static final String[] PARAMETERS = new String[BANDS.length];

    static {
        for (int i = 0; i < BANDS.length; i++) {
            PARAMETERS[i] = "absence.days." + BANDS[i].code();
        }
    }

    private AbsenceBands() {
    }

    /** @return every parameter the bands read */
    static String[] parameters() {
        String[] out = new String[PARAMETERS.length + 1];
        System.arraycopy(PARAMETERS, 0, out, 0, PARAMETERS.length);
        out[PARAMETERS.length] = CONSECUTIVE;
        return out;
    }

    /**
     * @param days        the days absent in the calendar year
     * @param consecutive the longest run of consecutive working days absent (0 if unknown)
     * @param day         the day the law is taken as of
     * @param context     the check context
     * @return the index in {@link #BANDS} of the sanction called for, or -1 below the first band
     */
    static int band(int days, int consecutive, LocalDate day, CheckContext context) {
        LocalDate on = lawDay(day);
        if (consecutive >= context.parameters().intValue(CONSECUTIVE, on)) {
            return BANDS.length - 1;
        }
        int band = -1;
        for (int i = 0; i < BANDS.length; i++) {
            if (days >= context.parameters().intValue(PARAMETERS[i], on)) {
                band = i;
            }
        }
        return band;
    }

    /**
     * @param day the violation's day (or the effective date when unknown)
     * @return the day whose parameters apply: the day itself, or PP 94/2021's first day for an earlier one
     */
    static LocalDate lawDay(LocalDate day) {
        return day.isBefore(DisciplineBases.PP94_2021) ? DisciplineBases.PP94_2021 : day;
    }

    /** @return the index of {@code type} in {@link #BANDS}, or -1 for a type absence never calls for */
    static int rank(SanctionType type) {
        for (int i = 0; i < BANDS.length; i++) {
            if (BANDS[i] == type) {
                return i;
            }
        }
        return -1;
    }
}

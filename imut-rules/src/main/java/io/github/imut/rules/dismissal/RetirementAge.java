package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Switch;
import io.github.imut.law.LegalDates;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.Approver;
import io.github.imut.model.Employee;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The retirement age (batas usia pensiun, BUP) a position sets, and the dates that follow from it: catalogue rules
 * {@code BUP-TABLE} and {@code PENSIUN-TMT}. Shared by every rule that needs them; stateless and thread-safe.
 *
 * <p>Resolution order (catalogue BUP-JF-UU): a statute's own age for the functional category (guru, dosen, peneliti,
 * perekayasa; PP 11/2017 Pasal 240), else the class of PP 11/2017 Pasal 239 ayat (2). The ages are legal parameters
 * taken as of the proposal's effective date. {@link #of(Proposal, Position, CheckContext)} adds the two lawful
 * departures from the table: a professor's extended age approved by the minister ({@code BUP-JF-UU}) and the
 * transitional age of the cohorts already past the new age when PP 11/2017 took effect ({@code BUP-TRANSISI-2017}).
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

    /** Transitional cohort: not in it. */
    static final int NOT_TRANSITIONAL = 0;
    /** Transitional cohort: in it, and the position was held on 2017-04-07: the old age applies. */
    static final int TRANSITIONAL = 1;
    /** Transitional cohort: born early enough, but whether the position was held on 2017-04-07 is unknown. */
    static final int TRANSITIONAL_UNKNOWN = 2;

    private RetirementAge() {
    }

    /** A retirement age and the provision that sets it. Immutable. */
    public static final class Bup {
        private final int age;
        private final String basis;

        Bup(int age, String basis) {
            this.age = age;
            this.basis = basis;
        }

        /** @return the age */
        public int age() {
            return age;
        }

        /** @return the provision that sets it, e.g. {@code PP 11/2017 Pasal 239 ayat (2) huruf a} */
        public String basis() {
            return basis;
        }
    }

    /**
     * The retirement age that applies to the employee in a position: the table's ({@link #bup(Position,
     * CheckContext)}), or a professor's extended age ({@code bup.age.dosen.professor} at most) when the employee
     * claims it and the proposal carries the minister's approval, or the transitional age of PP 11/2017 Pasal
     * 354-355 when the employee belongs to that cohort and held the position on 2017-04-07.
     *
     * @param proposal the proposal (employee, approvals)
     * @param position a position whose level is known
     * @param context  the check context
     * @return the age and its basis
     */
    public static Bup of(Proposal proposal, Position position, CheckContext context) {
        // the position's level and category are read once and handed on: each getter call allocates (hot path)
        PositionLevel level = position.getLevel().orElseThrow(
                () -> new IllegalArgumentException("position level unknown"));
        FunctionalCategory category = position.getFunctionalCategory().orElse(null);
        ParameterValue table = context.parameter(parameterName(level, category));
        Employee e = proposal.getEmployee();
        boolean professor = level == PositionLevel.AHLI_UTAMA && category == FunctionalCategory.DOSEN;
        Optional<Integer> extended = professor ? e.getExtendedRetirementAge() : Optional.empty();
        if (extended.isPresent()) {
            ParameterValue max = context.parameter("bup.age.dosen.professor");
            int claimed = extended.get();
            if (claimed > table.value() && claimed <= max.value()
                    && proposal.approvalFrom(Approver.MENTERI).isPresent()) {
                return new Bup(claimed, max.reference());
            }
        }
        Optional<LocalDate> birth = e.getBirthDate();
        if (birth.isPresent()
                && transitional(e, birth.get(), position, level, category, context) == TRANSITIONAL) {
            ParameterValue old = context.parameter(transitionalParameter(level));
            if (old.value() > table.value()) {
                return new Bup(old.value(), old.reference());
            }
        }
        return new Bup(table.value(), table.reference());
    }

    /** @return whether the position is a professor's: a dosen at the ahli utama level */
    static boolean isProfessor(Position position) {
        // one call per getter: each allocates (hot path)
        return position.getLevel().orElse(null) == PositionLevel.AHLI_UTAMA
                && position.getFunctionalCategory().orElse(null) == FunctionalCategory.DOSEN;
    }

    /**
     * @param level a position level
     * @return the parameter of its transitional age, or null if the level has none
     */
    static String transitionalParameter(PositionLevel level) {
        switch (level) {
            case AHLI_MADYA:
                return "bup.transition.age.madya";
            case AHLI_MUDA:
            case AHLI_PERTAMA:
            case PENYELIA:
                return "bup.transition.age.junior";
            default:
                return null;
        }
    }

    /**
     * BUP-TRANSISI-2017: a JF ahli madya already past 60, or a JF ahli pertama, ahli muda or penyelia already past 58,
     * when PP 11/2017 took effect on 2017-04-07 keeps the old age; BKN's letter of 2017-10-03 dates the cohort by
     * birth on or before 2017-04-07 minus the new age ({@code 1957-04-07} for 60). A functional position whose age a
     * statute sets is not concerned.
     *
     * @param e        the employee (birth date known)
     * @param position the position (level known)
     * @param context  the check context
     * @return {@link #NOT_TRANSITIONAL}, {@link #TRANSITIONAL} or {@link #TRANSITIONAL_UNKNOWN}
     */
    static int transitional(Employee e, Position position, CheckContext context) {
        return transitional(e, e.getBirthDate().get(), position, position.getLevel().get(),
                position.getFunctionalCategory().orElse(null), context);
    }

    /** {@link #transitional(Employee, Position, CheckContext)} with the birth date, level and category read. */
    private static int transitional(Employee e, LocalDate birth, Position position, PositionLevel level,
            FunctionalCategory category, CheckContext context) {
        if (transitionalParameter(level) == null || category != null) {
            return NOT_TRANSITIONAL;
        }
        int newAge = context.parameters().intValue(parameterName(level, null), Bases.PP11_2017);
        if (birth.isAfter(Bases.PP11_2017.minusYears(newAge))) {
            return NOT_TRANSITIONAL;
        }
        Optional<LocalDate> since = position.getSince();
        if (since.isPresent() && !since.get().isAfter(Bases.PP11_2017)) {
            return TRANSITIONAL;
        }
        for (PositionRecord r : e.getPositionHistory()) {
            if (!r.getFrom().isAfter(Bases.PP11_2017)) {
                Optional<LocalDate> to = r.getTo();
                if (to.isEmpty() || !to.get().isBefore(Bases.PP11_2017)) {
                    return r.getLevel().orElse(null) == level ? TRANSITIONAL : NOT_TRANSITIONAL;
                }
            }
        }
        return TRANSITIONAL_UNKNOWN;
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

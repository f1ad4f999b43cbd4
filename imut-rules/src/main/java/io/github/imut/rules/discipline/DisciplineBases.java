package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Switch;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Dates and provisions shared by the discipline rules, exactly as the catalogue gives them. */
final class DisciplineBases {
    /** PP 94/2021 was signed and promulgated, and PP 53/2010 repealed, on this day (catalogue DISIPLIN-SCOPE). */
    static final LocalDate PP94_2021 = LocalDate.of(2021, 8, 31);
    /** UU 20/2023 was promulgated, and UU 5/2014 revoked, on this day (catalogue LAW-REGIME). */
    static final LocalDate UU20_2023 = LocalDate.of(2023, 10, 31);
    /** PP 11/2017 took effect on this day (catalogue LAW-REGIME). */
    static final LocalDate PP11_2017 = LocalDate.of(2017, 4, 7);

    static final InForce UNDER_PP53 = InForce.until(PP94_2021.minusDays(1));
    static final InForce UNDER_PP94 = InForce.from(PP94_2021);
    static final InForce UNDER_UU20 = InForce.from(UU20_2023);
    static final InForce UNDER_PP11 = InForce.from(PP11_2017);

    static final LegalBasis PP94 = LegalBasis.of("PP 94/2021").inForce(UNDER_PP94);
    static final LegalBasis PP94_8 = PP94.article("8");

    /**
     * Switch (declared by {@code PPPK-DISIPLIN} and by every rule that reads it): the agency's PPPK discipline rules
     * adopt the PNS catalogue of PP 94/2021, so the PNS sanction rules judge a PPPK's sanctions too. Default off: PPPK
     * discipline is set per agency (PP 49/2018 Pasal 52) and is not validated against the PNS table.
     */
    static final String PPPK_PNS_CATALOGUE_SWITCH = PppkDisciplineRule.PNS_CATALOGUE_SWITCH;
    static final Switch PPPK_PNS_CATALOGUE = Switch.of(PPPK_PNS_CATALOGUE_SWITCH, false,
            "Peraturan disiplin PPPK instansi mengikuti katalog hukuman PNS PP 94/2021, sehingga hukuman disiplin "
                    + "PPPK juga diperiksa dengan aturan hukuman PNS",
            "The agency's PPPK discipline rules follow the PNS sanction catalogue of PP 94/2021, so a PPPK's "
                    + "sanctions are checked by the PNS sanction rules too");

    private static final Optional<EmploymentStatus> PPPK = Optional.of(EmploymentStatus.PPPK);

    private DisciplineBases() {
    }

    /**
     * @return the sanctions the PNS sanction rules judge: the employee's, or none when the employee is a PPPK whose
     *     sanctions follow the agency's own rules (PP 49/2018 Pasal 52), unless {@link #PPPK_PNS_CATALOGUE_SWITCH} is
     *     on. Without sanctions the status is not read (hot path: every rule of the area asks).
     */
    static List<DisciplinarySanction> judgedSanctions(Proposal p, CheckContext context) {
        List<DisciplinarySanction> sanctions = p.getEmployee().getSanctions();
        if (sanctions.isEmpty()
                || p.getEmployee().getStatus().equals(PPPK) && !context.isOn(PPPK_PNS_CATALOGUE_SWITCH)) {
            return List.of();
        }
        return sanctions;
    }

    /**
     * @param violation a sanction's {@link #violationDate}, or null when unknown
     * @return whether the violation is known to predate PP 94/2021, which then does not judge it
     */
    static boolean beforePp94(LocalDate violation) {
        return violation != null && violation.isBefore(PP94_2021);
    }

    /**
     * @param e   an employee
     * @param day a day
     * @return the level of the position held on that day: the current position if taken up on or before it, else
     *     the position history's record covering it; null if neither tells (the current position's start unknown and
     *     no record covering the day)
     */
    static PositionLevel levelOn(Employee e, LocalDate day) {
        if (e.getCurrentPosition().isPresent()) {
            Position c = e.getCurrentPosition().get();
            if (c.getLevel().isPresent() && c.getSince().isPresent() && !c.getSince().get().isAfter(day)) {
                return c.getLevel().get();
            }
        }
        List<PositionRecord> history = e.getPositionHistory();
        for (int i = 0; i < history.size(); i++) {
            PositionRecord r = history.get(i);
            if (!r.getFrom().isAfter(day) && (r.getTo().isEmpty() || !r.getTo().get().isBefore(day))
                    && r.getLevel().isPresent()) {
                return r.getLevel().get();
            }
        }
        return null;
    }

    /** The actions through which a heavy disciplinary sanction ends the employment. */
    static final Action[] HEAVY_DISCIPLINE_ACTIONS = {Action.OTHER_GROUND, Action.DISHONOURABLE,
        Action.PPPK_TERMINATION};

    /** @return whether the proposal dismisses on the ground of a heavy disciplinary sanction */
    static boolean dismissesForHeavyDiscipline(Proposal p) {
        return p.getDismissal().isPresent() && p.getDismissal().get().getGround().isPresent()
                && p.getDismissal().get().getGround().get() == DismissalGround.HEAVY_DISCIPLINE;
    }

    /**
     * @param e an employee
     * @return the index of the dismissal sanction the proposal rests on: the latest-starting, not annulled sanction
     *     of type PDHTAPS or PTDH; else the latest heavy sanction of unknown type; else -1
     */
    static int heavyDismissalSanction(Employee e) {
        List<DisciplinarySanction> list = e.getSanctions();
        int typed = -1;
        int untyped = -1;
        for (int i = 0; i < list.size(); i++) {
            DisciplinarySanction s = list.get(i);
            if (s.getCancelledOn().isPresent()) {
                continue;
            }
            Optional<SanctionType> t = SanctionTypes.of(s);
            if (t.isPresent() && t.get().isPermanent()) {
                if (typed < 0 || later(s, list.get(typed))) {
                    typed = i;
                }
            } else if (t.isEmpty() && s.getLevel() == io.github.imut.model.SanctionLevel.BERAT) {
                if (untyped < 0 || later(s, list.get(untyped))) {
                    untyped = i;
                }
            }
        }
        return typed >= 0 ? typed : untyped;
    }

    private static boolean later(DisciplinarySanction a, DisciplinarySanction b) {
        LocalDate x = SanctionTypes.start(a);
        LocalDate y = SanctionTypes.start(b);
        return x != null && (y == null || x.isAfter(y));
    }

    /**
     * @param s a sanction
     * @return the day the violation was committed, or else decided (which is no earlier); null if neither is known
     */
    static LocalDate violationDate(DisciplinarySanction s) {
        if (s.getCommittedOn().isPresent()) {
            return s.getCommittedOn().get();
        }
        return s.getDecidedOn().orElse(s.getFrom().orElse(null));
    }
}

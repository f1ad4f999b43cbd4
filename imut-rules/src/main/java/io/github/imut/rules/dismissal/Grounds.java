package io.github.imut.rules.dismissal;

import io.github.imut.model.Action;
import io.github.imut.model.Dismissal;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.Proposal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dismissal master table for PNS (catalogue R8): for each ground, the actions that carry it and the kind it calls
 * for; and the ground and kind of a proposal. Stateless and thread-safe.
 *
 * <p>A ground whose kind depends on facts other rules judge has no kind here: a heavy disciplinary sanction
 * ({@code DISIPLIN-UU20-CONFLICT}), a candidate who did not resign ({@code BERHENTI-CALON}: PDH before PP 17/2020,
 * PTDH after), "tidak berkinerja" (no criteria yet) and the temporary dismissals (no kind).
 */
final class Grounds {
    private static final Map<DismissalGround, Set<Action>> ACTIONS = new EnumMap<>(DismissalGround.class);
    private static final Map<DismissalGround, DismissalKind> KINDS = new EnumMap<>(DismissalGround.class);

    static {
        DismissalKind dh = DismissalKind.HONOURABLE;
        DismissalKind dhtaps = DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST;
        DismissalKind tdh = DismissalKind.DISHONOURABLE;
        row(DismissalGround.OWN_REQUEST, dh, Action.OWN_REQUEST, Action.EARLY_RETIREMENT);
        row(DismissalGround.RETIREMENT_AGE, dh, Action.RETIREMENT_AGE);
        row(DismissalGround.DOWNSIZING, dh, Action.ORGANISATION_DOWNSIZING);
        row(DismissalGround.UNFIT, dh, Action.HEALTH);
        row(DismissalGround.DEATH, dh, Action.DEATH);
        row(DismissalGround.MISSING, dh, Action.DEATH);
        row(DismissalGround.SENTENCE_2Y, dh, Action.OTHER_GROUND);
        row(DismissalGround.SENTENCE_UNDER_2Y, dh, Action.OTHER_GROUND);
        row(DismissalGround.SENTENCE_UNDER_2Y_PREMEDITATED, dhtaps, Action.OTHER_GROUND);
        row(DismissalGround.BETRAYAL, tdh, Action.DISHONOURABLE);
        row(DismissalGround.CRIME_IN_OFFICE, tdh, Action.DISHONOURABLE);
        row(DismissalGround.SENTENCE_2Y_PREMEDITATED, tdh, Action.DISHONOURABLE);
        row(DismissalGround.PARTY_RESIGNED, dh, Action.OTHER_GROUND);
        row(DismissalGround.PARTY_MEMBER, tdh, Action.DISHONOURABLE);
        row(DismissalGround.CANDIDACY_RESIGNED, dh, Action.OTHER_GROUND);
        row(DismissalGround.CANDIDACY_NOT_RESIGNED, null, Action.OTHER_GROUND, Action.DISHONOURABLE);
        row(DismissalGround.HEAVY_DISCIPLINE, null, Action.OTHER_GROUND, Action.DISHONOURABLE);
        row(DismissalGround.EX_STATE_OFFICIAL, dh, Action.OTHER_GROUND);
        row(DismissalGround.CLTN_NOT_REPORTED, dh, Action.OTHER_GROUND);
        row(DismissalGround.CLTN_NOT_PLACED, dh, Action.OTHER_GROUND);
        row(DismissalGround.FAKE_DIPLOMA, dhtaps, Action.OTHER_GROUND);
        row(DismissalGround.STUDY_LEAVE_NOT_REPORTED, dhtaps, Action.OTHER_GROUND);
        row(DismissalGround.NOT_PERFORMING, null, Action.OTHER_GROUND);
        row(DismissalGround.STATE_OFFICE, null, Action.TEMPORARY);
        row(DismissalGround.DETENTION, null, Action.TEMPORARY);
    }

    private Grounds() {
    }

    private static void row(DismissalGround ground, DismissalKind kind, Action... actions) {
        Set<Action> set = EnumSet.noneOf(Action.class);
        for (Action a : actions) {
            set.add(a);
        }
        ACTIONS.put(ground, set);
        if (kind != null) {
            KINDS.put(ground, kind);
        }
    }

    /**
     * @param p a dismissal proposal
     * @return its ground: the stated one, else the one its action implies (retirement age, resignation, early
     *     retirement, health, downsizing, death); null if neither
     */
    static DismissalGround of(Proposal p) {
        // each Optional getter is read once: every call allocates (hot path: many rules ask)
        Optional<Dismissal> dismissal = p.getDismissal();
        if (dismissal.isPresent()) {
            DismissalGround stated = dismissal.get().getGround().orElse(null);
            if (stated != null) {
                return stated;
            }
        }
        switch (p.getAction()) {
            case RETIREMENT_AGE:
                return DismissalGround.RETIREMENT_AGE;
            case OWN_REQUEST:
            case EARLY_RETIREMENT:
                return DismissalGround.OWN_REQUEST;
            case HEALTH:
                return DismissalGround.UNFIT;
            case ORGANISATION_DOWNSIZING:
                return DismissalGround.DOWNSIZING;
            case DEATH:
                return DismissalGround.DEATH;
            default:
                return null;
        }
    }

    /** @return whether the ground is a PNS ground (a row of R8) */
    static boolean isPnsGround(DismissalGround g) {
        return ACTIONS.containsKey(g);
    }

    /** @return the actions that carry the ground */
    static Set<Action> actions(DismissalGround g) {
        return ACTIONS.get(g);
    }

    /** @return the kind the ground calls for, or null where other rules decide it */
    static DismissalKind kind(DismissalGround g) {
        return KINDS.get(g);
    }

    /** @return the kind the proposal states, or null */
    static DismissalKind stated(Proposal p) {
        Optional<Dismissal> dismissal = p.getDismissal();
        return dismissal.isPresent() ? dismissal.get().getKind().orElse(null) : null;
    }

    /**
     * @param p a dismissal proposal
     * @return the kind that applies: the stated one, else TDH for a dishonourable dismissal, else the ground's, else
     *     PDHTAPS for a heavy disciplinary sanction and PDH otherwise
     */
    static DismissalKind effective(Proposal p) {
        DismissalKind stated = stated(p);
        if (stated != null) {
            return stated;
        }
        if (p.getAction() == Action.DISHONOURABLE) {
            return DismissalKind.DISHONOURABLE;
        }
        DismissalGround g = of(p);
        DismissalKind k = g == null ? null : KINDS.get(g);
        if (k != null) {
            return k;
        }
        return g == DismissalGround.HEAVY_DISCIPLINE || g == DismissalGround.PERFORMANCE_TARGET_NOT_MET
                ? DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST : DismissalKind.HONOURABLE;
    }

    /**
     * @param p a proposal
     * @param g a ground
     * @return whether the proposal's ground is {@code g}
     */
    static boolean is(Proposal p, DismissalGround g) {
        return of(p) == g;
    }
}

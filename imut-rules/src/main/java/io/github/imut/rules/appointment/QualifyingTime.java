package io.github.imut.rules.appointment;

import io.github.imut.model.Employee;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time an employee has spent in positions that count towards a requirement, from the position history and the
 * current position, as three overlap-free sums ({@link Experience}): what surely counts, what counts on an assumption
 * ({@link Tier#ASSUMED}), and what might count (an upper bound, including positions whose level, relatedness or end
 * date is not stated). A requirement is met when the first reaches N years, met with a warning when only the second
 * does, undecidable (the missing fields are named) when only the third does, and not met otherwise.
 *
 * <p>Not thread-safe: one per evaluation.
 */
final class QualifyingTime {

    /**
     * Which positions count: by level (surely, or on an assumption) and, where the requirement says "in a related
     * field", only those the agency states to be related. Immutable; rules keep one per requirement.
     */
    static final class Counts {
        private final Tier[] byLevel;
        private final Tier unknownLevel;
        private final boolean related;

        private Counts(Tier[] byLevel, Tier unknownLevel, boolean related) {
            this.byLevel = byLevel;
            this.unknownLevel = unknownLevel;
            this.related = related;
        }

        /**
         * @param related whether only positions related to the target count
         * @return every position counts, whatever its level
         */
        static Counts anyLevel(boolean related) {
            Tier[] all = new Tier[PositionLevel.values().length];
            java.util.Arrays.fill(all, Tier.COUNTS);
            return new Counts(all, Tier.COUNTS, related);
        }

        /**
         * @param sure    levels that count
         * @param assumed levels that count on an unconfirmed equivalence
         * @param related whether only positions related to the target count
         * @return positions count by level; an unstated level might count
         */
        static Counts levels(java.util.Set<PositionLevel> sure, java.util.Set<PositionLevel> assumed,
                boolean related) {
            Tier[] all = new Tier[PositionLevel.values().length];
            for (PositionLevel l : PositionLevel.values()) {
                all[l.ordinal()] = sure.contains(l) ? Tier.COUNTS : assumed.contains(l) ? Tier.ASSUMED : Tier.NO;
            }
            return new Counts(all, Tier.UNKNOWN, related);
        }

        Tier levelTier(Optional<PositionLevel> level) {
            return level.isPresent() ? byLevel[level.get().ordinal()] : unknownLevel;
        }

        Tier of(Optional<PositionLevel> level, Optional<Boolean> relatedToTarget) {
            Tier t = levelTier(level);
            return related ? t.and(Tier.ofRelated(relatedToTarget)) : t;
        }

        boolean needsRelated() {
            return related;
        }
    }

    /** Whether a requirement of N years is met. */
    enum Status {
        /** Met by what surely counts. */
        MET,
        /** Met only by counting positions on an assumption. */
        ASSUMED,
        /** Could be met if the missing data were given. */
        UNKNOWN,
        /** Not met even by the upper bound. */
        UNMET
    }

    final Experience sure;
    final Experience assumed;
    final Experience possible;
    /** The missing fields; null until one is (the lawful path allocates neither list nor text). */
    private List<String> missing;
    /** The levels counted on an assumption; null until one is. */
    private StringBuilder assumedLevels;

    private QualifyingTime(LocalDate until, int periods) {
        sure = Experience.until(until, periods);
        assumed = Experience.until(until, periods);
        possible = Experience.until(until, periods);
    }

    /** @return the JSON paths of the fields that would decide the sum */
    List<String> missing() {
        return missing == null ? List.of() : missing;
    }

    /** @return the levels counted only on an assumption, comma-separated */
    String assumedLevels() {
        return assumedLevels == null ? "" : assumedLevels.toString();
    }

    private void missing(String path) {
        if (missing == null) {
            missing = new ArrayList<>(2);
        }
        missing.add(path);
    }

    /**
     * @param e      the employee
     * @param until  the effective date
     * @param counts which positions count
     * @return the sums
     */
    static QualifyingTime of(Employee e, LocalDate until, Counts counts) {
        List<PositionRecord> history = e.getPositionHistory();
        QualifyingTime q = new QualifyingTime(until, history.size() + 1);
        // each Optional getter is read once, relatedToTarget only where it counts: every call allocates (hot path)
        boolean needsRelated = counts.needsRelated();
        for (int i = 0; i < history.size(); i++) {
            PositionRecord r = history.get(i);
            if (!r.getFrom().isBefore(until)) {
                continue;
            }
            Optional<PositionLevel> level = r.getLevel();
            Optional<Boolean> related = needsRelated ? r.getRelatedToTarget() : Optional.empty();
            Tier t = counts.of(level, related);
            if (t == Tier.NO) {
                continue;
            }
            Optional<LocalDate> to = r.getTo();
            if (to.isEmpty()) {
                q.possible.add(r.getFrom(), until);
                q.missing(historyPath(i) + ".to");
                if (t == Tier.UNKNOWN) {
                    q.unknownFields(counts, historyPath(i), level, related);
                }
                continue;
            }
            q.add(counts, t, r.getFrom(), to.get(), false, level, i, related);
        }
        Optional<Position> current = e.getCurrentPosition();
        if (current.isEmpty()) {
            q.possible.addUnbounded();
            q.missing("employee.currentPosition");
        } else {
            Position p = current.get();
            Optional<PositionLevel> level = p.getLevel();
            Optional<Boolean> related = needsRelated ? p.getRelatedToTarget() : Optional.empty();
            Tier t = counts.of(level, related);
            if (t != Tier.NO) {
                Optional<LocalDate> since = p.getSince();
                if (since.isEmpty()) {
                    q.possible.addUnbounded();
                    q.missing("employee.currentPosition.since");
                } else {
                    q.add(counts, t, since.get(), null, true, level, CURRENT, related);
                }
            }
        }
        return q;
    }

    private static final int CURRENT = -1;

    private static String historyPath(int index) {
        return index == CURRENT ? "employee.currentPosition" : "employee.positionHistory[" + index + "]";
    }

    private void add(Counts counts, Tier t, LocalDate from, LocalDate to, boolean ongoing, Optional<PositionLevel> level,
            int index, Optional<Boolean> related) {
        if (ongoing) {
            possible.addOngoing(from);
        } else {
            possible.add(from, to);
        }
        if (t == Tier.UNKNOWN) {
            unknownFields(counts, historyPath(index), level, related);
            return;
        }
        if (ongoing) {
            assumed.addOngoing(from);
        } else {
            assumed.add(from, to);
        }
        if (t == Tier.ASSUMED) {
            if (level.isPresent()) {
                String name = level.get().name();
                if (assumedLevels == null) {
                    assumedLevels = new StringBuilder(name);
                } else if (assumedLevels.indexOf(name) < 0) {
                    assumedLevels.append(", ").append(name);
                }
            }
            return;
        }
        if (ongoing) {
            sure.addOngoing(from);
        } else {
            sure.add(from, to);
        }
    }

    private void unknownFields(Counts counts, String path, Optional<PositionLevel> level,
            Optional<Boolean> related) {
        if (counts.levelTier(level) == Tier.UNKNOWN) {
            missing(path + ".level");
        }
        if (counts.needsRelated() && related.isEmpty()) {
            missing(path + ".relatedToTarget");
        }
    }

    /**
     * @param years N
     * @return whether N years are met, met on an assumption, undecidable or not met
     */
    Status status(int years) {
        if (sure.hasYears(years)) {
            return Status.MET;
        }
        if (assumed.hasYears(years)) {
            return Status.ASSUMED;
        }
        if (possible.hasYears(years)) {
            return Status.UNKNOWN;
        }
        return Status.UNMET;
    }
}

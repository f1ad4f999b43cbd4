package io.github.imut.rules.election;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.law.InForce;
import io.github.imut.law.RegionalElection;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.Proposal;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The political-cycle windows of one region and which of a proposal's dates fall in them. Kemendagri and Bawaslu
 * treat a replacement of officials as happening on the inauguration (the effective date, TMT) or on the decision
 * (SK); the catalogue's date guidance 4.4 says to test both, so every window rule tests the effective date and, when
 * given, {@link Proposal#getDecisionDate()}, and finds against the proposal if either falls inside.
 */
final class Windows {
    /** Which date of the proposal fell in the window. */
    enum DateKind {
        /** The effective date (terhitung mulai tanggal): the inauguration. */
        TMT,
        /** The decision date (tanggal SK). */
        SK
    }

    /** A window that contains one of the proposal's dates. */
    static final class Hit {
        final RegionalElection election;
        final LocalDate start;
        /** The last day, inclusive; null while the window is open (inauguration not yet known). */
        final LocalDate end;
        final DateKind dateKind;
        final LocalDate date;

        Hit(RegionalElection election, LocalDate start, LocalDate end, DateKind dateKind, LocalDate date) {
            this.election = election;
            this.start = start;
            this.end = end;
            this.dateKind = dateKind;
            this.date = date;
        }
    }

    private static final Optional<AssignmentType> PLT = Optional.of(AssignmentType.PLT);

    private Windows() {
    }

    /**
     * @return null when the rule can go on (the region is regional and known and the calendar covers every tested
     *     date); otherwise the evaluation to return: not applicable for a central agency, INCOMPLETE naming the field
     *     or the calendar (message key {@code calendar})
     */
    static Evaluation regionAndCoverage(Proposal proposal, CheckContext context, DecidingRegion region) {
        switch (region.kind) {
            case CENTRAL:
                return Evaluation.notApplicable();
            case AGENCY_UNKNOWN:
                return Evaluation.incomplete(region.agencyPath);
            case REGION_UNKNOWN:
                return Evaluation.incomplete(region.agencyPath + ".regionCode");
            default:
                break;
        }
        return coverage(proposal, context, region.regionCode);
    }

    /**
     * @return null when the calendar covers the effective date and the decision date; otherwise an INCOMPLETE
     *     evaluation (message key {@code calendar}) naming the political calendar
     */
    static Evaluation coverage(Proposal proposal, CheckContext context, String regionCode) {
        InForce coverage = context.calendar().coverage();
        LocalDate uncovered = !coverage.contains(proposal.getEffectiveDate()) ? proposal.getEffectiveDate() : null;
        Optional<LocalDate> sk = proposal.getDecisionDate();
        if (uncovered == null && sk.isPresent() && !coverage.contains(sk.get())) {
            uncovered = sk.get();
        }
        if (uncovered == null) {
            return null;
        }
        return Evaluation.of(Outcome.INCOMPLETE, "calendar").fact("testedDate", uncovered)
                .fact("regionCode", regionCode).fact("coverage", coverage.toString())
                .missing("politicalCalendar").build();
    }

    /**
     * The pre-election freeze (UU 10/2016 Pasal 71 ayat (2)): from {@code months} before the candidate-pair
     * determination (same day of month), inclusive, to the elected head's inauguration, inclusive; open while the
     * inauguration is unknown.
     *
     * @return the window holding the effective date or else the decision date, or null
     */
    static Hit preElection(Proposal proposal, CheckContext context, String regionCode, int months) {
        List<RegionalElection> elections = context.calendar().electionsIn(regionCode);
        for (int i = 0, n = elections.size(); i < n; i++) {
            RegionalElection e = elections.get(i);
            LocalDate start = e.candidateDetermination().minusMonths(months);
            LocalDate end = e.inauguration().orElse(null);
            Hit hit = hit(proposal, e, start, end);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /**
     * The first months after the elected head's inauguration (UU 10/2016 Pasal 162 ayat (3)): from the inauguration,
     * inclusive, to the day {@code months} later (same day of month, clamped to the month's end), which is inside
     * when {@code anniversaryInside}, else the window ends the day before.
     *
     * @return the window holding the effective date or else the decision date, or null
     */
    static Hit postInauguration(Proposal proposal, CheckContext context, String regionCode, int months,
            boolean anniversaryInside) {
        List<RegionalElection> elections = context.calendar().electionsIn(regionCode);
        for (int i = 0, n = elections.size(); i < n; i++) {
            RegionalElection e = elections.get(i);
            Optional<LocalDate> inauguration = e.inauguration();
            if (inauguration.isEmpty()) {
                continue;
            }
            LocalDate start = inauguration.get();
            LocalDate anniversary = start.plusMonths(months);
            Hit hit = hit(proposal, e, start, anniversaryInside ? anniversary : anniversary.minusDays(1));
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static Hit hit(Proposal proposal, RegionalElection e, LocalDate start, LocalDate end) {
        LocalDate tmt = proposal.getEffectiveDate();
        if (inside(tmt, start, end)) {
            return new Hit(e, start, end, DateKind.TMT, tmt);
        }
        Optional<LocalDate> sk = proposal.getDecisionDate();
        if (sk.isPresent() && inside(sk.get(), start, end)) {
            return new Hit(e, start, end, DateKind.SK, sk.get());
        }
        return null;
    }

    private static boolean inside(LocalDate date, LocalDate start, LocalDate end) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * @return the first approval from {@code from} dated on or before the earliest of the proposal's tested dates
     *     (the approval must precede both the decision and the inauguration), or null
     */
    static Approval approval(Proposal proposal, Approver from) {
        LocalDate latest = proposal.getEffectiveDate();
        Optional<LocalDate> sk = proposal.getDecisionDate();
        if (sk.isPresent() && sk.get().isBefore(latest)) {
            latest = sk.get();
        }
        List<Approval> approvals = proposal.getApprovals();
        for (int i = 0, n = approvals.size(); i < n; i++) {
            Approval a = approvals.get(i);
            if (a.getFrom() == from && !a.getDate().isAfter(latest)) {
                return a;
            }
        }
        return null;
    }

    /**
     * @param target the proposal's target, as read once by the rule (the getter allocates: hot path)
     * @return whether the proposal assigns a Plt (pelaksana tugas) rather than appointing definitively
     */
    static boolean isActingAssignment(Optional<Target> target) {
        // equals on a shared constant: one getter call, which allocates (hot path)
        return target.isPresent() && target.get().getAssignment().equals(PLT);
    }

    /**
     * Adds the facts of a hit: the tested date and which it was, the region, the election and the window.
     *
     * @param startName the name of the window-start fact (e.g. {@code freezeStart})
     * @param endName   the name of the window-end fact; {@code ?} while open
     */
    static Evaluation.Builder describe(Evaluation.Builder b, Proposal proposal, String regionCode, Hit hit,
            String startName, String endName) {
        b.fact("effectiveDate", proposal.getEffectiveDate()).fact("testedDate", hit.date)
                .fact("testedDateKind", hit.dateKind).fact("regionCode", regionCode)
                .fact("election", hit.election.cycleId())
                .fact("candidateDetermination", hit.election.candidateDetermination())
                .fact(startName, hit.start).fact(endName, hit.end == null ? "?" : hit.end);
        if (proposal.getDecisionDate().isPresent()) {
            b.fact("decisionDate", proposal.getDecisionDate().get());
        }
        hit.election.inauguration().ifPresent(d -> b.fact("inauguration", d));
        return b;
    }
}

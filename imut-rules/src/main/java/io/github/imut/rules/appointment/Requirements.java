package io.github.imut.rules.appointment;

import io.github.imut.law.LegalDates;
import io.github.imut.law.LegalDates.LeapDay;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The requirements several appointment rules share, each written once: status, minimum education, maximum age at the
 * inauguration, years in qualifying positions, performance in the last years, and an examination result (health,
 * latsar, competency test). Each adds its facts and verdict to a {@link Checklist}. Stateless and thread-safe.
 */
final class Requirements {
    private Requirements() {
    }

    /**
     * @param p a proposal
     * @return whether its target is held only as acting official (Plt or Plh): not an appointment into the position,
     *     so the position's requirements do not apply
     */
    static boolean isActing(Proposal p) {
        // each Optional getter is read once: every call allocates (hot path)
        Optional<Target> t = p.getTarget();
        if (t.isEmpty()) {
            return false;
        }
        Optional<AssignmentType> assignment = t.get().getAssignment();
        if (assignment.isEmpty()) {
            return false;
        }
        AssignmentType a = assignment.get();
        return a == AssignmentType.PLT || a == AssignmentType.PLH;
    }

    /**
     * @param p a proposal
     * @return the target position's level, if stated
     */
    static Optional<PositionLevel> targetLevel(Proposal p) {
        Optional<Target> t = p.getTarget();
        return t.isPresent() ? t.get().getPosition().getLevel() : Optional.empty();
    }

    /** PNS status: a CPNS, PPPK or non-ASN does not meet it; unknown is missing. */
    static void pns(Employee e, Checklist c) {
        Optional<EmploymentStatus> status = e.getStatus();
        if (status.isEmpty()) {
            c.missing("employee.status");
            return;
        }
        c.fact("status", status.get());
        if (status.get() != EmploymentStatus.PNS) {
            c.unmet("status", "status");
        }
    }

    /** The highest education at least {@code minimum} (S1 and D-IV rank equal). */
    static void education(Employee e, EducationLevel minimum, Checklist c) {
        c.fact("requiredEducation", minimum == EducationLevel.S1 ? "S1/D-IV" : minimum.name());
        Optional<Education> education = e.getEducation();
        if (education.isEmpty()) {
            c.missing("employee.education.level");
            return;
        }
        EducationLevel level = education.get().getLevel();
        c.fact("education", level);
        if (!level.isAtLeast(minimum)) {
            c.unmet("education", "education");
        }
    }

    /**
     * The last day on which an employee is within a maximum age: by default age in whole years completed at most
     * {@code maxAge} (until the day before the {@code maxAge + 1}th birthday; catalogue date guidance 5); with
     * {@code strict}, "age at most {@code maxAge} on the date" (the {@code maxAge}th birthday is the last day). A 29
     * February birthday falls on 28 February in a common year ({@link LeapDay#FEB_28}: the earlier day, the safer
     * reading for a cap; it agrees with {@link LegalDates#completedYears}).
     *
     * @param birth  the birth date
     * @param maxAge the limit
     * @param strict the switch
     * @return the last eligible day
     */
    static LocalDate lastDayWithinAge(LocalDate birth, int maxAge, boolean strict) {
        return strict ? LegalDates.plusYears(birth, maxAge, LeapDay.FEB_28)
                : LegalDates.plusYears(birth, maxAge + 1, LeapDay.FEB_28).minusDays(1);
    }

    /** Maximum age at the effective date (the inauguration); see {@link #lastDayWithinAge}. */
    static void maxAge(Employee e, LocalDate effective, int maxAge, boolean strict, Checklist c) {
        c.fact("maxAge", maxAge);
        Optional<LocalDate> birthDate = e.getBirthDate();
        if (birthDate.isEmpty()) {
            c.missing("employee.birthDate");
            return;
        }
        LocalDate birth = birthDate.get();
        LocalDate last = lastDayWithinAge(birth, maxAge, strict);
        c.fact("birthDate", birth).fact("age", LegalDates.completedYears(birth, effective))
                .fact("lastEligibleDay", last);
        c.lastEligibleDay(last);
        if (effective.isAfter(last)) {
            c.unmet("age", "age");
        }
    }

    /**
     * The fact names and message keys of one "paling singkat N tahun" requirement, built once per rule: for the
     * code {@code experience} the facts {@code experienceYears}, {@code experienceMonths},
     * {@code requiredExperienceYears} and {@code experienceCompleteOn}, and the keys {@code experience} (time cures
     * it), {@code experienceClosed} (it does not) and {@code experienceAssumed} (met only on an assumption).
     */
    static final class Span {
        final String code;
        final String years;
        final String months;
        final String required;
        final String completeOn;
        final String closed;
        final String assumed;

        Span(String code) {
            String cap = Character.toUpperCase(code.charAt(0)) + code.substring(1);
            this.code = code;
            this.years = code + "Years";
            this.months = code + "Months";
            this.required = "required" + cap + "Years";
            this.completeOn = code + "CompleteOn";
            this.closed = code + "Closed";
            this.assumed = code + "Assumed";
        }
    }

    /** The cumulative related experience requirement. */
    static final Span EXPERIENCE = new Span("experience");
    /** The time in a qualifying prior position. */
    static final Span PRIOR = new Span("priorPosition");

    /**
     * Years in qualifying positions ("paling singkat N tahun"), with the facts and keys of {@code span}; met only on
     * an assumption warns and names the levels assumed ({@code assumedLevels}).
     *
     * @param q     the sums
     * @param years N
     * @param span  the requirement's names
     * @param c     the checklist
     */
    static void years(QualifyingTime q, int years, Span span, Checklist c) {
        c.fact(span.required, years);
        Period have = q.sure.period();
        c.fact(span.years, have.getYears()).fact(span.months, have.getMonths());
        switch (q.status(years)) {
            case MET:
                return;
            case ASSUMED:
                c.fact("assumedLevels", q.assumedLevels());
                c.warn(span.code, span.assumed);
                return;
            case UNKNOWN:
                c.missing(q.missing());
                return;
            default:
                Optional<LocalDate> on = q.sure.completesOn(years);
                if (on.isPresent()) {
                    c.fact(span.completeOn, on.get());
                    c.unmet(span.code, span.code, on.get());
                } else {
                    c.unmet(span.code, span.closed);
                }
        }
    }

    /**
     * Performance rated at least BAIK in each of the last {@code years} completed appraisal years before the
     * effective date (catalogue R5: each of the last two annual appraisals); an annual rating (no quarter) is
     * needed for each year, and the worst counts where a year has several.
     */
    static void performance(Employee e, LocalDate effective, int years, Checklist c) {
        int last = effective.getYear() - 1;
        int first = last - years + 1;
        StringBuilder low = null;
        c.fact("performanceYears", first == last ? Integer.toString(last) : first + "-" + last);
        c.fact("minimumRating", PerformanceRating.BAIK);
        List<PerformanceRecord> records = e.getPerformance();
        for (int y = first; y <= last; y++) {
            PerformanceRating worst = null;
            for (int i = 0; i < records.size(); i++) {
                PerformanceRecord r = records.get(i);
                if (r.getYear() == y && r.getQuarter().isEmpty()
                        && (worst == null || !r.getRating().isAtLeast(worst))) {
                    worst = r.getRating();
                }
            }
            if (worst == null) {
                c.missing("employee.performance[year=" + y + "]");
            } else if (!worst.isAtLeast(PerformanceRating.BAIK)) {
                if (low == null) {
                    low = new StringBuilder();
                } else {
                    low.append(", ");
                }
                low.append(y).append(' ').append(worst.name());
            }
        }
        if (low != null) {
            c.fact("lowRatings", low.toString());
            c.unmet("performance", "performance");
        }
    }

    /**
     * The latest result of one kind of assessment: the latest dated one (an undated result counts as older than any
     * dated one); on the same day a failed result wins, the safer reading.
     *
     * @return the result, if any
     */
    static Optional<AssessmentResult> latest(Employee e, AssessmentKind kind) {
        AssessmentResult best = null;
        List<AssessmentResult> all = e.getAssessments();
        for (int i = 0; i < all.size(); i++) {
            AssessmentResult r = all.get(i);
            if (r.getKind() != kind) {
                continue;
            }
            if (best == null || later(r, best)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean later(AssessmentResult r, AssessmentResult than) {
        Optional<LocalDate> date = r.getDate();
        Optional<LocalDate> thanDate = than.getDate();
        if (date.isEmpty()) {
            return thanDate.isEmpty() && !r.isPassed();
        }
        if (thanDate.isEmpty() || date.get().isAfter(thanDate.get())) {
            return true;
        }
        return date.get().equals(thanDate.get()) && !r.isPassed();
    }

    /**
     * An examination the law requires: met by a passed result of one of its kinds, or, without any result, by its
     * attached document (a certificate states a pass); a failed latest result is unmet (key {@code code} +
     * {@code "Failed"}); neither result nor document is missing ({@code documents[KIND]}).
     */
    static void assessment(Proposal p, Examination exam, Checklist c) {
        AssessmentResult found = null;
        for (int i = 0, n = exam.kinds(); i < n; i++) {
            Optional<AssessmentResult> r = latest(p.getEmployee(), exam.kind(i));
            if (r.isPresent() && (found == null || r.get().isPassed() && !found.isPassed())) {
                found = r.get();
            }
        }
        if (found != null) {
            c.fact(exam.kindFact, found.getKind());
            Optional<LocalDate> date = found.getDate();
            if (date.isPresent()) {
                c.fact(exam.dateFact, date.get());
            }
            Optional<String> reference = found.getReference();
            if (reference.isPresent()) {
                c.fact(exam.referenceFact, reference.get());
            }
            if (!found.isPassed()) {
                c.unmet(exam.code, exam.failedKey);
            }
            return;
        }
        if (!p.hasDocument(exam.document)) {
            c.missing("documents[" + exam.document.name() + "]");
        }
    }

    private static final Examination HEALTH = Examination.of("health", DocumentKind.SURAT_SEHAT,
            AssessmentKind.HEALTH);

    /** Sehat jasmani dan rohani: a passed health examination or a health certificate (surat keterangan sehat). */
    static void health(Proposal p, Checklist c) {
        assessment(p, HEALTH, c);
    }
}

package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Employee;
import io.github.imut.model.Proceeding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one answer every rule asks about discipline: on a given day, is the employee serving a disciplinary sanction
 * (menjalani hukuman disiplin), under disciplinary examination (dalam pemeriksaan), in a judicial process (dalam
 * proses peradilan) or pursuing an administrative appeal (upaya administratif)? Promotion, transfer, resignation and
 * appointment rules all use it, so that the effect of discipline is judged the same way for every kind of proposal.
 * Immutable; not API (public only because the dismissal rules share it).
 *
 * <ul>
 *   <li>A sanction is active on day D when it starts on or before D (its {@code from}, else its decision date), ends
 *       on or after D (its {@code to}; else its type's legal length, {@link SanctionTypes#end}), and was not annulled
 *       on or before D. A dismissal sanction never ends. A sanction whose period cannot be known is listed in
 *       {@link #unknown()} (fail safe: never treated as over).</li>
 *   <li>An open proceeding counts from its {@code since} (or always, if that is unknown): the employee's list holds
 *       only proceedings still open.</li>
 *   <li>A criminal case whose status is suspect, detained or defendant is a judicial process.</li>
 * </ul>
 */
public final class DisciplineStatus {
    private final DisciplinarySanction sanction;
    private final LocalDate sanctionEnd;
    private final boolean examination;
    private final boolean judicial;
    private final boolean appeal;
    private final List<String> unknown;
    private final Employee employee;
    private final CheckContext context;
    private final LocalDate day;

    /** Nothing active or open, every period known: {@link #clearFrom()} is empty, so no day is needed. */
    private static final DisciplineStatus CLEAR = new DisciplineStatus(null, null, false, false, false, List.of(), null,
            null, null);

    private DisciplineStatus(DisciplinarySanction sanction, LocalDate sanctionEnd, boolean examination,
            boolean judicial, boolean appeal, List<String> unknown, Employee employee, CheckContext context,
            LocalDate day) {
        this.day = day;
        this.employee = employee;
        this.context = context;
        this.sanction = sanction;
        this.sanctionEnd = sanctionEnd;
        this.examination = examination;
        this.judicial = judicial;
        this.appeal = appeal;
        this.unknown = unknown;
    }

    /**
     * @param employee the employee
     * @param day      the day asked about (usually the proposal's effective date)
     * @param context  the check context (sanction lengths are legal parameters)
     * @return the status on that day
     */
    public static DisciplineStatus of(Employee employee, LocalDate day, CheckContext context) {
        DisciplinarySanction active = null;
        LocalDate activeEnd = null;
        List<String> unknown = List.of();
        List<DisciplinarySanction> sanctions = employee.getSanctions();
        for (int i = 0; i < sanctions.size(); i++) {
            DisciplinarySanction s = sanctions.get(i);
            LocalDate cancelledOn = s.getCancelledOn().orElse(null);
            if (cancelledOn != null && !cancelledOn.isAfter(day)) {
                continue;
            }
            LocalDate start = SanctionTypes.start(s);
            if (start == null) {
                unknown = add(unknown, "employee.sanctions[" + i + "].from");
                continue;
            }
            if (start.isAfter(day)) {
                continue;
            }
            LocalDate end = SanctionTypes.end(s, context);
            if (end == null) {
                unknown = add(unknown, "employee.sanctions[" + i + "].to");
                continue;
            }
            if (!end.isBefore(day) && (activeEnd == null || end.isAfter(activeEnd))) {
                active = s;
                activeEnd = end;
            }
        }
        boolean examination = false;
        boolean judicial = false;
        boolean appeal = false;
        for (Proceeding p : employee.getOpenProceedings()) {
            LocalDate since = p.getSince().orElse(null);
            if (since != null && since.isAfter(day)) {
                continue;
            }
            switch (p.getKind()) {
                case DISCIPLINARY_EXAMINATION:
                    examination = true;
                    break;
                case JUDICIAL_PROCESS:
                    judicial = true;
                    break;
                default:
                    appeal = true;
                    break;
            }
        }
        Optional<CriminalCase> criminalCase = employee.getCriminalCase();
        CriminalStatus status = criminalCase.isPresent() ? criminalCase.get().getStatus().orElse(null) : null;
        if (status != null) {
            judicial |= status == CriminalStatus.SUSPECT || status == CriminalStatus.DETAINED
                    || status == CriminalStatus.DEFENDANT;
        }
        if (active == null && !examination && !judicial && !appeal && unknown.isEmpty()) {
            return CLEAR; // the lawful case: nothing to remember, nothing to allocate
        }
        return new DisciplineStatus(active, activeEnd, examination, judicial, appeal, unknown, employee, context, day);
    }

    private static List<String> add(List<String> list, String path) {
        List<String> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(path);
        return out;
    }

    /** @return whether a sanction is active on the day */
    public boolean underSanction() {
        return sanction != null;
    }

    /** @return the active sanction ending last, if any */
    public Optional<DisciplinarySanction> sanction() {
        return Optional.ofNullable(sanction);
    }

    /** @return the last day of the active sanction; empty if none is active or it never ends (a dismissal) */
    public Optional<LocalDate> sanctionEnds() {
        return sanctionEnd == null || sanctionEnd.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(sanctionEnd);
    }

    /** @return whether a disciplinary examination is open on the day */
    public boolean underExamination() {
        return examination;
    }

    /** @return whether a judicial (criminal) process is open on the day */
    public boolean inJudicialProcess() {
        return judicial;
    }

    /** @return whether an administrative appeal (keberatan or banding) is pending on the day */
    public boolean appealPending() {
        return appeal;
    }

    /** @return JSON paths of sanctions whose period cannot be determined; empty if every period is known */
    public List<String> unknown() {
        return unknown;
    }

    /** @return whether nothing is active or open and every sanction's period is known */
    public boolean isClear() {
        return sanction == null && !examination && !judicial && !appeal && unknown.isEmpty();
    }

    /**
     * @return when the only obstacle is a sanction with a known end: the first day after it on which no sanction is
     *     active (a sanction that follows another is waited out too), the earliest day the proposal would comply;
     *     else empty
     */
    public Optional<LocalDate> clearFrom() {
        if (sanction == null) {
            return Optional.empty(); // clear, or held up by something other than a sanction
        }
        DisciplineStatus s = this;
        LocalDate on = day; // the day s is of (a clear status is shared and carries none)
        for (int i = 0; i <= employee.getSanctions().size(); i++) {
            if (s.examination || s.judicial || s.appeal || !s.unknown.isEmpty()) {
                return Optional.empty();
            }
            if (s.sanction == null) {
                return i == 0 ? Optional.empty() : Optional.of(on);
            }
            if (s.sanctionEnd.equals(LocalDate.MAX)) {
                return Optional.empty();
            }
            on = s.sanctionEnd.plusDays(1);
            s = of(employee, on, context);
        }
        return Optional.empty();
    }
}

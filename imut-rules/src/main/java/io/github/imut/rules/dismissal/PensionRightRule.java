package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.Dismissal;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.HealthExamination;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code PENSIUN-HAK}: a pension is due to a PNS "diberhentikan dengan hormat" who "a. telah mencapai usia sekurang-
 * kurangnya 50 tahun dan memiliki masa kerja untuk pensiun sekurang-kurangnya 20 tahun; b. ... tidak dapat bekerja
 * lagi ... karena keadaan jasmani atau rohani yang disebabkan oleh dan karena ia menjalankan kewajiban jabatan; atau
 * c. ... memiliki masa kerja sekurang-kurangnya 4 tahun" and is unfit for other reasons (UU 11/1969 Pasal 9 ayat (1));
 * on abolition of the position, downsizing or after a state assignment, 50 years and 10 years' service, the pension
 * starting at 50 for one younger (ayat (2)-(4)). A dishonourable dismissal has no pension.
 *
 * <p>Judged at the effective date for every dismissal that states whether it grants a pension
 * ({@code dismissal.pensionClaimed}); a proposal that states nothing is not concerned, nor are death (survivors'
 * pension, not verified), temporary dismissal and PPPK (no UU 11/1969 pension). Ages are completed years; a person
 * born on 29 February completes the minimum age on 1 March in a common year (the later day: a pension claimed a day
 * early fails). Service is {@code employee.pensionServiceMonths} as BKN/Taspen recognise it.
 * <ul>
 *   <li>FAIL: a pension claimed after TDH, or without meeting the condition.</li>
 *   <li>WARNING: no pension although the condition is met; a pension at BUP with less than 20 years' service (open
 *       question 19: a later rule may grant it).</li>
 * </ul>
 * With the switch {@value EarlyPensionThresholdRule#SWITCH} on, early retirement takes the reported 45/20 threshold.
 */
public final class PensionRightRule implements Rule {
    static final String ID = "PENSIUN-HAK";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Hak pensiun PNS yang diberhentikan dengan hormat", "Pension right of an honourably dismissed PNS")
            .appliesTo(Action.RETIREMENT_AGE, Action.OWN_REQUEST, Action.EARLY_RETIREMENT, Action.HEALTH,
                    Action.ORGANISATION_DOWNSIZING, Action.DISHONOURABLE, Action.OTHER_GROUND)
            .basis(Bases.UU11_1969_9.paragraph("1"), Bases.UU11_1969_9.paragraph("2"),
                    Bases.UU11_1969_9.paragraph("3"), Bases.UU11_1969_9.paragraph("4"))
            .confidence(Confidence.V)
            .parameters("pension.age.min", "pension.service.years", "pension.service.years.organisational",
                    "pension.service.years.unfit", "pension.early.age.reported")
            .switches(EarlyPensionThresholdRule.ACCEPT_45_20)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        // each Optional getter is read once: every call allocates (hot path)
        Optional<Dismissal> dismissal = proposal.getDismissal();
        Optional<Boolean> pensionClaimed = dismissal.isPresent() ? dismissal.get().getPensionClaimed()
                : Optional.empty();
        if (pensionClaimed.isEmpty() || e.getStatus().orElse(null) == EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        boolean claimed = pensionClaimed.get();
        DismissalKind kind = Grounds.effective(proposal);
        LocalDate effective = proposal.getEffectiveDate();
        if (kind == DismissalKind.DISHONOURABLE) {
            return claimed ? Evaluation.fail("dishonourable").fact("kind", kind).build() : Evaluation.pass();
        }
        DismissalGround ground = Grounds.of(proposal);
        boolean unfit = ground == DismissalGround.UNFIT;
        Optional<Boolean> causedByDuty = Optional.empty();
        if (unfit) {
            Optional<HealthExamination> health = e.getHealthExamination();
            if (health.isPresent()) {
                causedByDuty = health.get().getCausedByDuty();
            }
        }
        boolean byDuty = unfit && causedByDuty.orElse(false);
        Optional<LocalDate> birthDate = e.getBirthDate();
        Optional<Integer> pensionServiceMonths = byDuty ? Optional.empty() : e.getPensionServiceMonths();
        Need need = new Need().field(birthDate.isPresent(), "employee.birthDate");
        if (unfit) {
            need.field(causedByDuty.isPresent(), "employee.healthExamination.causedByDuty");
        }
        if (!byDuty) {
            need.field(pensionServiceMonths.isPresent(), "employee.pensionServiceMonths");
        }
        if (need.any()) {
            return need.build();
        }
        if (byDuty) {
            return claimed ? Evaluation.pass() : omitted("byDuty", 0, 0, e, effective);
        }
        LocalDate birth = birthDate.get();
        int serviceMonths = pensionServiceMonths.get();
        int minAge = context.intParameter("pension.age.min");
        int minService;
        String condition;
        if (unfit) {
            minAge = 0;
            minService = context.intParameter("pension.service.years.unfit");
            condition = "unfit";
        } else if (ground == DismissalGround.DOWNSIZING || ground == DismissalGround.EX_STATE_OFFICIAL) {
            minService = context.intParameter("pension.service.years.organisational");
            condition = "organisational";
        } else {
            minService = context.intParameter("pension.service.years");
            condition = "general";
            if (proposal.getAction() == Action.EARLY_RETIREMENT && context.isOn(EarlyPensionThresholdRule.SWITCH)) {
                minAge = context.intParameter("pension.early.age.reported");
            }
        }
        boolean ageMet = minAge == 0 || LegalDates.yearsComplete(birth, minAge, effective, LegalDates.LeapDay.MAR_1);
        boolean serviceMet = serviceMonths >= minService * 12;
        LocalDate deferredStart = null;
        if (condition.equals("organisational") && serviceMet && !ageMet) {
            deferredStart = LegalDates.firstOfNextMonth(LegalDates.plusYears(birth, minAge, LegalDates.LeapDay.MAR_1));
        }
        boolean eligible = ageMet && serviceMet || deferredStart != null;
        if (claimed && !eligible) {
            Evaluation.Builder b = proposal.getAction() == Action.RETIREMENT_AGE && !serviceMet
                    ? Evaluation.warning("bupShortService") : Evaluation.fail("notEligible");
            return facts(b, condition, minAge, minService, e, effective).build();
        }
        if (!claimed && eligible) {
            return omitted(condition, minAge, minService, e, effective);
        }
        if (claimed && deferredStart != null) {
            return facts(Evaluation.warning("deferred"), condition, minAge, minService, e, effective)
                    .fact("pensionStart", deferredStart).build();
        }
        return Evaluation.pass();
    }

    private static Evaluation omitted(String condition, int minAge, int minService, Employee e, LocalDate effective) {
        return facts(Evaluation.warning("omitted"), condition, minAge, minService, e, effective).build();
    }

    private static Evaluation.Builder facts(Evaluation.Builder b, String condition, int minAge, int minService,
            Employee e, LocalDate effective) {
        b.fact("condition", condition).fact("effectiveDate", effective).fact("minAge", minAge)
                .fact("minServiceYears", minService);
        if (e.getBirthDate().isPresent()) {
            b.fact("age", LegalDates.completedYears(e.getBirthDate().get(), effective));
        }
        if (e.getPensionServiceMonths().isPresent()) {
            int m = e.getPensionServiceMonths().get();
            b.fact("serviceYears", m / 12).fact("serviceMonths", m % 12);
        }
        if (e.getHealthExamination().isPresent()) {
            HealthExamination h = e.getHealthExamination().get();
            h.getCausedByDuty().ifPresent(v -> b.fact("causedByDuty", v));
        }
        return b;
    }
}

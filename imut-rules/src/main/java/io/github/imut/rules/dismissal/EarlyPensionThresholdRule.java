package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code PENSIUN-DINI-45-20}: 2024 news reports say PP 11/2017 ("Pasal 305") grants a pension on resignation at 45
 * years of age with 20 years' service, while BKN and agency practice apply 50/20 (UU 11/1969 Pasal 9 ayat (1) huruf
 * a). The PP's text was not seen: the catalogue records a conflict (S).
 *
 * <p>For early retirement claiming a pension with at least 20 years' service at an age from
 * {@code pension.early.age.reported} up to (not including) {@code pension.age.min}: a WARNING asking for the legal
 * basis. {@code PENSIUN-HAK} applies 50/20 and fails such a claim unless the switch {@value #SWITCH} is on (default
 * off: the statute's threshold).
 */
public final class EarlyPensionThresholdRule implements Rule {
    static final String ID = "PENSIUN-DINI-45-20";
    /** Switch: accept the reported 45/20 threshold for early retirement. */
    public static final String SWITCH = ID + ".accept-45-20";
    static final Switch ACCEPT_45_20 = Switch.of(SWITCH, false,
            "Terima ambang pensiun dini 45 tahun dan masa kerja 20 tahun yang diberitakan (PP 11/2017, teks tidak "
                    + "dilihat) alih-alih 50/20 (UU 11/1969 Pasal 9)",
            "Accept the reported early-pension threshold of age 45 and 20 years' service (PP 11/2017, text not "
                    + "seen) instead of 50/20 (UU 11/1969 Pasal 9)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Ambang usia pensiun dini 45/20 yang diberitakan bertentangan dengan 50/20",
                    "Reported 45/20 early-pension threshold conflicts with 50/20")
            .appliesTo(Action.EARLY_RETIREMENT)
            .basis(Bases.PP11.note("Pasal 305 menurut pemberitaan 2024; teks tidak dilihat"),
                    Bases.UU11_1969_9.paragraph("1").letter("a"))
            .confidence(Confidence.S)
            .parameters("pension.age.min", "pension.service.years", "pension.early.age.reported")
            .switches(ACCEPT_45_20)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        if (proposal.getDismissal().isEmpty() || !proposal.getDismissal().get().getPensionClaimed().orElse(false)) {
            return Evaluation.notApplicable();
        }
        Need need = new Need().field(e.getBirthDate().isPresent(), "employee.birthDate")
                .field(e.getPensionServiceMonths().isPresent(), "employee.pensionServiceMonths");
        if (need.any()) {
            return need.build();
        }
        LocalDate birth = e.getBirthDate().get();
        LocalDate effective = proposal.getEffectiveDate();
        int reported = context.intParameter("pension.early.age.reported");
        int statute = context.intParameter("pension.age.min");
        int service = context.intParameter("pension.service.years");
        if (e.getPensionServiceMonths().get() >= service * 12
                && LegalDates.yearsComplete(birth, reported, effective, LegalDates.LeapDay.MAR_1)
                && !LegalDates.yearsComplete(birth, statute, effective, LegalDates.LeapDay.MAR_1)) {
            return Evaluation.warning("reportedThreshold").fact("age", LegalDates.completedYears(birth, effective))
                    .fact("reportedAge", reported).fact("statuteAge", statute).fact("serviceYears", service)
                    .fact("accepted", context.isOn(SWITCH)).build();
        }
        return Evaluation.pass();
    }
}

package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.ParameterException;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;

/**
 * {@code PENSIUN-MPP}: a PNS may take pre-retirement leave (masa persiapan pensiun, MPP) of up to one year before the
 * retirement date (TMT pensiun), on request. The catalogue knows this from an agency's page only; the provision was
 * not seen (S/U), so the rule only warns.
 *
 * <p>For an employee whose record holds an MPP ({@code employee.preRetirementLeave}), with TMT pensiun computed as
 * {@code BERHENTI-BUP} does: WARNING when the MPP starts more than {@code mpp.max.months} before TMT pensiun, or starts
 * or ends on or after TMT pensiun (an MPP without a last day runs until the retirement). Without the birth date or
 * the position's level, or with no retirement age in force on the effective date, the retirement date is unknown and
 * the rule is silent: a warning-only rule does not make a proposal incomplete, and the retirement-age rules report
 * those fields. The MPP request's own timing (reported as from 14 months, or at least one month, before TMT pensiun)
 * is not checked: the catalogue has no proposal for it.
 */
public final class PreRetirementLeaveRule implements Rule {
    static final String ID = "PENSIUN-MPP";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Masa persiapan pensiun paling lama 1 tahun sebelum TMT pensiun",
                    "Pre-retirement leave of at most 1 year before the retirement date")
            .appliesTo(ProposalKind.values())
            .basis(LegalBasis.of("Praktik instansi").note("Masa persiapan pensiun menurut laman kepegawaian "
                    + "Universitas Brawijaya; pasal tidak ditemukan dalam katalog"))
            .confidence(Confidence.U)
            .parameters("mpp.max.months", "bup.age.a", "bup.age.b", "bup.age.c", "bup.age.guru", "bup.age.dosen",
                    "bup.age.research.junior", "bup.age.research.madya", "bup.age.research.utama",
                    "bup.age.dosen.professor", "bup.transition.age.madya", "bup.transition.age.junior")
            .switches(RetirementAge.SAME_MONTH)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        if (e.getPreRetirementLeave().isEmpty() || e.getStatus().isPresent()
                && e.getStatus().get() == EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        Position position = e.getCurrentPosition().orElse(null);
        if (e.getBirthDate().isEmpty() || position == null || position.getLevel().isEmpty()) {
            return Evaluation.notApplicable();
        }
        RetirementAge.Bup bup;
        try {
            bup = RetirementAge.of(proposal, position, context);
        } catch (ParameterException noAgeInForce) {
            // no retirement age in force on the effective date (before PP 11/2017's table): BERHENTI-BUP reports it
            return Evaluation.notApplicable();
        }
        LocalDate tmtPensiun = RetirementAge.tmtPensiun(RetirementAge.bupDate(e.getBirthDate().get(), bup.age()),
                context);
        Period mpp = e.getPreRetirementLeave().get();
        int months = context.intParameter("mpp.max.months");
        LocalDate earliest = tmtPensiun.minusMonths(months);
        if (mpp.getFrom().isBefore(earliest)) {
            return Evaluation.warning("tooEarly").fact("mppFrom", mpp.getFrom()).fact("tmtPensiun", tmtPensiun)
                    .fact("months", months).fact("earliestFrom", earliest).fact("bupAge", bup.age()).build();
        }
        if (!mpp.getFrom().isBefore(tmtPensiun)) {
            return Evaluation.warning("startsAfterRetirement").fact("mppFrom", mpp.getFrom())
                    .fact("tmtPensiun", tmtPensiun).fact("bupAge", bup.age()).build();
        }
        if (mpp.getTo().isPresent() && !mpp.getTo().get().isBefore(tmtPensiun)) {
            return Evaluation.warning("pastRetirement").fact("mppFrom", mpp.getFrom()).fact("mppTo", mpp.getTo().get())
                    .fact("tmtPensiun", tmtPensiun).fact("bupAge", bup.age()).build();
        }
        return Evaluation.pass();
    }
}

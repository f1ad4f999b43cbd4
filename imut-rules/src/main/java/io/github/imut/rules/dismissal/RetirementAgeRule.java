package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code BERHENTI-BUP}: a PNS who reaches the retirement age of the position is dismissed with honour —
 * "PNS yang telah mencapai batas usia pensiun diberhentikan dengan hormat" (PP 11/2017 Pasal 239 ayat (1)).
 *
 * <ul>
 *   <li>Retirement proposal ({@code RETIREMENT_AGE}): fails if the employee has not reached the BUP on the effective
 *       date; the earliest compliant date is TMT pensiun.</li>
 *   <li>Appointment or transfer: an SK taking effect on or after TMT pensiun is void in substance, so it fails; the
 *       BUP of both the current and the target position counts (the lower TMT pensiun decides). Less than
 *       {@code bup.warning.months} before TMT pensiun gives a warning (catalogue: U, configurable).</li>
 * </ul>
 * Missing birth date or position level gives INCOMPLETE.
 */
public final class RetirementAgeRule implements Rule {
    static final String ID = "BERHENTI-BUP";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian karena mencapai batas usia pensiun (BUP)",
                    "Dismissal on reaching the retirement age (BUP)")
            .appliesTo(ProposalKind.APPOINTMENT, ProposalKind.TRANSFER)
            .appliesTo(Action.RETIREMENT_AGE)
            .basis(Bases.PP11_239_1,
                    LegalBasis.of("UU 20/2023").article("52").paragraph("3").letter("c").inForce(Bases.UNDER_UU20),
                    Bases.UU20_55,
                    LegalBasis.of("UU 5/2014").article("87").paragraph("1").letter("c").inForce(Bases.UNDER_UU5),
                    Bases.UU5_90)
            .confidence(Confidence.V)
            .parameters("bup.age.a", "bup.age.b", "bup.age.c", "bup.age.guru", "bup.age.dosen",
                    "bup.age.research.junior", "bup.age.research.madya", "bup.age.research.utama",
                    "bup.warning.months")
            .switches(RetirementAge.SAME_MONTH)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        Optional<LocalDate> birth = e.getBirthDate();
        Optional<Position> current = e.getCurrentPosition();
        boolean currentKnown = current.isPresent() && current.get().getLevel().isPresent();
        if (birth.isEmpty() || !currentKnown) {
            Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            if (birth.isEmpty()) {
                b.missing("employee.birthDate");
            }
            if (!currentKnown) {
                b.missing("employee.currentPosition.level");
            }
            return b.build();
        }
        LocalDate effective = proposal.getEffectiveDate();
        if (proposal.getAction() == Action.RETIREMENT_AGE) {
            return retirement(birth.get(), current.get(), effective, context);
        }
        Optional<Target> target = proposal.getTarget();
        if (target.isEmpty() || target.get().getPosition().getLevel().isEmpty()) {
            return Evaluation.incomplete(target.isEmpty() ? "target" : "target.position.level");
        }
        return appointment(birth.get(), current.get(), target.get().getPosition(), effective, context);
    }

    private static Evaluation retirement(LocalDate birth, Position position, LocalDate effective,
            CheckContext context) {
        ParameterValue bup = RetirementAge.bup(position, context);
        LocalDate bupDate = RetirementAge.bupDate(birth, bup.value());
        LocalDate tmtPensiun = RetirementAge.tmtPensiun(bupDate, context);
        if (effective.isBefore(bupDate)) {
            return Evaluation.fail("notReached")
                    .fact("effectiveDate", effective).fact("birthDate", birth).fact("bupAge", bup.value())
                    .fact("bupBasis", bup.reference()).fact("bupDate", bupDate).fact("tmtPensiun", tmtPensiun)
                    .earliestCompliantDate(tmtPensiun).build();
        }
        return Evaluation.pass();
    }

    private static Evaluation appointment(LocalDate birth, Position current, Position target, LocalDate effective,
            CheckContext context) {
        ParameterValue currentBup = RetirementAge.bup(current, context);
        ParameterValue targetBup = RetirementAge.bup(target, context);
        ParameterValue deciding = targetBup.value() < currentBup.value() ? targetBup : currentBup;
        LocalDate bupDate = RetirementAge.bupDate(birth, deciding.value());
        LocalDate tmtPensiun = RetirementAge.tmtPensiun(bupDate, context);
        if (!effective.isBefore(tmtPensiun)) {
            return Evaluation.fail("afterRetirement")
                    .fact("effectiveDate", effective).fact("birthDate", birth).fact("bupAge", deciding.value())
                    .fact("bupBasis", deciding.reference()).fact("bupDate", bupDate).fact("tmtPensiun", tmtPensiun)
                    .build();
        }
        int months = context.intParameter("bup.warning.months");
        if (tmtPensiun.isBefore(effective.plusMonths(months))) {
            return Evaluation.warning("nearRetirement")
                    .fact("effectiveDate", effective).fact("bupAge", deciding.value())
                    .fact("bupBasis", deciding.reference()).fact("tmtPensiun", tmtPensiun)
                    .fact("warningMonths", months).build();
        }
        return Evaluation.pass();
    }
}

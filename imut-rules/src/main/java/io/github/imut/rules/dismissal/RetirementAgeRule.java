package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
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
 *       {@code bup.warning.months} before TMT pensiun gives a warning (catalogue: U, configurable). An appointment
 *       that needs no target (CPNS to PNS) is judged on the current position.</li>
 * </ul>
 * The age is {@link RetirementAge#of}: the table, a professor's approved extension or the transitional age.
 * Reactivation ({@code AKTIF-KEMBALI-BUP}) and PPPK contracts ({@code PPPK-PK}) have their own BUP rules.
 * Missing birth date or position level gives INCOMPLETE.
 */
public final class RetirementAgeRule implements Rule {
    static final String ID = "BERHENTI-BUP";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian karena mencapai batas usia pensiun (BUP)",
                    "Dismissal on reaching the retirement age (BUP)")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.CPNS_TO_PNS, Action.INTO_POSITION, Action.PPPK_INTO_POSITION, Action.RETIREMENT_AGE)
            .basis(Bases.PP11_239_1,
                    LegalBasis.of("UU 20/2023").article("52").paragraph("3").letter("c").inForce(Bases.UNDER_UU20),
                    Bases.UU20_55,
                    LegalBasis.of("UU 5/2014").article("87").paragraph("1").letter("c").inForce(Bases.UNDER_UU5),
                    Bases.UU5_90)
            .confidence(Confidence.V)
            .parameters("bup.age.a", "bup.age.b", "bup.age.c", "bup.age.guru", "bup.age.dosen",
                    "bup.age.research.junior", "bup.age.research.madya", "bup.age.research.utama",
                    "bup.warning.months", "bup.age.dosen.professor", "bup.transition.age.madya",
                    "bup.transition.age.junior")
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
            return retirement(proposal, birth.get(), current.get(), effective, context);
        }
        Optional<Target> target = proposal.getTarget();
        boolean targetRequired = proposal.getKind() == ProposalKind.TRANSFER
                || proposal.getAction() == Action.INTO_POSITION || proposal.getAction() == Action.PPPK_INTO_POSITION;
        if (target.isEmpty() && !targetRequired) {
            return appointment(proposal, birth.get(), current.get(), current.get(), effective, context);
        }
        if (target.isEmpty() || target.get().getPosition().getLevel().isEmpty()) {
            return Evaluation.incomplete(target.isEmpty() ? "target" : "target.position.level");
        }
        return appointment(proposal, birth.get(), current.get(), target.get().getPosition(), effective, context);
    }

    private static Evaluation retirement(Proposal proposal, LocalDate birth, Position position, LocalDate effective,
            CheckContext context) {
        RetirementAge.Bup bup = RetirementAge.of(proposal, position, context);
        LocalDate bupDate = RetirementAge.bupDate(birth, bup.age());
        LocalDate tmtPensiun = RetirementAge.tmtPensiun(bupDate, context);
        if (effective.isBefore(bupDate)) {
            return Evaluation.fail("notReached")
                    .fact("effectiveDate", effective).fact("birthDate", birth).fact("bupAge", bup.age())
                    .fact("bupBasis", bup.basis()).fact("bupDate", bupDate).fact("tmtPensiun", tmtPensiun)
                    .earliestCompliantDate(tmtPensiun).build();
        }
        return Evaluation.pass();
    }

    private static Evaluation appointment(Proposal proposal, LocalDate birth, Position current, Position target,
            LocalDate effective, CheckContext context) {
        RetirementAge.Bup currentBup = RetirementAge.of(proposal, current, context);
        // without a target the current position is both: its age is worked out once
        RetirementAge.Bup targetBup = target == current ? currentBup : RetirementAge.of(proposal, target, context);
        RetirementAge.Bup deciding = targetBup.age() < currentBup.age() ? targetBup : currentBup;
        LocalDate bupDate = RetirementAge.bupDate(birth, deciding.age());
        LocalDate tmtPensiun = RetirementAge.tmtPensiun(bupDate, context);
        if (!effective.isBefore(tmtPensiun)) {
            return Evaluation.fail("afterRetirement")
                    .fact("effectiveDate", effective).fact("birthDate", birth).fact("bupAge", deciding.age())
                    .fact("bupBasis", deciding.basis()).fact("bupDate", bupDate).fact("tmtPensiun", tmtPensiun)
                    .build();
        }
        int months = context.intParameter("bup.warning.months");
        if (tmtPensiun.isBefore(effective.plusMonths(months))) {
            return Evaluation.warning("nearRetirement")
                    .fact("effectiveDate", effective).fact("bupAge", deciding.age())
                    .fact("bupBasis", deciding.basis()).fact("tmtPensiun", tmtPensiun)
                    .fact("warningMonths", months).build();
        }
        return Evaluation.pass();
    }
}

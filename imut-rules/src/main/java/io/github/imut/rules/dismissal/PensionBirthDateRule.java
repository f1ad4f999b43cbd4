package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.ParameterException;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code PENSIUN-USIA-FIXED}: for pension the age of a civil servant is fixed by the birth date recorded when first
 * appointed, and a later change of it does not count (UU 11/1969 Pasal 10). The recorded date is
 * {@code employee.birthDateAtAppointment} when given, else the birth date the NIP encodes (digits 1-8, set at the
 * CPNS appointment).
 *
 * <ul>
 *   <li>FAIL: the proposal's {@code employee.birthDate} differs from the recorded one so that the retirement date
 *       (TMT pensiun) moves: the retirement age (BUP) would be reached in another month. Every rule that computes a
 *       BUP, a retirement date or a pension age reads the birth date, so every kind of proposal is concerned. The
 *       month decides whatever the retirement age, so the position (and an age in force on the effective date) is
 *       needed only to state the two retirement dates;
 *       a correction of the record needs BKN's decision (catalogue, U), which imut does not see.</li>
 *   <li>WARNING: a stated birth date that differs from {@code birthDateAtAppointment} within the same month: the
 *       retirement date stands, but ages for pension are counted from the recorded day.</li>
 * </ul>
 * A birth date that differs from the NIP's within the month is {@code NIP-FORMAT}'s mismatch, not repeated here.
 * Without a stated birth date the rule is silent (the rules that need it report it missing); a PPPK (no pension under
 * UU 11/1969) or a person who is not a civil servant is not concerned, nor is a NIP whose status is unknown and whose
 * digits 13-14 are no month (an NI PPPK).
 */
public final class PensionBirthDateRule implements Rule {
    static final String ID = "PENSIUN-USIA-FIXED";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Usia untuk pensiun ditetapkan dari tanggal lahir pada pengangkatan pertama",
                    "The age for pension follows the birth date recorded at first appointment")
            .appliesTo(ProposalKind.values())
            .basis(Bases.UU11_1969_10)
            .confidence(Confidence.V)
            .parameters("bup.age.a", "bup.age.b", "bup.age.c", "bup.age.guru", "bup.age.dosen",
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
        Optional<EmploymentStatus> status = e.getStatus();
        // each Optional getter is read once: every call allocates (hot path)
        Optional<LocalDate> birthDate = e.getBirthDate();
        if (status.isPresent() && status.get() != EmploymentStatus.PNS && status.get() != EmploymentStatus.CPNS
                || status.isEmpty() && e.getNip().tmtCpnsMonth().isEmpty() || birthDate.isEmpty()) {
            return Evaluation.notApplicable();
        }
        Optional<LocalDate> atAppointment = e.getBirthDateAtAppointment();
        boolean fromRecord = atAppointment.isPresent();
        LocalDate recorded = fromRecord ? atAppointment.get() : e.getNip().birthDate();
        LocalDate stated = birthDate.get();
        if (stated.equals(recorded)) {
            return Evaluation.pass();
        }
        String source = fromRecord ? "employee.birthDateAtAppointment" : "employee.nip";
        // TMT pensiun is the 1st of the month after the BUP birthday: the month decides for any age (a 29 February
        // birthday falls on 28 February, the same month), so the position's age is not needed to decide
        boolean moves = !RetirementAge.tmtPensiun(recorded, context).equals(RetirementAge.tmtPensiun(stated, context));
        if (!moves) {
            return fromRecord ? Evaluation.warning("sameMonth").fact("recordedBirthDate", recorded)
                    .fact("birthDate", stated).fact("source", source).build() : Evaluation.pass();
        }
        Optional<Position> position = e.getCurrentPosition();
        RetirementAge.Bup bup = null;
        if (position.isPresent() && position.get().getLevel().isPresent()) {
            try {
                bup = RetirementAge.of(proposal, position.get(), context);
            } catch (ParameterException noAgeInForce) {
                // e.g. an effective date before PP 11/2017's table: the age is unknown, the month still decides
                bup = null;
            }
        }
        if (bup == null) {
            return Evaluation.fail("movesMonth").fact("recordedBirthDate", recorded).fact("birthDate", stated)
                    .fact("source", source).build();
        }
        return Evaluation.fail("moves").fact("recordedBirthDate", recorded).fact("birthDate", stated)
                .fact("source", source).fact("bupAge", bup.age()).fact("bupBasis", bup.basis())
                .fact("tmtPensiun", RetirementAge.tmtPensiun(RetirementAge.bupDate(recorded, bup.age()), context))
                .fact("statedTmtPensiun", RetirementAge.tmtPensiun(RetirementAge.bupDate(stated, bup.age()), context))
                .build();
    }
}

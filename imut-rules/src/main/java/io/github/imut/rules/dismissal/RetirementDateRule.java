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
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code PENSIUN-TMT}: the effective date of retirement at BUP is the first day of the month after the month the
 * BUP is reached — "TMT pensiun BUP adalah tanggal 1 bulan berikutnya setelah PNS mencapai BUP" (BKN practice under
 * UU 11/1969; the catalogue did not see the pasal, so the regulation is cited without one). A retirement proposal
 * with any other effective date fails, and the finding states the BUP date and gives the right TMT pensiun as its
 * earliest compliant date. Example (catalogue): born 1967-03-15, BUP 58, reaches it on 2025-03-15, TMT pensiun
 * 2025-04-01; born 1967-03-01 also 2025-04-01 unless the switch {@value RetirementAge#SAME_MONTH_SWITCH} is on. A
 * 29 February birth reaches the age on 28 February of a common year and retires on 1 March.
 */
public final class RetirementDateRule implements Rule {
    static final String ID = "PENSIUN-TMT";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("TMT pensiun BUP: tanggal 1 bulan berikutnya setelah mencapai BUP",
                    "Retirement date: the 1st of the month after the BUP is reached")
            .appliesTo(Action.RETIREMENT_AGE)
            .basis(LegalBasis.of("UU 11/1969")
                    .note("Praktik BKN berdasarkan UU 11/1969; pasal yang menetapkan TMT tanggal 1 bulan berikutnya "
                            + "belum ditemukan"))
            .confidence(Confidence.S)
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
        // each Optional getter is read once: every call allocates (hot path)
        Optional<Position> current = e.getCurrentPosition();
        boolean levelKnown = current.isPresent() && current.get().getLevel().isPresent();
        Optional<LocalDate> birthDate = e.getBirthDate();
        if (birthDate.isEmpty() || !levelKnown) {
            Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            if (birthDate.isEmpty()) {
                b.missing("employee.birthDate");
            }
            if (!levelKnown) {
                b.missing("employee.currentPosition.level");
            }
            return b.build();
        }
        RetirementAge.Bup bup = RetirementAge.of(proposal, current.get(), context);
        LocalDate bupDate = RetirementAge.bupDate(birthDate.get(), bup.age());
        LocalDate tmtPensiun = RetirementAge.tmtPensiun(bupDate, context);
        if (!proposal.getEffectiveDate().equals(tmtPensiun)) {
            return Evaluation.fail("wrongDate")
                    .fact("effectiveDate", proposal.getEffectiveDate()).fact("birthDate", e.getBirthDate().get())
                    .fact("bupAge", bup.age()).fact("bupBasis", bup.basis()).fact("bupDate", bupDate)
                    .fact("tmtPensiun", tmtPensiun).earliestCompliantDate(tmtPensiun).build();
        }
        return Evaluation.pass();
    }
}

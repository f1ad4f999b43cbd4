package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code AKTIF-KEMBALI-BUP}: a PNS can be reactivated only if they have not reached the retirement age; one who has
 * is dismissed at BUP with a pension instead (PP 11/2017 as amended, as reported; the pasal was not verified).
 *
 * <p>FAIL when the reactivation takes effect on or after TMT pensiun ({@link RetirementAge}); INCOMPLETE without the
 * birth date or the position's level.
 */
public final class ReactivationAgeRule implements Rule {
    static final String ID = "AKTIF-KEMBALI-BUP";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tidak ada pengaktifan kembali setelah mencapai batas usia pensiun",
                    "No reactivation once the retirement age is reached")
            .appliesTo(Action.REACTIVATION)
            .basis(Bases.PP11.note("Sebagaimana diubah PP 17/2020, menurut pemberitaan; pasal belum diverifikasi"))
            .inForce(Bases.UNDER_PP11)
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
        boolean levelKnown = e.getCurrentPosition().isPresent() && e.getCurrentPosition().get().getLevel().isPresent();
        Need need = new Need().field(e.getBirthDate().isPresent(), "employee.birthDate")
                .field(levelKnown, "employee.currentPosition.level");
        if (need.any()) {
            return need.build();
        }
        RetirementAge.Bup bup = RetirementAge.of(proposal, e.getCurrentPosition().get(), context);
        LocalDate bupDate = RetirementAge.bupDate(e.getBirthDate().get(), bup.age());
        LocalDate tmtPensiun = RetirementAge.tmtPensiun(bupDate, context);
        if (!proposal.getEffectiveDate().isBefore(tmtPensiun)) {
            return Evaluation.fail("pastBup").fact("effectiveDate", proposal.getEffectiveDate())
                    .fact("birthDate", e.getBirthDate().get()).fact("bupAge", bup.age()).fact("bupBasis", bup.basis())
                    .fact("bupDate", bupDate).fact("tmtPensiun", tmtPensiun).build();
        }
        return Evaluation.pass();
    }
}

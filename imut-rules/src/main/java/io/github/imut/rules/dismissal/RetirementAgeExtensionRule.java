package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.Optional;

/**
 * {@code BUP-EXTENSION}: no current rule extends the retirement age of a JPT or of any position but a professor's;
 * the extensions of the repealed PP 32/1979 as amended by PP 65/2008 (to 60, 62 or 65) are gone, and PP 11/2017
 * Pasal 239 ayat (2) sets flat ages (a finding of absence, U).
 *
 * <p>A claimed extended age ({@code employee.extendedRetirementAge}) above the table's, for any position other than a
 * dosen's (whose professor extension is {@code BUP-JF-UU}), gives a WARNING asking for the legal basis; the BUP rules
 * keep the table's age.
 */
public final class RetirementAgeExtensionRule implements Rule {
    static final String ID = "BUP-EXTENSION";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Perpanjangan BUP tanpa dasar hukum yang berlaku", "Retirement-age extension with no current basis")
            .appliesTo(ProposalKind.values())
            .basis(Bases.PP11_239_2.note("Tidak ditemukan ketentuan perpanjangan BUP yang berlaku (U)"))
            .confidence(Confidence.U)
            .parameters("bup.age.a", "bup.age.b", "bup.age.c", "bup.age.guru", "bup.age.research.junior",
                    "bup.age.research.madya", "bup.age.research.utama")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        // each Optional getter is read once: every call allocates (hot path)
        Optional<Integer> extended = proposal.getEmployee().getExtendedRetirementAge();
        if (extended.isEmpty()) {
            return Evaluation.notApplicable();
        }
        Optional<Position> p = proposal.getEmployee().getCurrentPosition();
        if (p.isEmpty() || p.get().getLevel().isEmpty()
                || p.get().getFunctionalCategory().orElse(null) == FunctionalCategory.DOSEN) {
            return Evaluation.notApplicable();
        }
        ParameterValue table = RetirementAge.bup(p.get(), context);
        int claimed = extended.get();
        if (claimed > table.value()) {
            return Evaluation.warning("noBasis").fact("claimedAge", claimed).fact("bupAge", table.value())
                    .fact("bupBasis", table.reference()).fact("positionLevel", p.get().getLevel().get()).build();
        }
        return Evaluation.pass();
    }
}

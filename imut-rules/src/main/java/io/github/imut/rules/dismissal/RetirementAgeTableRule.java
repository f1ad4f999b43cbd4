package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.Employee;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import java.util.Optional;
import io.github.imut.model.ProposalKind;

/**
 * {@code BUP-TABLE}: the retirement age by position — 58 for pejabat administrasi, JF ahli muda and pertama and JF
 * keterampilan; 60 for JPT and JF ahli madya; 65 for JF ahli utama (PP 11/2017 Pasal 239 ayat (2)); a statute's own
 * age for JFs it governs (Pasal 240: guru, dosen, peneliti, perekayasa).
 *
 * <p>The table itself serves {@code BERHENTI-BUP} and {@code PENSIUN-TMT}. As a rule of its own it keeps agency data
 * consistent with the national record: when the employee record carries a retirement age (SIASN
 * {@code bupPensiun}) that differs from the table's for the current position, it warns.
 */
public final class RetirementAgeTableRule implements Rule {
    static final String ID = "BUP-TABLE";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Batas usia pensiun menurut jabatan", "Retirement age by position")
            .appliesTo(ProposalKind.values())
            .basis(Bases.PP11_239_2, Bases.PP11_240, Bases.UU20_55, Bases.UU5_90,
                    LegalBasis.of("UU 14/2005").article("30").paragraph("4"),
                    LegalBasis.of("UU 14/2005").article("67").paragraph("4"),
                    LegalBasis.of("UU 11/2019").article("53").paragraph("1"))
            .confidence(Confidence.S)
            .parameters("bup.age.a", "bup.age.b", "bup.age.c", "bup.age.guru", "bup.age.dosen",
                    "bup.age.research.junior", "bup.age.research.madya", "bup.age.research.utama")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        // each Optional getter is read once: every call allocates (hot path)
        if (e.getRecordedRetirementAge().isEmpty()) {
            return Evaluation.notApplicable();
        }
        Optional<Position> current = e.getCurrentPosition();
        if (current.isEmpty() || current.get().getLevel().isEmpty()) {
            return Evaluation.notApplicable();
        }
        Position position = current.get();
        ParameterValue bup = RetirementAge.bup(position, context);
        int recorded = e.getRecordedRetirementAge().get();
        if (recorded != bup.value()) {
            return Evaluation.warning("mismatch")
                    .fact("recordedRetirementAge", recorded).fact("bupAge", bup.value())
                    .fact("bupBasis", bup.reference()).fact("positionLevel", position.getLevel().get())
                    .build();
        }
        return Evaluation.pass();
    }
}

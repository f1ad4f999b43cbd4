package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.util.Optional;

/**
 * {@code BUP-JF-UU}: for a functional position whose retirement age a statute sets, that statute governs (PP 11/2017
 * Pasal 240): guru 60 (UU 14/2005 Pasal 30 ayat (4)), dosen 65 (Pasal 67 ayat (4)), "profesor yang berprestasi dapat
 * diperpanjang batas usia pensiunnya sampai 70 (tujuh puluh) tahun" (Pasal 67 ayat (5), believed), peneliti and
 * perekayasa 58/65/70 by level (UU 11/2019 Pasal 53 ayat (1)). The ages themselves are in {@link RetirementAge}.
 *
 * <p>This rule judges a claimed extension ({@code employee.extendedRetirementAge}) of a dosen: above
 * {@code bup.age.dosen.professor} it fails, for a dosen below the professor (ahli utama) level it fails, and
 * otherwise it needs the minister's written approval (NEEDS_APPROVAL until an approval from {@code MENTERI} is
 * attached; with it the extended age applies in every BUP rule). Other claimed extensions are {@code BUP-EXTENSION}.
 */
public final class StatutoryRetirementAgeRule implements Rule {
    static final String ID = "BUP-JF-UU";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("BUP jabatan fungsional yang ditetapkan undang-undang dan perpanjangan BUP profesor",
                    "Retirement age set by statute for functional positions, and a professor's extension")
            .appliesTo(ProposalKind.values())
            .basis(Bases.PP11_240, LegalBasis.of("UU 14/2005").article("67").paragraph("5")
                    .note("Ayat diyakini, belum diverifikasi"), LegalBasis.of("UU 14/2005").article("67").paragraph("4"))
            .confidence(Confidence.S)
            .parameters("bup.age.dosen", "bup.age.dosen.professor")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Position> p = proposal.getEmployee().getCurrentPosition();
        if (proposal.getEmployee().getExtendedRetirementAge().isEmpty() || p.isEmpty()
                || p.get().getLevel().isEmpty() || p.get().getFunctionalCategory().isEmpty()
                || p.get().getFunctionalCategory().get() != FunctionalCategory.DOSEN) {
            return Evaluation.notApplicable();
        }
        int claimed = proposal.getEmployee().getExtendedRetirementAge().get();
        ParameterValue max = context.parameter("bup.age.dosen.professor");
        if (!RetirementAge.isProfessor(p.get())) {
            return Evaluation.fail("notProfessor").fact("claimedAge", claimed).fact("positionLevel",
                    p.get().getLevel().get()).build();
        }
        if (claimed > max.value()) {
            return Evaluation.fail("aboveMaximum").fact("claimedAge", claimed).fact("maxAge", max.value())
                    .fact("bupBasis", max.reference()).build();
        }
        Optional<Approval> approval = proposal.approvalFrom(Approver.MENTERI);
        if (approval.isEmpty()) {
            return Evaluation.needsApproval(Approver.MENTERI, "needsApproval").fact("claimedAge", claimed)
                    .fact("maxAge", max.value()).build();
        }
        return Evaluation.pass();
    }
}

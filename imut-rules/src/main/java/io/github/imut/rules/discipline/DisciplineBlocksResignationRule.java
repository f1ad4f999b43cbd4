package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;

/**
 * {@code DISIPLIN-BLOCK-APS}: "permintaan berhenti tidak dapat dikabulkan apabila PNS ... dalam pemeriksaan pejabat
 * yang berwenang karena diduga melakukan pelanggaran disiplin, sedang mengajukan upaya banding administratif ...
 * sedang menjalani hukuman disiplin" (PP 11/2017 Pasal 238 ayat (3) huruf c, d, e; Peraturan BKN 3/2020 Pasal 5
 * ayat (6) huruf c). Applies to resignation and to early retirement, which is resignation with pension.
 *
 * <p>Judged on the effective date through {@link DisciplineStatus}. Huruf d names an appeal against PDHTAPS; the
 * record does not say what an appeal is against, so any pending administrative appeal blocks (the safer reading).
 * The criminal-process and service-bond bars of the same ayat are {@code BERHENTI-APS-BLOCK}. PPPK resignation follows
 * its own procedure (PP 49/2018) and is not concerned.
 */
public final class DisciplineBlocksResignationRule implements Rule {
    static final String ID = "DISIPLIN-BLOCK-APS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Permintaan berhenti tidak dapat dikabulkan selama pemeriksaan, banding atau hukuman disiplin",
                    "No resignation while under disciplinary examination, appeal or sanction")
            .appliesTo(Action.OWN_REQUEST, Action.EARLY_RETIREMENT)
            .basis(LegalBasis.of("PP 11/2017").article("238").paragraph("3").letter("c")
                            .inForce(DisciplineBases.UNDER_PP11),
                    LegalBasis.of("PP 11/2017").article("238").paragraph("3").letter("d")
                            .inForce(DisciplineBases.UNDER_PP11),
                    LegalBasis.of("PP 11/2017").article("238").paragraph("3").letter("e")
                            .inForce(DisciplineBases.UNDER_PP11),
                    LegalBasis.of("Peraturan BKN 3/2020").article("5").paragraph("6").letter("c"))
            .confidence(Confidence.S)
            .parameters(SanctionTypes.monthsParameters())
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (proposal.getEmployee().getStatus().orElse(null) == EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        DisciplineStatus status = DisciplineStatus.of(proposal.getEmployee(), proposal.getEffectiveDate(), context);
        Evaluation e = Obstacles.evaluate(status, Outcome.FAIL, proposal.getEffectiveDate(), false, true, true);
        return e == null ? Evaluation.pass() : e;
    }
}

package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Proposal;

/**
 * {@code DISIPLIN-BLOCK-KP}: no promotion while under disciplinary examination, serving a sanction or pursuing an
 * appeal. The repealed rule was explicit — "PNS yang mengajukan keberatan ... atau banding administratif, tidak dapat
 * diberikan kenaikan pangkat dan/atau kenaikan gaji berkala sampai dengan ditetapkannya keputusan" (PP 53/2010
 * Pasal 41) — but the catalogue found no PP 94/2021 article restating it (U); today the bar lives in the selection
 * and promotion requirements ("tidak sedang dalam proses / menjalani hukuman disiplin").
 *
 * <p>Hence a WARNING only, never a block, for an appointment into a position (promotion) whose effective date falls
 * in such a period; a sanction of unknown period also warns. Judged through {@link DisciplineStatus}. A heavy
 * position sanction is also {@code DISIPLIN-BERAT-JABATAN}; transfers are {@code DISIPLIN-BLOCK-MUTASI}.
 */
public final class DisciplineBlocksPromotionRule implements Rule {
    static final String ID = "DISIPLIN-BLOCK-KP";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Promosi selama pemeriksaan, hukuman disiplin atau upaya administratif",
                    "Promotion during a disciplinary examination, sanction or appeal")
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("PP 53/2010").article("41").inForce(DisciplineBases.UNDER_PP53),
                    DisciplineBases.PP94.note("Pasal yang menggantikan PP 53/2010 Pasal 41 tidak ditemukan (U); "
                            + "persyaratan promosi memuat pernyataan tidak sedang menjalani hukuman disiplin"))
            .confidence(Confidence.U)
            .parameters(SanctionTypes.monthsParameters())
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        DisciplineStatus status = DisciplineStatus.of(proposal.getEmployee(), proposal.getEffectiveDate(), context);
        Evaluation e = Obstacles.evaluate(status, Outcome.WARNING, proposal.getEffectiveDate(), false, true, false);
        return e == null ? Evaluation.pass() : e;
    }
}

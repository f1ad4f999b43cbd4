package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code NETRAL-PP94}: a PNS is forbidden "memberikan dukungan kepada calon" for President, kepala daerah, DPR, DPD or
 * DPRD in seven forms (PP 94/2021 Pasal 5 huruf n angka 1-7). Taking part in a campaign (angka 1) or with party or
 * PNS attributes (angka 2) calls for a moderate sanction (Pasal 13, huruf g as BKN cites it); mobilising other PNS,
 * using state facilities, decisions favouring or harming a candidate, partisan activities and a support letter with
 * a KTP copy (angka 3-7) call for a heavy one (Pasal 14, huruf i as BKN cites it).
 *
 * <p>For each sanction on the record that states its form ({@code neutralityForm}): a lighter level fails, a heavier
 * one warns. Only violations under PP 94/2021 (from 31 August 2021) are judged; PPPK sanctions follow the agency's
 * own rules ({@code PPPK-DISIPLIN}). The 2022 joint guideline's list of violations, code of ethics or discipline, is
 * {@code NETRAL-SKB-2022}'s.
 */
public final class NeutralitySanctionRule implements Rule {
    static final String ID = "NETRAL-PP94";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tingkat hukuman disiplin atas pelanggaran netralitas (dukungan kepada calon)",
                    "Sanction level for a neutrality violation (support for a candidate)")
            .appliesTo(ProposalKind.values())
            .basis(DisciplineBases.PP94.article("5").letter("n"),
                    DisciplineBases.PP94.article("13").letter("g")
                            .note("Huruf dikutip BKN; cakupan angka 1 belum diverifikasi"),
                    DisciplineBases.PP94.article("14").letter("i").note("Huruf dikutip BKN"))
            .confidence(Confidence.S)
            .switches(DisciplineBases.PPPK_PNS_CATALOGUE)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        List<DisciplinarySanction> list = DisciplineBases.judgedSanctions(proposal, context);
        if (list.isEmpty()) {
            return Evaluation.notApplicable();
        }
        Evaluation warning = null;
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            DisciplinarySanction s = list.get(i);
            if (s.getNeutralityForm().isEmpty()) {
                continue;
            }
            LocalDate violation = DisciplineBases.violationDate(s);
            if (DisciplineBases.beforePp94(violation)) {
                continue;
            }
            any = true;
            int form = s.getNeutralityForm().get();
            SanctionLevel expected = form <= 2 ? SanctionLevel.SEDANG : SanctionLevel.BERAT;
            int compare = s.getLevel().compareTo(expected);
            if (compare < 0) {
                return Evaluation.fail("tooLight").fact("sanction", "employee.sanctions[" + i + "]").fact("form", form).fact("level", s.getLevel())
                        .fact("expectedLevel", expected).build();
            }
            if (compare > 0 && warning == null) {
                warning = Evaluation.warning("tooHeavy").fact("sanction", "employee.sanctions[" + i + "]").fact("form", form)
                        .fact("level", s.getLevel()).fact("expectedLevel", expected).build();
            }
        }
        if (!any) {
            return Evaluation.notApplicable();
        }
        return warning == null ? Evaluation.pass() : warning;
    }
}

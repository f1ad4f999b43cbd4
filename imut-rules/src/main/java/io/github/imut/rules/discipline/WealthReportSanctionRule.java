package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.DisciplinaryOffence;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionType;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code DISIPLIN-LHKPN}: failing to report one's wealth (PP 94/2021 Pasal 4 huruf e) calls for a moderate sanction
 * for an administrator or a functional official (Pasal 10 ayat (2) huruf e) and a heavy one for a JPT and "pejabat
 * lainnya" (Pasal 11 ayat (2) huruf c), as quoted by Antara (S).
 *
 * <p>For each sanction on the record for that offence ({@code offence = WEALTH_REPORT}), committed under PP 94/2021,
 * the level follows the position held on the day of the violation (the current position from its start, else the
 * position history): a lighter sanction fails, a heavier one warns. The quote names neither pengawas nor pelaksana,
 * and who the "other officials" are is not said (U): their sanctions are not judged. The position on the day unknown
 * gives INCOMPLETE. A PPPK's sanctions follow the agency's rules ({@code PPPK-DISIPLIN}).
 */
public final class WealthReportSanctionRule implements Rule {
    static final String ID = "DISIPLIN-LHKPN";

    private static final LegalBasis DUTY = DisciplineBases.PP94.article("4").letter("e");
    private static final LegalBasis MODERATE = DisciplineBases.PP94.article("10").paragraph("2").letter("e");
    private static final LegalBasis HEAVY = DisciplineBases.PP94.article("11").paragraph("2").letter("c");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tingkat hukuman disiplin karena tidak melaporkan harta kekayaan (LHKPN)",
                    "Sanction level for failing to file the wealth report (LHKPN)")
            .appliesTo(ProposalKind.values())
            .basis(DUTY, MODERATE, HEAVY)
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
            if (s.getOffence().isEmpty() || s.getOffence().get() != DisciplinaryOffence.WEALTH_REPORT) {
                continue;
            }
            LocalDate violation = DisciplineBases.violationDate(s);
            if (violation == null) {
                return Evaluation.of(Outcome.INCOMPLETE, "incomplete").missing("employee.sanctions[" + i
                        + "].committedOn").build();
            }
            if (violation.isBefore(DisciplineBases.PP94_2021)) {
                continue;
            }
            PositionLevel position = DisciplineBases.levelOn(proposal.getEmployee(), violation);
            if (position == null) {
                return Evaluation.of(Outcome.INCOMPLETE, "incomplete").missing("employee.positionHistory")
                        .build();
            }
            SanctionLevel expected = expected(position);
            if (expected == null) {
                continue;
            }
            any = true;
            int compare = s.getLevel().compareTo(expected);
            if (compare < 0) {
                return Evaluation.fail("tooLight").fact("sanction", "employee.sanctions[" + i + "]")
                        .fact("positionLevel", position).fact("violationDate", violation).fact("level", s.getLevel())
                        .fact("expectedLevel", expected).basis(basis(expected)).build();
            }
            if (compare > 0 && warning == null) {
                warning = Evaluation.warning("tooHeavy").fact("sanction", "employee.sanctions[" + i + "]")
                        .fact("positionLevel", position).fact("violationDate", violation).fact("level", s.getLevel())
                        .fact("expectedLevel", expected).basis(basis(expected)).build();
            }
        }
        if (!any) {
            return Evaluation.notApplicable();
        }
        return warning == null ? Evaluation.pass() : warning;
    }

    /** @return the level for the position: moderate for administrator and JF, heavy for JPT, else null (not said) */
    static SanctionLevel expected(PositionLevel level) {
        if (level.type() == PositionType.JPT) {
            return SanctionLevel.BERAT;
        }
        return level == PositionLevel.ADMINISTRATOR || level.isFunctional() ? SanctionLevel.SEDANG : null;
    }

    /** @return the duty and the provision setting the level, for the finding */
    private static LegalBasis[] basis(SanctionLevel expected) {
        return new LegalBasis[] {DUTY, expected == SanctionLevel.BERAT ? HEAVY : MODERATE};
    }
}

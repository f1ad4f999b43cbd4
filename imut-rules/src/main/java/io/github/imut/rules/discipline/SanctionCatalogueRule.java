package io.github.imut.rules.discipline;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code DISIPLIN-LEVELS}: "Tingkat hukuman disiplin terdiri atas: a. hukuman disiplin ringan; b. hukuman disiplin
 * sedang; atau c. hukuman disiplin berat" (PP 94/2021 Pasal 8 ayat (1)), each with a closed list of types and, for
 * the moderate and the first two heavy types, a length of 6, 9 or 12 months (ayat (2)-(4); catalogue table R5).
 *
 * <p>Every sanction on the employee's record is checked, because the effect of discipline on any proposal
 * ({@link DisciplineStatus}) rests on these records:
 * <ul>
 *   <li>FAIL: a type that belongs to another level; a PP 94/2021 type decided before 31 August 2021; a period whose
 *       last day is neither the first day plus the legal months minus one day (the catalogue's inclusive
 *       convention, U) nor the first day plus the months (the other reading; both are accepted).</li>
 *   <li>WARNING: a PP 53/2010 type decided on or after 31 August 2021 (PP 94/2021's transitional provisions were
 *       not seen); a {@code type} code that is not recognised.</li>
 * </ul>
 * A PPPK's sanctions follow the agency's own catalogue (PP 49/2018 Pasal 52, catalogue PPPK-DISIPLIN) and are not
 * checked against the PNS table, unless the switch {@code PPPK-DISIPLIN.pns-catalogue-applies} says the agency
 * adopted it.
 */
public final class SanctionCatalogueRule implements Rule {
    static final String ID = "DISIPLIN-LEVELS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tingkat dan jenis hukuman disiplin serta lamanya", "Disciplinary sanction levels, types and lengths")
            .appliesTo(ProposalKind.values())
            .basis(DisciplineBases.PP94_8,
                    LegalBasis.of("PP 53/2010").inForce(DisciplineBases.UNDER_PP53)
                            .note("Jenis hukuman peraturan yang dicabut; pasal tidak dicatat dalam katalog"))
            .confidence(Confidence.V)
            .parameters(SanctionTypes.monthsParameters())
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
        for (int i = 0; i < list.size(); i++) {
            DisciplinarySanction s = list.get(i);
            Optional<SanctionType> type = SanctionTypes.of(s);
            if (type.isEmpty()) {
                if (warning == null && s.getType().isPresent()) {
                    warning = Evaluation.warning("unknownType").fact("sanction", "employee.sanctions[" + i + "]").fact("type", s.getType().get())
                            .fact("level", s.getLevel()).build();
                }
                continue;
            }
            SanctionType t = type.get();
            if (t.level() != s.getLevel()) {
                return Evaluation.fail("levelMismatch").fact("sanction", "employee.sanctions[" + i + "]").fact("sanctionType", t.code())
                        .fact("typeLevel", t.level()).fact("level", s.getLevel()).build();
            }
            LocalDate decided = s.getDecidedOn().orElse(s.getFrom().orElse(null));
            if (decided != null && t.regime() == SanctionType.Regime.PP94
                    && decided.isBefore(DisciplineBases.PP94_2021)) {
                return Evaluation.fail("notYetInForce").fact("sanction", "employee.sanctions[" + i + "]").fact("sanctionType", t.code())
                        .fact("decidedOn", decided).fact("inForceFrom", DisciplineBases.PP94_2021).build();
            }
            if (decided != null && t.regime() == SanctionType.Regime.PP53
                    && !decided.isBefore(DisciplineBases.PP94_2021) && warning == null) {
                warning = Evaluation.warning("repealedType").fact("sanction", "employee.sanctions[" + i + "]").fact("sanctionType", t.code())
                        .fact("decidedOn", decided).fact("repealedOn", DisciplineBases.PP94_2021).build();
            }
            if (t.hasPeriod() && s.getFrom().isPresent() && s.getTo().isPresent()) {
                LocalDate from = s.getFrom().get();
                int months = SanctionTypes.months(t, from, context);
                LocalDate inclusive = SanctionTypes.inclusiveEnd(from, months);
                LocalDate to = s.getTo().get();
                if (!to.equals(inclusive) && !to.equals(from.plusMonths(months))) {
                    return Evaluation.fail("duration").fact("sanction", "employee.sanctions[" + i + "]").fact("sanctionType", t.code())
                            .fact("months", months).fact("from", from).fact("to", to).fact("expectedTo", inclusive)
                            .build();
                }
            }
        }
        return warning == null ? Evaluation.pass() : warning;
    }
}

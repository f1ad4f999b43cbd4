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
 * {@code BUP-TRANSISI-2017}: PNS who, when PP 11/2017 took effect on 2017-04-07, were already older than its new
 * retirement age keep the old one (PP 11/2017 Pasal 354-355, applied by the Kepala BKN's letter K.26-30/V.119-2/99 of
 * 2017-10-03): JF ahli madya born on or before 1957-04-07 keep 65; ahli pertama, ahli muda and penyelia already past
 * 58 keep 60. The cohorts have all retired: this matters only when historic decisions are re-checked.
 *
 * <p>For an employee in such a cohort and position: INCOMPLETE when it is unknown whether they held the position on
 * 2017-04-07 (current position's {@code since}, or a position-history record covering that day); when they did, a
 * WARNING that the transitional age applies (the BUP rules use it; the basis is a BKN letter, S).
 */
public final class TransitionalRetirementAgeRule implements Rule {
    static final String ID = "BUP-TRANSISI-2017";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("BUP peralihan bagi PNS yang telah melampaui BUP baru saat PP 11/2017 berlaku",
                    "Transitional retirement age for PNS already past the new age when PP 11/2017 took effect")
            .appliesTo(ProposalKind.values())
            .basis(Bases.PP11.article("354"), Bases.PP11.article("355"),
                    LegalBasis.of("Surat Kepala BKN K.26-30/V.119-2/99"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("bup.age.a", "bup.age.b", "bup.transition.age.madya", "bup.transition.age.junior")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        // each Optional getter is read once: every call allocates (hot path)
        if (e.getBirthDate().isEmpty()) {
            return Evaluation.notApplicable();
        }
        Optional<Position> current = e.getCurrentPosition();
        if (current.isEmpty() || current.get().getLevel().isEmpty()) {
            return Evaluation.notApplicable();
        }
        Position position = current.get();
        int cohort = RetirementAge.transitional(e, position, context);
        if (cohort == RetirementAge.NOT_TRANSITIONAL) {
            return Evaluation.notApplicable();
        }
        if (cohort == RetirementAge.TRANSITIONAL_UNKNOWN) {
            return Evaluation.incomplete("employee.currentPosition.since");
        }
        ParameterValue table = RetirementAge.bup(position, context);
        ParameterValue old = context.parameter(RetirementAge.transitionalParameter(position.getLevel().get()));
        return Evaluation.warning("applies").fact("birthDate", e.getBirthDate().get())
                .fact("positionLevel", position.getLevel().get()).fact("bupAge", old.value())
                .fact("tableAge", table.value()).fact("bupBasis", old.reference()).build();
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionType;
import io.github.imut.model.Proposal;
import io.github.imut.model.Target;
import java.util.Optional;

/**
 * {@code JA-NO-RANGKAP-JF}: "Pejabat administrasi dilarang rangkap Jabatan dengan JF" (PP 11/2017 Pasal 53; catalogue
 * S, seen on aturanasn.id). An appointment into an administration position (administrator, pengawas, pelaksana)
 * that the employee would hold together with a current JF, or into a JF held together with a current
 * administration position, fails.
 *
 * <p>"Together" is {@code target.concurrent}: a definitive appointment ends the current position (the SK moves the
 * employee from the old post to the new one), so an absent or false flag is no rangkap. The rule is also where an
 * appointment into a position without a target level is caught: every requirement depends on the level, so a
 * missing {@code target.position.level} gives INCOMPLETE here.
 */
public final class ConcurrentPositionRule implements Rule {
    static final String ID = "JA-NO-RANGKAP-JF";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pejabat administrasi dilarang rangkap jabatan dengan jabatan fungsional",
                    "An administration official may not also hold a functional position")
            .appliesTo(Action.INTO_POSITION)
            .basis(LegalBasis.of("PP 11/2017").article("53").inForce(Bases.UNDER_PP11))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Target> target = proposal.getTarget();
        if (target.isEmpty()) {
            return Evaluation.incomplete("target");
        }
        Optional<PositionLevel> level = target.get().getPosition().getLevel();
        if (level.isEmpty()) {
            return Evaluation.incomplete("target.position.level");
        }
        Optional<Boolean> concurrent = target.get().getConcurrent();
        if (concurrent.isEmpty() || !concurrent.get()) {
            return Evaluation.pass();
        }
        Optional<Position> current = proposal.getEmployee().getCurrentPosition();
        PositionLevel held = current.isPresent() ? current.get().getLevel().orElse(null) : null;
        if (held == null) {
            return Evaluation.incomplete(current.isEmpty() ? "employee.currentPosition"
                    : "employee.currentPosition.level");
        }
        boolean targetAdministration = level.get().type() == PositionType.ADMINISTRATION;
        boolean heldAdministration = held.type() == PositionType.ADMINISTRATION;
        if (targetAdministration && held.isFunctional() || heldAdministration && level.get().isFunctional()) {
            return Evaluation.fail("concurrent").fact("effectiveDate", proposal.getEffectiveDate())
                    .fact("currentLevel", held).fact("targetLevel", level.get()).build();
        }
        return Evaluation.pass();
    }
}

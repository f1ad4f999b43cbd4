package io.github.imut.rules.discipline;

import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.SanctionType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a {@link DisciplineStatus} into the finding of a rule that discipline blocks, with one message key per
 * obstacle (checked in this order: {@code sanction}, {@code examination}, {@code appeal}, {@code judicial},
 * {@code unknown}) and the facts of all of them. Stateless.
 */
final class Obstacles {
    private Obstacles() {
    }

    /**
     * @param status        the status on the effective date
     * @param outcome       the outcome when an obstacle is present
     * @param effective     the effective date
     * @param withJudicial  whether a judicial process counts for this rule
     * @param withAppeal    whether a pending appeal counts for this rule
     * @param unknownBlocks whether a sanction of unknown period gives INCOMPLETE (else it gives {@code outcome})
     * @return the evaluation, or null when nothing counted is present
     */
    static Evaluation evaluate(DisciplineStatus status, Outcome outcome, LocalDate effective, boolean withJudicial,
            boolean withAppeal, boolean unknownBlocks) {
        String key;
        if (status.underSanction()) {
            key = "sanction";
        } else if (status.underExamination()) {
            key = "examination";
        } else if (withAppeal && status.appealPending()) {
            key = "appeal";
        } else if (withJudicial && status.inJudicialProcess()) {
            key = "judicial";
        } else if (!status.unknown().isEmpty()) {
            if (unknownBlocks) {
                Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
                for (String path : status.unknown()) {
                    b.missing(path);
                }
                return b.build();
            }
            key = "unknown";
        } else {
            return null;
        }
        Evaluation.Builder b = Evaluation.of(outcome, key).fact("effectiveDate", effective)
                .fact("underSanction", status.underSanction()).fact("underExamination", status.underExamination())
                .fact("appealPending", status.appealPending()).fact("inJudicialProcess", status.inJudicialProcess());
        if (status.sanction().isPresent()) {
            DisciplinarySanction s = status.sanction().get();
            Optional<SanctionType> type = SanctionTypes.of(s);
            b.fact("sanctionLevel", s.getLevel()).fact("sanctionType", type.isPresent() ? type.get().code() : "-")
                    .fact("sanctionFrom", SanctionTypes.start(s))
                    .fact("sanctionTo", status.sanctionEnds().isPresent() ? status.sanctionEnds().get().toString()
                            : "-");
        }
        if (!status.unknown().isEmpty()) {
            b.fact("unknownPeriods", String.join(", ", status.unknown()));
        }
        Optional<LocalDate> clear = status.clearFrom();
        if (clear.isPresent()) {
            b.earliestCompliantDate(clear.get());
        }
        return b.build();
    }
}

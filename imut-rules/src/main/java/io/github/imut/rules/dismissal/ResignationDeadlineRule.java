package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Dismissal;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code BERHENTI-APS-SLA}: a resignation request is decided — granted, deferred or refused — "paling lama 14 (empat
 * belas) hari kerja" after it is received, and the PNS keeps working until then (PP 11/2017 Pasal 261). Applies to
 * resignation and early retirement.
 *
 * <p>WARNING only, an overdue decision does not make the dismissal unlawful: the deadline is the
 * {@code resignation.decision.working.days}-th working day after {@code dismissal.requestReceivedOn} (the receipt day
 * not counted); a {@code decisionDate} after it, or no decision date and a check after it, warns. National holidays
 * and cuti bersama come from the working-day calendar; for a year it does not cover (the default calendar covers
 * none) only weekends are counted, and the warning says the decision may be late instead of stating that the
 * deadline passed ({@link Deadlines}). Without the request's receipt the rule is silent ({@code BERHENTI-APS} already
 * reports it missing). PPPK resignations (PP 49/2018) are not concerned.
 */
public final class ResignationDeadlineRule implements Rule {
    static final String ID = "BERHENTI-APS-SLA";

    private static final LegalBasis BASIS = Bases.PP11.article("261");
    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Permintaan berhenti diputus paling lama 14 hari kerja",
                    "A resignation request is decided within 14 working days")
            .appliesTo(Action.OWN_REQUEST, Action.EARLY_RETIREMENT)
            .basis(BASIS)
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("resignation.decision.working.days")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        // each Optional getter is read once: every call allocates (hot path)
        if (proposal.getEmployee().getStatus().orElse(null) == EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        Optional<Dismissal> dismissal = proposal.getDismissal();
        LocalDate received = dismissal.isPresent() ? dismissal.get().getRequestReceivedOn().orElse(null) : null;
        if (received == null) {
            return Evaluation.notApplicable();
        }
        return Deadlines.evaluate(proposal, context, received,
                context.intParameter("resignation.decision.working.days"), true, BASIS);
    }
}

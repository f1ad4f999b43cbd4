package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Period;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code PPPK-PHK}: a PPPK's contract is terminated with honour when it ends, on death, at own request, on downsizing
 * or unfitness; with honour not at own request for a sentence of at least 2 years not premeditated, a heavy
 * disciplinary sanction, or failing the agreed performance target; without honour for betraying Pancasila, a crime in
 * office, party membership, or a premeditated sentence of at least 2 years (PP 49/2018 Pasal 53 ayat (1)-(3)); UU
 * 20/2023 Pasal 52 gives PNS and PPPK one list, adding the retirement age of the position.
 *
 * <ul>
 *   <li>INCOMPLETE: the status, the ground, or for the contract's end its last day.</li>
 *   <li>FAIL: the employee is not a PPPK; a ground PP 49/2018 does not list; a stated kind the ground does not allow;
 *       a termination for the contract's end effective before its last day (the last day is the earliest compliant
 *       date).</li>
 *   <li>WARNING: a termination for the contract's end effective more than a day after it; "tidak berkinerja" (UU
 *       20/2023, no criteria yet). A heavy disciplinary sanction's kind is {@code DISIPLIN-UU20-CONFLICT}'s.</li>
 * </ul>
 */
public final class PppkTerminationRule implements Rule {
    static final String ID = "PPPK-PHK";
    private static final Map<DismissalGround, DismissalKind> KINDS = new EnumMap<>(DismissalGround.class);

    static {
        for (DismissalGround g : new DismissalGround[] {DismissalGround.CONTRACT_END, DismissalGround.DEATH,
            DismissalGround.OWN_REQUEST, DismissalGround.DOWNSIZING, DismissalGround.UNFIT,
            DismissalGround.RETIREMENT_AGE}) {
            KINDS.put(g, DismissalKind.HONOURABLE);
        }
        for (DismissalGround g : new DismissalGround[] {DismissalGround.SENTENCE_2Y,
            DismissalGround.PERFORMANCE_TARGET_NOT_MET}) {
            KINDS.put(g, DismissalKind.HONOURABLE_NOT_AT_OWN_REQUEST);
        }
        for (DismissalGround g : new DismissalGround[] {DismissalGround.BETRAYAL, DismissalGround.CRIME_IN_OFFICE,
            DismissalGround.PARTY_MEMBER, DismissalGround.SENTENCE_2Y_PREMEDITATED}) {
            KINDS.put(g, DismissalKind.DISHONOURABLE);
        }
    }

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Alasan dan jenis pemutusan hubungan perjanjian kerja PPPK",
                    "Grounds and kind of a PPPK contract termination")
            .appliesTo(Action.PPPK_TERMINATION)
            .basis(Bases.PP49_2018.article("53"), Bases.UU20_52)
            .confidence(Confidence.S)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        DismissalGround ground = Grounds.of(proposal);
        EmploymentStatus status = proposal.getEmployee().getStatus().orElse(null); // one call: it allocates
        boolean statusKnown = status != null;
        if (!statusKnown || ground == null) {
            return new Need().field(statusKnown, "employee.status").field(ground != null, "dismissal.ground")
                    .build();
        }
        if (status != EmploymentStatus.PPPK) {
            return Evaluation.fail("notPppk").fact("status", status).build();
        }
        if (ground == DismissalGround.HEAVY_DISCIPLINE) {
            return Evaluation.pass();
        }
        if (ground == DismissalGround.NOT_PERFORMING) {
            return Evaluation.warning("noCriteria").fact("ground", ground).build();
        }
        DismissalKind expected = KINDS.get(ground);
        if (expected == null) {
            return Evaluation.fail("notAGround").fact("ground", ground).build();
        }
        DismissalKind stated = Grounds.stated(proposal);
        if (stated != null && stated != expected) {
            return Evaluation.fail("kindMismatch").fact("ground", ground).fact("kind", stated)
                    .fact("expectedKind", expected).build();
        }
        if (ground == DismissalGround.CONTRACT_END) {
            Period contract = proposal.getEmployee().getContract().orElse(null);
            if (contract == null || contract.getTo().isEmpty()) {
                return Evaluation.incomplete("employee.contract.to");
            }
            LocalDate end = contract.getTo().get();
            LocalDate effective = proposal.getEffectiveDate();
            if (effective.isBefore(end)) {
                return Evaluation.fail("beforeContractEnd").fact("effectiveDate", effective).fact("contractEnd", end)
                        .earliestCompliantDate(end).build();
            }
            if (effective.isAfter(end.plusDays(1))) {
                return Evaluation.warning("afterContractEnd").fact("effectiveDate", effective)
                        .fact("contractEnd", end).build();
            }
        }
        return Evaluation.pass();
    }
}

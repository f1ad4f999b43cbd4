package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;

/**
 * {@code BERHENTI-SLA}: the decision on a dismissal proposal is due within a number of working days after the
 * proposal (or the health board's result) is received — 14 for unfitness (PP 11/2017 Pasal 264), death, death on
 * duty and a missing person (Pasal 265 ayat (3)), political-party membership (Pasal 269) and temporary dismissal
 * (Pasal 284, a secondary summary: U); 21 for a criminal sentence or betrayal of Pancasila (Pasal 266 ayat (3)) and a
 * heavy disciplinary violation (Pasal 267); 14 days for a PNS not placed within a year after unpaid leave (Pasal 257).
 * Resignation has its own rule ({@code BERHENTI-APS-SLA}); retirement at BUP, downsizing, candidacy, ex-pejabat
 * negara and the other "hal lain" grounds have no deadline in the catalogue.
 *
 * <p>WARNING only (an overdue decision does not make the dismissal unlawful), and each finding cites the one
 * provision of its ground. The period runs from the proposal's {@code submittedOn}, taken as the day the deciding
 * official received it (an electronic proposal arrives the day it is sent; the health board's result reaches the
 * PPK with the proposal, and no later); without it the rule is silent. The decision is the {@code decisionDate}, or,
 * when none is stated, not yet made on the day of the check. Working days come from the working-day calendar; for a
 * year it does not cover only weekends are counted, and the warning says the decision may be late instead of stating
 * that the deadline passed ({@link Deadlines}).
 *
 * <p>Switch {@value #CLTN_SWITCH} (default off): the catalogue's table gives "14 days" for the unpaid-leave case and
 * its index "14 HK"; by default they are working days, the later deadline (no warning is given that might be wrong);
 * on, calendar days. PPPK (PP 49/2018) are not concerned.
 */
public final class DecisionDeadlineRule implements Rule {
    static final String ID = "BERHENTI-SLA";
    /** Switch: count the decision on a PNS not placed after unpaid leave in calendar days, not working days. */
    public static final String CLTN_SWITCH = ID + ".cltn-calendar-days";

    private static final LegalBasis UNFIT = Bases.PP11.article("264");
    private static final LegalBasis DEATH = Bases.PP11.article("265").paragraph("3");
    private static final LegalBasis CRIMINAL = Bases.PP11.article("266").paragraph("3");
    private static final LegalBasis DISCIPLINE = Bases.PP11.article("267");
    private static final LegalBasis PARTY = Bases.PP11.article("269");
    private static final LegalBasis CLTN = Bases.PP11.article("257");
    private static final LegalBasis TEMPORARY = Bases.PP11.article("284")
            .note("Tenggat 14 hari kerja menurut ringkasan sekunder; belum diverifikasi (U)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Tenggat penetapan keputusan pemberhentian (14 atau 21 hari kerja)",
                    "Deadline for deciding a dismissal (14 or 21 working days)")
            .appliesTo(Action.HEALTH, Action.DEATH, Action.DISHONOURABLE, Action.TEMPORARY, Action.OTHER_GROUND)
            .basis(UNFIT, DEATH, CRIMINAL, DISCIPLINE, PARTY, CLTN, TEMPORARY)
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("dismissal.decision.working.days.unfit", "dismissal.decision.working.days.death",
                    "dismissal.decision.working.days.criminal", "dismissal.decision.working.days.discipline",
                    "dismissal.decision.working.days.party", "dismissal.decision.days.cltn",
                    "dismissal.decision.working.days.temporary")
            .switches(Switch.of(CLTN_SWITCH, false,
                    "Keputusan atas PNS yang tidak tersalurkan setelah CLTN dihitung 14 hari kalender, bukan 14 hari "
                            + "kerja (PP 11/2017 Pasal 257 menurut satu sumber)",
                    "The decision on a PNS not placed after unpaid leave is due in 14 calendar days, not 14 working "
                            + "days (PP 11/2017 Pasal 257 as one source reads it)"))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        if (proposal.getEmployee().getStatus().orElse(null) == EmploymentStatus.PPPK
                || proposal.getSubmittedOn().isEmpty()) {
            return Evaluation.notApplicable();
        }
        DismissalGround ground = Grounds.of(proposal);
        if (ground == null) {
            return Evaluation.notApplicable();
        }
        String parameter;
        LegalBasis basis;
        boolean working = true;
        switch (ground) {
            case UNFIT:
                parameter = "dismissal.decision.working.days.unfit";
                basis = UNFIT;
                break;
            case DEATH:
            case MISSING:
                parameter = "dismissal.decision.working.days.death";
                basis = DEATH;
                break;
            case SENTENCE_2Y:
            case SENTENCE_UNDER_2Y:
            case SENTENCE_UNDER_2Y_PREMEDITATED:
            case SENTENCE_2Y_PREMEDITATED:
            case CRIME_IN_OFFICE:
            case BETRAYAL:
                parameter = "dismissal.decision.working.days.criminal";
                basis = CRIMINAL;
                break;
            case HEAVY_DISCIPLINE:
                parameter = "dismissal.decision.working.days.discipline";
                basis = DISCIPLINE;
                break;
            case PARTY_RESIGNED:
            case PARTY_MEMBER:
                parameter = "dismissal.decision.working.days.party";
                basis = PARTY;
                break;
            case CLTN_NOT_PLACED:
                parameter = "dismissal.decision.days.cltn";
                basis = CLTN;
                working = !context.isOn(CLTN_SWITCH);
                break;
            case STATE_OFFICE:
            case DETENTION:
                parameter = "dismissal.decision.working.days.temporary";
                basis = TEMPORARY;
                break;
            default:
                return Evaluation.notApplicable();
        }
        return Deadlines.evaluate(proposal, context, proposal.getSubmittedOn().get(), context.intParameter(parameter),
                working, basis);
    }
}

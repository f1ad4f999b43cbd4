package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionType;
import io.github.imut.model.Proposal;
import io.github.imut.model.RestrictedField;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code JPT-NONPNS}: a JPT may be filled from outside the PNS only at the utama or madya level, only in posts
 * "tertentu", with the President's approval, through open competition, by Keppres (PP 11/2017 Pasal 106, 108;
 * catalogue V). Concerns an appointment into a JPT of a PPPK, a non-ASN, a TNI or a Polri member (a PNS or CPNS is
 * {@code JPT-REQ-*}).
 *
 * <ul>
 *   <li>FAIL: a JPT pratama; a post in a field Pasal 106 excludes ({@code target.position.restrictedField}: state
 *       secrets, defence, security, ASN management, state secretariat, natural resources, or another the President
 *       set); for JPT utama the stricter requirements of Pasal 108 the catalogue gives: a postgraduate degree (S2),
 *       at least {@code jpt.nonpns.utama.experience.years} (15) years' experience (every recorded position
 *       counts), at most {@code jpt.nonpns.utama.age.max} (58) years old at the inauguration (whole years, switch
 *       {@value JptRequirementRule#AGE_STRICT}). The catalogue gives no numbers for JPT madya; the other Pasal 108
 *       conditions (party membership, imprisonment, dismissal) are not data.</li>
 *   <li>INCOMPLETE: the restricted field is not stated, or data for the utama requirements are missing.</li>
 *   <li>NEEDS_APPROVAL(PRESIDEN): everything else met but no written Presidential approval dated on or before the
 *       effective date; PASS with it.</li>
 * </ul>
 * From 2023-10-31 a {@code NON_ASN} person also fails {@code NONASN-BAN} (UU 20/2023 Pasal 65): under UU 20/2023 an
 * outside JPT is appointed as PPPK. An acting assignment (Plt, Plh) is not concerned.
 */
public final class NonPnsJptRule implements Rule {
    static final String ID = "JPT-NONPNS";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pengisian JPT dari kalangan non-PNS", "Filling a JPT from outside the PNS")
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("PP 11/2017").article("106").inForce(Bases.UNDER_PP11),
                    LegalBasis.of("PP 11/2017").article("108").inForce(Bases.UNDER_PP11))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .parameters("jpt.nonpns.utama.experience.years", "jpt.nonpns.utama.age.max")
            .switches(JptRequirementRule.AGE_SWITCH)
            .build();

    private static final QualifyingTime.Counts ANY = QualifyingTime.Counts.anyLevel(false);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<PositionLevel> target = Requirements.targetLevel(proposal);
        if (target.isEmpty() || target.get().type() != PositionType.JPT || Requirements.isActing(proposal)) {
            return Evaluation.notApplicable();
        }
        Employee e = proposal.getEmployee();
        if (e.getStatus().isEmpty()) {
            return Evaluation.incomplete("employee.status");
        }
        EmploymentStatus status = e.getStatus().get();
        if (status == EmploymentStatus.PNS || status == EmploymentStatus.CPNS) {
            return Evaluation.notApplicable();
        }
        LocalDate effective = proposal.getEffectiveDate();
        PositionLevel level = target.get();
        Checklist c = new Checklist().fact("effectiveDate", effective).fact("targetLevel", level)
                .fact("status", status);
        if (level == PositionLevel.JPT_PRATAMA) {
            c.unmet("level", "pratama");
            return c.result();
        }
        Optional<RestrictedField> field = proposal.getTarget().get().getPosition().getRestrictedField();
        if (field.isEmpty()) {
            c.missing("target.position.restrictedField");
        } else {
            c.fact("restrictedField", field.get());
            if (isExcluded(field.get())) {
                c.unmet("restrictedField", "restrictedField");
            }
        }
        if (level == PositionLevel.JPT_UTAMA) {
            Requirements.education(e, EducationLevel.S2, c);
            Requirements.years(QualifyingTime.of(e, effective, ANY),
                    context.intParameter("jpt.nonpns.utama.experience.years"), Requirements.EXPERIENCE, c);
            Requirements.maxAge(e, effective, context.intParameter("jpt.nonpns.utama.age.max"),
                    context.isOn(JptRequirementRule.AGE_STRICT), c);
        }
        Optional<Approval> approval = proposal.approvalFrom(Approver.PRESIDEN);
        if (approval.isPresent()) {
            c.fact("approvalReference", approval.get().getReference()).fact("approvalDate", approval.get().getDate());
        } else {
            c.needsApproval(Approver.PRESIDEN, "needsApproval");
        }
        return c.result();
    }

    /** The fields PP 11/2017 Pasal 106 closes to non-PNS JPT (finance and foreign affairs are Perpres 38/2020's). */
    private static boolean isExcluded(RestrictedField field) {
        switch (field) {
            case STATE_SECRETS:
            case DEFENCE:
            case SECURITY:
            case ASN_MANAGEMENT:
            case STATE_SECRETARIAT:
            case NATURAL_RESOURCES:
            case OTHER_SET_BY_PRESIDENT:
                return true;
            default:
                return false;
        }
    }
}

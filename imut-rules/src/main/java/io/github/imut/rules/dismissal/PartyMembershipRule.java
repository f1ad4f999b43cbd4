package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.PartyMembership;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-PARPOL}: a PNS may not be a member or officer of a political party; one who is "wajib mengundurkan
 * diri secara tertulis" and is dismissed with honour "terhitung mulai akhir bulan" of the resignation; one who does
 * not is dismissed without honour "terhitung mulai akhir bulan PNS yang bersangkutan menjadi anggota dan/atau
 * pengurus partai politik" (PP 11/2017 Pasal 255 ayat (1)-(5), Pasal 250 huruf c; UU 20/2023 Pasal 52 ayat (3) huruf
 * j and ayat (4); UU 5/2014 Pasal 87 ayat (4) huruf c).
 *
 * <ul>
 *   <li>INCOMPLETE without the membership's start, the evidence of membership ({@code BUKTI_KEANGGOTAAN_PARPOL}), or,
 *       for the resigned ground, the resignation's date.</li>
 *   <li>FAIL: an effective date other than the end of the month of the resignation (PDH) or of becoming a member
 *       (PTDH), or the next 1st with {@value MonthEnd#SWITCH}; the right date is the earliest compliant date.</li>
 *   <li>WARNING: a PTDH of a member who did resign in writing (the PDH route may apply); a PTDH effective date
 *       already past (salary since then is recovered).</li>
 * </ul>
 */
public final class PartyMembershipRule implements Rule {
    static final String ID = "BERHENTI-PARPOL";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian karena menjadi anggota dan/atau pengurus partai politik",
                    "Dismissal for membership or office in a political party")
            .appliesTo(Action.OTHER_GROUND, Action.DISHONOURABLE)
            .basis(Bases.PP11.article("255"), Bases.PP11.article("250").letter("c"),
                    Bases.UU20_52.paragraph("3").letter("j"), Bases.UU20_52.paragraph("4"),
                    Bases.UU5_87.paragraph("4").letter("c"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .switches(MonthEnd.FIRST_OF_NEXT)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        DismissalGround ground = Grounds.of(proposal);
        if (ground != DismissalGround.PARTY_RESIGNED && ground != DismissalGround.PARTY_MEMBER) {
            return Evaluation.notApplicable();
        }
        boolean resigned = ground == DismissalGround.PARTY_RESIGNED;
        PartyMembership m = proposal.getEmployee().getPartyMembership().orElse(null);
        Need need = new Need().field(m != null && m.getSince().isPresent(), "employee.partyMembership.since")
                .document(proposal, DocumentKind.BUKTI_KEANGGOTAAN_PARPOL);
        if (resigned) {
            need.field(m != null && m.getResignedOn().isPresent(), "employee.partyMembership.resignedOn");
        }
        if (need.any()) {
            return need.build();
        }
        LocalDate event = resigned ? m.getResignedOn().get() : m.getSince().get();
        LocalDate effective = proposal.getEffectiveDate();
        if (!MonthEnd.accepted(effective, event, context)) {
            LocalDate due = LegalDates.endOfMonth(event);
            return Evaluation.fail(resigned ? "resignedDate" : "memberDate").fact("effectiveDate", effective)
                    .fact("event", event).fact("dueDate", due).earliestCompliantDate(due)
                    .basis(Bases.PP11.article("255").paragraph(resigned ? "3" : "5")).build();
        }
        if (!resigned && m.getResignedOn().isPresent()) {
            return Evaluation.warning("memberResigned").fact("since", m.getSince().get())
                    .fact("resignedOn", m.getResignedOn().get()).build();
        }
        return resigned ? Evaluation.pass() : DishonourableDismissalRule.retroactive(proposal, context);
    }
}

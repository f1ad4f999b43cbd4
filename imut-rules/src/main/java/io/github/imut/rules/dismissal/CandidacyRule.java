package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.Candidacy;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.ElectedOffice;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-CALON}: a PNS running for President or Vice-President, DPR, DPD, governor, regent or mayor (or
 * their deputies) "wajib menyatakan pengunduran diri secara tertulis sebagai PNS sejak ditetapkan sebagai calon",
 * which "tidak dapat ditarik kembali"; one who resigns is dismissed with honour "terhitung mulai akhir bulan sejak
 * ditetapkan sebagai calon"; since PP 17/2020 one who does not is dismissed without honour (PP 11/2017 Pasal 254 as
 * amended by PP 17/2020; UU 20/2023 Pasal 56, Pasal 59 ayat (3); UU 5/2014 Pasal 119, Pasal 123 ayat (3)).
 *
 * <ul>
 *   <li>INCOMPLETE without the determination's date, the election body's decision ({@code PENETAPAN_CALON}), or for
 *       the resigned ground the resignation's date.</li>
 *   <li>Resigned: FAIL if the resignation is dated after the determination (from 2021; a warning in 2020, whose
 *       PP 17/2020 date was not seen) — the PTDH route applies; FAIL if the effective date is not the end of the
 *       month of the determination (or the next 1st with {@value MonthEnd#SWITCH}).</li>
 *   <li>Not resigned: the kind is TDH for a determination from 2021 and PDH before 2020 (FAIL otherwise; WARNING in
 *       2020); an effective date other than the end of that month warns (its rule for PTDH is not recorded, U).</li>
 *   <li>WARNING: a DPRD candidacy (PP 11/2017 Pasal 254 does not name the DPRD; the duty comes from UU 7/2017,
 *       not verified).</li>
 * </ul>
 */
public final class CandidacyRule implements Rule {
    static final String ID = "BERHENTI-CALON";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian PNS yang ditetapkan sebagai calon presiden, legislatif atau kepala daerah",
                    "Dismissal of a PNS determined as a candidate for elected office")
            .appliesTo(Action.OTHER_GROUND, Action.DISHONOURABLE)
            .basis(Bases.PP11.article("254").note("Sebagaimana diubah PP 17/2020"),
                    LegalBasis.of("UU 20/2023").article("56").inForce(Bases.UNDER_UU20),
                    LegalBasis.of("UU 20/2023").article("59").paragraph("3").inForce(Bases.UNDER_UU20),
                    LegalBasis.of("UU 5/2014").article("119").inForce(Bases.UNDER_UU5),
                    LegalBasis.of("UU 5/2014").article("123").paragraph("3").inForce(Bases.UNDER_UU5))
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
        if (ground != DismissalGround.CANDIDACY_RESIGNED && ground != DismissalGround.CANDIDACY_NOT_RESIGNED) {
            return Evaluation.notApplicable();
        }
        boolean resigned = ground == DismissalGround.CANDIDACY_RESIGNED;
        Candidacy c = proposal.getEmployee().getCandidacy().orElse(null);
        Need need = new Need().field(c != null && c.getDeterminedOn().isPresent(), "employee.candidacy.determinedOn")
                .document(proposal, DocumentKind.PENETAPAN_CALON);
        if (resigned) {
            need.field(c != null && c.getResignedOn().isPresent(), "employee.candidacy.resignedOn");
        }
        if (need.any()) {
            return need.build();
        }
        LocalDate determined = c.getDeterminedOn().get();
        LocalDate effective = proposal.getEffectiveDate();
        LocalDate due = LegalDates.endOfMonth(determined);
        int pp17 = Bases.underPp17(determined);
        if (resigned) {
            if (c.getResignedOn().get().isAfter(determined) && pp17 >= 0) {
                Evaluation.Builder b = pp17 > 0 ? Evaluation.fail("lateResignation")
                        : Evaluation.warning("lateResignation");
                return b.fact("determinedOn", determined).fact("resignedOn", c.getResignedOn().get()).build();
            }
            if (!MonthEnd.accepted(effective, determined, context)) {
                return Evaluation.fail("effectiveDate").fact("effectiveDate", effective)
                        .fact("determinedOn", determined).fact("dueDate", due).earliestCompliantDate(due).build();
            }
        } else {
            DismissalKind kind = Grounds.effective(proposal);
            DismissalKind expected = pp17 > 0 ? DismissalKind.DISHONOURABLE : DismissalKind.HONOURABLE;
            if (pp17 != 0 && kind != expected) {
                return Evaluation.fail("kind").fact("determinedOn", determined).fact("kind", kind)
                        .fact("expectedKind", expected).build();
            }
            if (pp17 == 0) {
                return Evaluation.warning("pp17Date").fact("determinedOn", determined).fact("kind", kind).build();
            }
            if (!MonthEnd.accepted(effective, determined, context)) {
                return Evaluation.warning("effectiveDateUnverified").fact("effectiveDate", effective)
                        .fact("determinedOn", determined).fact("dueDate", due).build();
            }
        }
        if (c.getOffice().isPresent() && c.getOffice().get() == ElectedOffice.DPRD) {
            return Evaluation.warning("dprd").fact("determinedOn", determined).build();
        }
        return Grounds.effective(proposal) == DismissalKind.DISHONOURABLE
                ? DishonourableDismissalRule.retroactive(proposal, context) : Evaluation.pass();
    }
}

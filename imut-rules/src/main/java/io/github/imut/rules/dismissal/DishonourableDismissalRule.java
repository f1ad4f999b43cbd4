package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.OffenceKind;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-PTDH}: "PNS diberhentikan tidak dengan hormat karena: a. melakukan penyelewengan terhadap
 * Pancasila dan/atau UUD 1945; b. dihukum penjara atau kurungan berdasarkan putusan pengadilan yang telah memiliki
 * kekuatan hukum tetap karena melakukan tindak pidana kejahatan jabatan atau tindak pidana kejahatan yang ada
 * hubungannya dengan jabatan; c. menjadi anggota dan/atau pengurus partai politik; atau d. dihukum penjara ...
 * paling singkat 2 (dua) tahun dan tindak pidana tersebut dilakukan dengan berencana" (PP 11/2017 Pasal 250 as
 * amended by PP 17/2020; UU 20/2023 Pasal 52 ayat (3) huruf a, i and ayat (4); UU 5/2014 Pasal 87 ayat (4)).
 *
 * <p>For a dishonourable dismissal on betrayal, a crime in office, or a premeditated sentence of 2 years or more
 * (party membership is {@code BERHENTI-PARPOL}, candidacy {@code BERHENTI-CALON}, heavy discipline
 * {@code DISIPLIN-UU20-CONFLICT}):
 * <ul>
 *   <li>INCOMPLETE without the final judgment (date, document), the offence kind (crime in office) or the sentence
 *       and premeditation (premeditated sentence).</li>
 *   <li>FAIL: the facts do not make the ground (a premeditated sentence under 2 years or not premeditated; a crime
 *       not related to the position is {@code BERHENTI-PTDH-PIDANA-UMUM}); an employee who died before the judgment
 *       became final is dismissed with honour; an effective date before the judgment became final.</li>
 *   <li>WARNING: an effective date other than the end of the month of the final judgment (BKN practice, S/U); an
 *       effective date already past on the day of the check (salary paid since then is recovered).</li>
 * </ul>
 */
public final class DishonourableDismissalRule implements Rule {
    static final String ID = "BERHENTI-PTDH";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pemberhentian tidak dengan hormat karena penyelewengan Pancasila atau pidana",
                    "Dishonourable dismissal for betrayal of Pancasila or a criminal sentence")
            .appliesTo(Action.DISHONOURABLE)
            .basis(Bases.PP11.article("250").note("Sebagaimana diubah PP 17/2020"),
                    Bases.UU20_52.paragraph("3").letter("a"), Bases.UU20_52.paragraph("3").letter("i"),
                    Bases.UU20_52.paragraph("4"), Bases.UU5_87.paragraph("4"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .parameters("criminal.sentence.threshold.months")
            .switches(MonthEnd.FIRST_OF_NEXT)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        DismissalGround ground = Grounds.of(proposal);
        if (ground == DismissalGround.BETRAYAL) {
            return retroactive(proposal, context);
        }
        if (ground != DismissalGround.CRIME_IN_OFFICE && ground != DismissalGround.SENTENCE_2Y_PREMEDITATED) {
            return Evaluation.notApplicable();
        }
        boolean inOffice = ground == DismissalGround.CRIME_IN_OFFICE;
        CriminalCase c = proposal.getEmployee().getCriminalCase().orElse(null);
        Need need = Conviction.need(proposal, !inOffice);
        if (inOffice) {
            need.field(c != null && c.getOffence().isPresent(), "employee.criminalCase.offence");
        }
        if (need.any()) {
            return need.build();
        }
        Evaluation e = Conviction.notConvicted(c);
        if (e != null) {
            return e;
        }
        LocalDate finalOn = c.getFinalJudgmentOn().get();
        if (inOffice) {
            if (c.getOffence().get() == OffenceKind.GENERAL) {
                return Evaluation.notApplicable();
            }
        } else {
            int threshold = context.intParameter("criminal.sentence.threshold.months");
            if (c.getSentenceMonths().get() < threshold || !c.getPremeditated().get()) {
                return Evaluation.fail("facts").fact("sentenceMonths", c.getSentenceMonths().get())
                        .fact("premeditated", c.getPremeditated().get()).fact("thresholdMonths", threshold)
                        .basis(Bases.PP11.article("250").letter("d")).build();
            }
        }
        if (proposal.getEmployee().getDeathDate().isPresent()
                && proposal.getEmployee().getDeathDate().get().isBefore(finalOn)) {
            return Evaluation.fail("diedBeforeFinal").fact("deathDate", proposal.getEmployee().getDeathDate().get())
                    .fact("finalJudgmentOn", finalOn).build();
        }
        e = Conviction.effectiveDate(proposal.getEffectiveDate(), finalOn, context, false);
        return e == null ? retroactive(proposal, context) : e;
    }

    /** @return WARNING when the effective date is before the day of the check (pay since then is recovered) */
    static Evaluation retroactive(Proposal proposal, CheckContext context) {
        if (proposal.getEffectiveDate().isBefore(context.asOf())) {
            return Evaluation.warning("retroactive").fact("effectiveDate", proposal.getEffectiveDate())
                    .fact("asOf", context.asOf()).build();
        }
        return Evaluation.pass();
    }
}

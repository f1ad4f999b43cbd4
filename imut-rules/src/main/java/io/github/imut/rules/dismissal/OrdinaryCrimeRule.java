package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.OffenceKind;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code BERHENTI-PTDH-PIDANA-UMUM}: PP 11/2017 Pasal 250 huruf b originally covered "tindak pidana kejahatan jabatan
 * ... dan/atau pidana umum"; PP 17/2020 removed "pidana umum". Since then an ordinary crime leads to a dishonourable
 * dismissal only as a premeditated sentence of at least 2 years (huruf d).
 *
 * <p>A dishonourable dismissal for a crime in office whose offence is an ordinary crime fails when the judgment
 * became final from 2021 on (certainly under PP 17/2020); before 2020 it passes (the original text); in 2020 it warns
 * (the catalogue did not see PP 17/2020's date).
 */
public final class OrdinaryCrimeRule implements Rule {
    static final String ID = "BERHENTI-PTDH-PIDANA-UMUM";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pidana umum bukan lagi alasan PTDH sejak PP 17/2020",
                    "An ordinary crime is no longer a PTDH ground since PP 17/2020")
            .appliesTo(Action.DISHONOURABLE)
            .basis(LegalBasis.of("PP 17/2020").note("Mengubah PP 11/2017 Pasal 250 huruf b; tanggal berlaku tidak "
                    + "dilihat"), Bases.PP11.article("250").letter("b"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        CriminalCase c = proposal.getEmployee().getCriminalCase().orElse(null);
        if (Grounds.of(proposal) != DismissalGround.CRIME_IN_OFFICE || c == null || c.getOffence().isEmpty()
                || c.getOffence().get() != OffenceKind.GENERAL || c.getFinalJudgmentOn().isEmpty()) {
            return Evaluation.notApplicable();
        }
        LocalDate finalOn = c.getFinalJudgmentOn().get();
        switch (Bases.underPp17(finalOn)) {
            case 1:
                return Evaluation.fail("ordinaryCrime").fact("finalJudgmentOn", finalOn).build();
            case 0:
                return Evaluation.warning("pp17Date").fact("finalJudgmentOn", finalOn).build();
            default:
                return Evaluation.pass();
        }
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionType;
import io.github.imut.model.Proposal;
import java.util.Optional;

/**
 * {@code JPT-OPEN-SEL}: a JPT vacancy is filled by open, competitive selection (seleksi terbuka), for JPT utama and
 * madya at national level; since PP 17/2020 a JPT may also be filled by moving an existing JPT through a competency
 * test (uji kompetensi). Catalogue S: UU 5/2014 Pasal 108-115 (revoked 2023-10-31), PP 11/2017 as amended by PP
 * 17/2020, PermenPAN-RB 15/2019.
 *
 * <ul>
 *   <li>PASS: a passed {@code OPEN_SELECTION} or {@code COMPETENCY_TEST} result, or an attached
 *       {@code HASIL_SELEKSI};</li>
 *   <li>WARNING: none of them (the catalogue's outcome: the verifier asks for the selection or test
 *       reference);</li>
 *   <li>FAIL: the latest result says the employee did not pass, and none of the other kind passed.</li>
 * </ul>
 * Applies to PNS and PPPK appointments into any JPT; an acting assignment (Plt, Plh) is not concerned.
 */
public final class OpenSelectionRule implements Rule {
    static final String ID = "JPT-OPEN-SEL";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pengisian JPT melalui seleksi terbuka atau uji kompetensi",
                    "A JPT is filled by open selection or a competency test")
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("UU 5/2014").article("108-115").inForce(Bases.UNDER_UU5),
                    LegalBasis.of("PP 11/2017").inForce(Bases.UNDER_PP11)
                            .note("Sebagaimana diubah dengan PP 17/2020; nomor pasal tidak diberikan katalog"),
                    LegalBasis.of("PermenPAN-RB 15/2019"))
            .inForce(InForce.from(Bases.UU5_2014))
            .confidence(Confidence.S)
            .build();

    /** The selection requirement: a passed open selection or competency test, or the selection result attached. */
    private static final Examination SELECTION = Examination.of("selection", DocumentKind.HASIL_SELEKSI,
            AssessmentKind.OPEN_SELECTION, AssessmentKind.COMPETENCY_TEST);

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
        Checklist c = new Checklist().fact("effectiveDate", proposal.getEffectiveDate())
                .fact("targetLevel", target.get());
        Requirements.assessment(proposal, SELECTION, c);
        Evaluation e = c.result();
        if (!e.isNotApplicable() && e.outcome() == Outcome.INCOMPLETE) {
            return Evaluation.warning("noSelection").fact("effectiveDate", proposal.getEffectiveDate())
                    .fact("targetLevel", target.get()).missing("documents[HASIL_SELEKSI]").build();
        }
        return e;
    }
}

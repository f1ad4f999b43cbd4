package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.model.Action;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;

/**
 * {@code CPNS-LATSAR} and {@code CPNS-SEHAT}: a CPNS is appointed PNS only after passing the training of the
 * probation year (pendidikan dan pelatihan, latsar) and being declared sehat jasmani dan rohani; a CPNS who does not
 * meet them is dismissed as CPNS, not appointed (PP 11/2017; the catalogue gives no pasal: the regulation's text on
 * dirbkpsdm.parigimoutongkab.go.id, the site the catalogue relies on for PP 11/2017, shows these requirements in
 * Pasal 36 ayat (1) huruf a and b and the dismissal in Pasal 37 ayat (1), to be confirmed in the catalogue).
 *
 * <ul>
 *   <li>PASS: the latest {@code LATSAR} (or {@code HEALTH}) result is passed, or, without a result, the
 *       certificate is attached ({@code SERTIFIKAT_LATSAR}, {@code SURAT_SEHAT});</li>
 *   <li>FAIL: the latest result is not passed — the message says the CPNS is to be dismissed as CPNS;</li>
 *   <li>INCOMPLETE: neither result nor certificate ({@code documents[SERTIFIKAT_LATSAR]},
 *       {@code documents[SURAT_SEHAT]}).</li>
 * </ul>
 */
public final class CpnsExaminationRule implements Rule {
    private final RuleDescriptor descriptor;
    private final Examination examination;

    private CpnsExaminationRule(String id, String titleId, String titleEn, AssessmentKind kind,
            DocumentKind document, String code) {
        this.examination = Examination.of(code, document, kind);
        this.descriptor = RuleDescriptor.builder(id)
                .title(titleId, titleEn)
                .appliesTo(Action.CPNS_TO_PNS)
                .basis(Bases.PP11_CPNS)
                .inForce(Bases.UNDER_PP11)
                .confidence(Confidence.S)
                .build();
    }

    /** @return {@code CPNS-LATSAR} */
    public static CpnsExaminationRule training() {
        return new CpnsExaminationRule("CPNS-LATSAR", "CPNS lulus pendidikan dan pelatihan (latsar)",
                "The CPNS passed the probation-year training (latsar)", AssessmentKind.LATSAR,
                DocumentKind.SERTIFIKAT_LATSAR, "latsar");
    }

    /** @return {@code CPNS-SEHAT} */
    public static CpnsExaminationRule health() {
        return new CpnsExaminationRule("CPNS-SEHAT", "CPNS sehat jasmani dan rohani",
                "The CPNS is physically and mentally fit", AssessmentKind.HEALTH, DocumentKind.SURAT_SEHAT,
                "health");
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        // the effective date and the result's kind, date and reference
        Checklist c = new Checklist(4).fact("effectiveDate", proposal.getEffectiveDate());
        Requirements.assessment(proposal, examination, c);
        return c.result();
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

/**
 * {@code JA-ADMIN} and {@code JA-PENGAWAS}: the requirements for appointment into a managerial administration
 * position, PP 11/2017 Pasal 54 ayat (1) (administrator) and ayat (2) (pengawas), catalogue table R1 and section 2.4
 * (V: a blog reproducing the wording):
 *
 * <ul>
 *   <li>PNS status;</li>
 *   <li>education at least S1/D-IV (administrator) or D-III (pengawas);</li>
 *   <li>at least {@code ja.administrator.prior.years} (3) years as pengawas, or at least
 *       {@code ja.pengawas.prior.years} (4) years as pelaksana, "or in a JF at the equivalent level", in a field
 *       matching the target post: the months are summed over the positions the agency states to be related
 *       ({@code relatedToTarget}) up to the effective date, overlaps counted once;</li>
 *   <li>every performance rating at least BAIK in the last {@code ja.performance.years} (2) completed appraisal
 *       years;</li>
 *   <li>sehat jasmani dan rohani (a health result or certificate).</li>
 * </ul>
 * The catalogue does not say which JF level is "equivalent" to pengawas or pelaksana. Time in JF ahli muda (for
 * administrator) or ahli pertama and the skilled JF levels (for pengawas), and time in a higher position, is counted
 * only on that unconfirmed assumption (catalogue R3: U): a requirement met only that way gives a WARNING naming the
 * levels assumed, never a pass and never a failure. Integrity and the competencies proven by the tim penilai kinerja
 * are not data and are not checked. An acting assignment (Plt, Plh) is not concerned.
 */
public final class AdministrationRequirementRule implements Rule {
    private final PositionLevel level;
    private final EducationLevel education;
    private final String priorYears;
    private final String priorLevels;
    private final QualifyingTime.Counts prior;
    private final RuleDescriptor descriptor;

    private AdministrationRequirementRule(PositionLevel level, String id, String titleId, String titleEn,
            String paragraph, EducationLevel education, String priorYears, String priorLevels,
            EnumSet<PositionLevel> sure, EnumSet<PositionLevel> assumed) {
        this.level = level;
        this.education = education;
        this.priorYears = priorYears;
        this.priorLevels = priorLevels;
        this.prior = QualifyingTime.Counts.levels(sure, assumed, true);
        this.descriptor = RuleDescriptor.builder(id)
                .title(titleId, titleEn)
                .appliesTo(Action.INTO_POSITION)
                .basis(LegalBasis.of("PP 11/2017").article("54").paragraph(paragraph).inForce(Bases.UNDER_PP11))
                .inForce(Bases.UNDER_PP11)
                .confidence(Confidence.V)
                .parameters(priorYears, "ja.performance.years")
                .build();
    }

    /** @return {@code JA-ADMIN} */
    public static AdministrationRequirementRule administrator() {
        return new AdministrationRequirementRule(PositionLevel.ADMINISTRATOR, "JA-ADMIN",
                "Persyaratan pengangkatan dalam jabatan administrator",
                "Requirements for appointment as administrator", "1", EducationLevel.S1,
                "ja.administrator.prior.years", "PENGAWAS",
                EnumSet.of(PositionLevel.PENGAWAS),
                EnumSet.of(PositionLevel.AHLI_MUDA, PositionLevel.ADMINISTRATOR, PositionLevel.AHLI_MADYA,
                        PositionLevel.AHLI_UTAMA, PositionLevel.JPT_PRATAMA, PositionLevel.JPT_MADYA,
                        PositionLevel.JPT_UTAMA));
    }

    /** @return {@code JA-PENGAWAS} */
    public static AdministrationRequirementRule pengawas() {
        return new AdministrationRequirementRule(PositionLevel.PENGAWAS, "JA-PENGAWAS",
                "Persyaratan pengangkatan dalam jabatan pengawas", "Requirements for appointment as pengawas", "2",
                EducationLevel.D3, "ja.pengawas.prior.years", "PELAKSANA",
                EnumSet.of(PositionLevel.PELAKSANA),
                EnumSet.of(PositionLevel.AHLI_PERTAMA, PositionLevel.PENYELIA, PositionLevel.MAHIR,
                        PositionLevel.TERAMPIL, PositionLevel.PEMULA, PositionLevel.PENGAWAS,
                        PositionLevel.AHLI_MUDA, PositionLevel.ADMINISTRATOR, PositionLevel.AHLI_MADYA,
                        PositionLevel.AHLI_UTAMA, PositionLevel.JPT_PRATAMA, PositionLevel.JPT_MADYA,
                        PositionLevel.JPT_UTAMA));
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<PositionLevel> target = Requirements.targetLevel(proposal);
        if (target.isEmpty() || target.get() != level || Requirements.isActing(proposal)) {
            return Evaluation.notApplicable();
        }
        Employee e = proposal.getEmployee();
        LocalDate effective = proposal.getEffectiveDate();
        Checklist c = new Checklist().fact("effectiveDate", effective).fact("targetLevel", level)
                .fact("priorLevels", priorLevels);
        Requirements.pns(e, c);
        Requirements.education(e, education, c);
        Requirements.years(QualifyingTime.of(e, effective, prior), context.intParameter(priorYears),
                Requirements.PRIOR, c);
        Requirements.performance(e, effective, context.intParameter("ja.performance.years"), c);
        Requirements.health(proposal, c);
        return c.result();
    }
}

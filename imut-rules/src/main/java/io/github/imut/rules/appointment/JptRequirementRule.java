package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

/**
 * {@code JPT-REQ-UTAMA}, {@code JPT-REQ-MADYA}, {@code JPT-REQ-PRATAMA}: the requirements for a PNS appointed into a
 * senior leadership position (persyaratan JPT dari kalangan PNS, PP 11/2017 Pasal 107 huruf a, b, c; huruf c as
 * amended by PP 17/2020), catalogue table R1:
 *
 * <table>
 *   <caption>Requirements by level (parameters {@code jpt.<level>.*})</caption>
 *   <tr><th>Level</th><th>Education</th><th>Related experience</th><th>Prior post (at least 2 years)</th>
 *       <th>Max age</th></tr>
 *   <tr><td>utama</td><td>S1/D-IV</td><td>10 years</td><td>JPT madya or JF ahli utama</td><td>58</td></tr>
 *   <tr><td>madya</td><td>S1/D-IV</td><td>7 years (S)</td><td>JPT pratama or JF ahli utama</td><td>58</td></tr>
 *   <tr><td>pratama</td><td>S1/D-IV</td><td>5 years</td><td>administrator or JF ahli madya</td><td>56</td></tr>
 * </table>
 * and sehat jasmani dan rohani (a health result or certificate). Checked for {@code INTO_POSITION} of a PNS; a
 * CPNS fails (a JPT from among PNS needs PNS status); a PPPK or non-PNS is {@code JPT-NONPNS}. An acting
 * assignment (Plt, Plh) is not an appointment and is not concerned.
 *
 * <ul>
 *   <li><b>Related experience</b>: cumulative, overlaps counted once ({@link Experience}), over the positions the
 *       agency states to be related to the target ({@code relatedToTarget}); unstated relatedness gives INCOMPLETE
 *       only where it could change the outcome.</li>
 *   <li><b>Prior post</b>: cumulative time in the levels the pasal names. Time in a higher level (e.g. a JPT
 *       pratama applying for another JPT pratama post) is counted only on an assumption the catalogue does not
 *       confirm: a requirement met that way gives a WARNING, not a pass.</li>
 *   <li><b>Age</b>: whole years completed at the inauguration (the effective date), the reading of open-selection
 *       announcements ("pada saat pelantikan"; catalogue: S, open question 16): a 56-year-old who is not yet 57
 *       meets "56". Switch {@value #AGE_STRICT}: "age at most the limit on the date" instead (the limit birthday is
 *       the last day).</li>
 *   <li><b>Exception</b>: the requirements "dapat dikecualikan dengan terlebih dahulu mendapatkan persetujuan
 *       Presiden" (PP 11/2017 Pasal 107 ayat (2), added by PP 17/2020): with the President's written approval dated
 *       on or before the effective date the rule passes, citing it; without it an unmet requirement fails.</li>
 * </ul>
 * Where time alone cures the failure (the years complete while the employee stays in post, before the age limit),
 * the earliest compliant date is given.
 */
public final class JptRequirementRule implements Rule {
    /** Switch: the age limit ends on the limit birthday instead of the day before the next one. */
    public static final String AGE_STRICT = "JPT-REQ.age-at-most-limit-on-date";

    static final Switch AGE_SWITCH = Switch.of(AGE_STRICT, false,
            "Batas usia JPT dibaca \"usia paling tinggi N tahun pada tanggal pelantikan\": hari ulang tahun ke-N"
                    + " adalah hari terakhir yang memenuhi (bawaan: usia dalam tahun penuh paling tinggi N, yaitu"
                    + " sampai sehari sebelum ulang tahun ke-N+1)",
            "Read the JPT age limit as \"at most N years old on the inauguration date\": the Nth birthday is the last"
                    + " eligible day (default: age in whole years at most N, i.e. until the day before the N+1th"
                    + " birthday)");

    private final PositionLevel level;
    private final String experienceYears;
    private final String priorYears;
    private final String ageMax;
    private final QualifyingTime.Counts prior;
    private final RuleDescriptor descriptor;
    private final LegalBasis requirementBasis;

    private static final QualifyingTime.Counts RELATED = QualifyingTime.Counts.anyLevel(true);

    private JptRequirementRule(PositionLevel level, String id, String prefix, LegalBasis basis, Confidence confidence,
            String titleId, String titleEn, EnumSet<PositionLevel> sure, EnumSet<PositionLevel> assumed) {
        this.level = level;
        this.experienceYears = prefix + ".experience.years";
        this.priorYears = prefix + ".prior.years";
        this.ageMax = prefix + ".age.max";
        this.prior = QualifyingTime.Counts.levels(sure, assumed, false);
        this.requirementBasis = basis;
        this.descriptor = RuleDescriptor.builder(id)
                .title(titleId, titleEn)
                .appliesTo(Action.INTO_POSITION)
                .basis(basis, Bases.PP11_107_2)
                .inForce(Bases.UNDER_PP11)
                .confidence(confidence)
                .parameters(experienceYears, priorYears, ageMax)
                .switches(AGE_SWITCH)
                .build();
    }

    /** @return {@code JPT-REQ-UTAMA} (PP 11/2017 Pasal 107 huruf a; V for the 2017 text) */
    public static JptRequirementRule utama() {
        return new JptRequirementRule(PositionLevel.JPT_UTAMA, "JPT-REQ-UTAMA", "jpt.utama",
                LegalBasis.of("PP 11/2017").article("107").letter("a").inForce(Bases.UNDER_PP11), Confidence.V,
                "Persyaratan pengangkatan PNS dalam JPT utama", "Requirements for appointing a PNS as JPT utama",
                EnumSet.of(PositionLevel.JPT_MADYA, PositionLevel.AHLI_UTAMA), EnumSet.of(PositionLevel.JPT_UTAMA));
    }

    /** @return {@code JPT-REQ-MADYA} (PP 11/2017 Pasal 107 huruf b; the 7 years are S) */
    public static JptRequirementRule madya() {
        return new JptRequirementRule(PositionLevel.JPT_MADYA, "JPT-REQ-MADYA", "jpt.madya",
                LegalBasis.of("PP 11/2017").article("107").letter("b").inForce(Bases.UNDER_PP11), Confidence.S,
                "Persyaratan pengangkatan PNS dalam JPT madya", "Requirements for appointing a PNS as JPT madya",
                EnumSet.of(PositionLevel.JPT_PRATAMA, PositionLevel.AHLI_UTAMA),
                EnumSet.of(PositionLevel.JPT_MADYA, PositionLevel.JPT_UTAMA));
    }

    /** @return {@code JPT-REQ-PRATAMA} (PP 11/2017 Pasal 107 huruf c as amended by PP 17/2020; V) */
    public static JptRequirementRule pratama() {
        return new JptRequirementRule(PositionLevel.JPT_PRATAMA, "JPT-REQ-PRATAMA", "jpt.pratama",
                LegalBasis.of("PP 11/2017").article("107").letter("c").inForce(Bases.UNDER_PP11)
                        .note("Sebagaimana diubah dengan PP 17/2020"),
                Confidence.V, "Persyaratan pengangkatan PNS dalam JPT pratama",
                "Requirements for appointing a PNS as JPT pratama",
                EnumSet.of(PositionLevel.ADMINISTRATOR, PositionLevel.AHLI_MADYA),
                EnumSet.of(PositionLevel.JPT_PRATAMA, PositionLevel.JPT_MADYA, PositionLevel.JPT_UTAMA,
                        PositionLevel.AHLI_UTAMA));
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
        if (e.getStatus().isEmpty()) {
            return Evaluation.incomplete("employee.status");
        }
        EmploymentStatus status = e.getStatus().get();
        if (status != EmploymentStatus.PNS && status != EmploymentStatus.CPNS) {
            return Evaluation.notApplicable();
        }
        LocalDate effective = proposal.getEffectiveDate();
        Checklist c = new Checklist().fact("effectiveDate", effective).fact("targetLevel", level);
        Requirements.pns(e, c);
        Requirements.education(e, EducationLevel.S1, c);
        Requirements.years(QualifyingTime.of(e, effective, RELATED), context.intParameter(experienceYears),
                Requirements.EXPERIENCE, c);
        c.fact("priorLevels", priorLevels());
        Requirements.years(QualifyingTime.of(e, effective, prior), context.intParameter(priorYears),
                Requirements.PRIOR, c);
        Requirements.maxAge(e, effective, context.intParameter(ageMax), context.isOn(AGE_STRICT), c);
        Requirements.health(proposal, c);
        if (status == EmploymentStatus.CPNS) {
            return c.result();
        }
        return c.result(proposal.approvalFrom(Approver.PRESIDEN), "waived", requirementBasis, Bases.PP11_107_2);
    }

    private String priorLevels() {
        switch (level) {
            case JPT_UTAMA:
                return "JPT_MADYA, AHLI_UTAMA";
            case JPT_MADYA:
                return "JPT_PRATAMA, AHLI_UTAMA";
            default:
                return "ADMINISTRATOR, AHLI_MADYA";
        }
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code JA-PELAKSANA}: the requirements for appointment as pelaksana as the catalogue recalls PP 11/2017 Pasal 54
 * ayat (3) — PNS, education at least SLTA, passed technical training for the field, performance at least BAIK in
 * the last {@code ja.performance.years} (2) years, healthy — from memory only (catalogue: U, open question 5).
 *
 * <p>An uncertain rule never blocks: every unmet requirement and every missing fact gives a WARNING naming them,
 * never a failure or an incomplete file. Technical training is the latest {@code TECHNICAL_TRAINING} assessment
 * result (there is no document kind for it); health is a health result or certificate. An acting assignment (Plt,
 * Plh) is not concerned.
 */
public final class PelaksanaRequirementRule implements Rule {
    static final String ID = "JA-PELAKSANA";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Persyaratan pengangkatan dalam jabatan pelaksana (belum terverifikasi)",
                    "Requirements for appointment as pelaksana (unverified)")
            .appliesTo(Action.INTO_POSITION)
            .basis(LegalBasis.of("PP 11/2017").article("54").paragraph("3").inForce(Bases.UNDER_PP11)
                    .note("Dari ingatan penyusun katalog; bunyi ayat belum terlihat (U)"))
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.U)
            .parameters("ja.performance.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<PositionLevel> target = Requirements.targetLevel(proposal);
        if (target.isEmpty() || target.get() != PositionLevel.PELAKSANA || Requirements.isActing(proposal)) {
            return Evaluation.notApplicable();
        }
        Employee e = proposal.getEmployee();
        LocalDate effective = proposal.getEffectiveDate();
        Checklist c = new Checklist().fact("effectiveDate", effective).fact("targetLevel", PositionLevel.PELAKSANA);
        Requirements.pns(e, c);
        Requirements.education(e, EducationLevel.SLTA, c);
        Optional<AssessmentResult> training = Requirements.latest(e, AssessmentKind.TECHNICAL_TRAINING);
        if (training.isEmpty()) {
            c.missing("employee.assessments[TECHNICAL_TRAINING]");
        } else if (!training.get().isPassed()) {
            c.unmet("training", "trainingFailed");
        }
        Requirements.performance(e, effective, context.intParameter("ja.performance.years"), c);
        Requirements.health(proposal, c);
        Evaluation strict = c.result();
        if (strict.isNotApplicable() || strict.outcome() == Outcome.PASS) {
            return strict;
        }
        Evaluation.Builder b = Evaluation.warning(strict.outcome() == Outcome.FAIL ? "unmet" : "missingData");
        for (java.util.Map.Entry<String, Object> f : strict.facts().entrySet()) {
            b.fact(f.getKey(), f.getValue());
        }
        for (String m : strict.missing()) {
            b.missing(m);
        }
        return b.build();
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.FunctionalRoute;
import io.github.imut.model.Ground;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.PositionType;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code JF-PINDAH}: the requirements for moving a PNS into a functional position from another position
 * (pengangkatan dalam JF melalui perpindahan dari jabatan lain), PermenPAN-RB 1/2023 on Jabatan Fungsional as
 * summarised by BKN's SIASN support FAQ (catalogue S; the pasal was not seen):
 *
 * <ul>
 *   <li>PNS status;</li>
 *   <li>education at least S1/D-IV for a JF keahlian, SLTA for a JF keterampilan;</li>
 *   <li>passed the uji kompetensi set by the instansi pembina (a passed {@code COMPETENCY_TEST} result, or an
 *       attached {@code HASIL_SELEKSI}); a failed latest result fails;</li>
 *   <li>at least {@code jf.transfer.experience.years} (2) years' experience in the JF's field, cumulative over the
 *       positions the agency states to be related ({@code relatedToTarget});
 *       {@code jf.transfer.experience.restructuring.years} (1) year where the proposal claims the ground {@code PENATAAN_BIROKRASI} or {@code KEBUTUHAN_STRATEGIS}
 *       (penataan birokrasi or strategic need) with its evidence (a claimed ground without evidence is
 *       incomplete);</li>
 *   <li>performance at least BAIK in the last {@code jf.transfer.performance.years} (2) years;</li>
 *   <li>sehat jasmani dan rohani;</li>
 *   <li>maximum age at the inauguration by target jenjang: 53 for ahli pertama, ahli muda and every keterampilan
 *       level, 55 for ahli madya, 60 for ahli utama for a PNS who has held a JPT, 63 for ahli utama moving between
 *       ahli utama JFs (parameters {@code jf.transfer.age.max.*}); whole years completed, or with switch
 *       {@value #AGE_STRICT} "at most the limit on the date". The catalogue gives no limit for any other route into
 *       ahli utama: that case warns. Its note "carried out no later than 1 year before BUP" for an ex-JPT is not
 *       checked (it is unclear which BUP it means).</li>
 * </ul>
 * The rule concerns an {@code INTO_POSITION} into a JF whose route ({@code target.functionalRoute}) is
 * {@code TRANSFER}; when the route is not stated, a move from an administration or JPT position is a transfer, and a
 * move from another JF (which may be a promotion within the same JF) is INCOMPLETE until the route is stated. An
 * acting assignment (Plt, Plh) is not concerned.
 */
public final class FunctionalTransferRule implements Rule {
    static final String ID = "JF-PINDAH";
    /** Switch: the age limit ends on the limit birthday instead of the day before the next one. */
    public static final String AGE_STRICT = "JF-PINDAH.age-at-most-limit-on-date";
    /** Ground codes that lower the experience required (penataan birokrasi, kebutuhan strategis). */
    static final String RESTRUCTURING = "PENATAAN_BIROKRASI";
    static final String STRATEGIC = "KEBUTUHAN_STRATEGIS";

    private static final QualifyingTime.Counts RELATED = QualifyingTime.Counts.anyLevel(true);

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Persyaratan pengangkatan dalam jabatan fungsional melalui perpindahan",
                    "Requirements for moving into a functional position from another position")
            .appliesTo(Action.INTO_POSITION)
            .basis(LegalBasis.of("PermenPAN-RB 1/2023").inForce(InForce.from(Bases.PERMENPAN_1_2023))
                    .note("Ringkasan FAQ SIASN BKN; nomor pasal belum terlihat"))
            .inForce(InForce.from(Bases.PERMENPAN_1_2023))
            .confidence(Confidence.S)
            .parameters("jf.transfer.experience.years", "jf.transfer.experience.restructuring.years",
                    "jf.transfer.performance.years", "jf.transfer.age.max.junior", "jf.transfer.age.max.madya",
                    "jf.transfer.age.max.utama.fromjpt", "jf.transfer.age.max.utama.between")
            .switches(Switch.of(AGE_STRICT, false,
                    "Batas usia perpindahan ke JF dibaca \"usia paling tinggi N tahun pada tanggal pelantikan\":"
                            + " hari ulang tahun ke-N adalah hari terakhir (bawaan: usia dalam tahun penuh paling"
                            + " tinggi N)",
                    "Read the age limit for moving into a JF as \"at most N years old on the inauguration"
                            + " date\": the Nth birthday is the last eligible day (default: age in whole years at"
                            + " most N)"))
            .build();

    /** The competency requirement: a passed competency test, or the selection result attached. */
    private static final Examination COMPETENCY = Examination.of("competency", DocumentKind.HASIL_SELEKSI,
            AssessmentKind.COMPETENCY_TEST);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<PositionLevel> target = Requirements.targetLevel(proposal);
        if (target.isEmpty() || !target.get().isFunctional() || Requirements.isActing(proposal)) {
            return Evaluation.notApplicable();
        }
        Employee e = proposal.getEmployee();
        Optional<FunctionalRoute> route = proposal.getTarget().get().getFunctionalRoute();
        Optional<Position> current = e.getCurrentPosition();
        Optional<PositionLevel> held = current.isPresent() ? current.get().getLevel() : Optional.empty();
        if (route.isPresent()) {
            if (route.get() != FunctionalRoute.TRANSFER) {
                return Evaluation.notApplicable();
            }
        } else if (held.isEmpty()) {
            return Evaluation.incomplete("target.functionalRoute");
        } else if (held.get().isFunctional()) {
            return Evaluation.incomplete("target.functionalRoute");
        }
        LocalDate effective = proposal.getEffectiveDate();
        PositionLevel level = target.get();
        Checklist c = new Checklist().fact("effectiveDate", effective).fact("targetLevel", level);
        Requirements.pns(e, c);
        Requirements.education(e, level.type() == PositionType.FUNCTIONAL_EXPERT ? EducationLevel.S1
                : EducationLevel.SLTA, c);
        Requirements.assessment(proposal, COMPETENCY, c);
        int years = context.intParameter("jf.transfer.experience.years");
        Optional<Ground> ground = ground(proposal);
        if (ground.isPresent()) {
            c.fact("ground", ground.get().getCode());
            if (ground.get().getEvidence().isEmpty()) {
                c.missing("grounds[" + ground.get().getCode() + "].evidence");
            } else {
                c.fact("groundEvidence", ground.get().getEvidence().get());
                years = context.intParameter("jf.transfer.experience.restructuring.years");
            }
        }
        Requirements.years(QualifyingTime.of(e, effective, RELATED), years, Requirements.EXPERIENCE, c);
        Requirements.performance(e, effective, context.intParameter("jf.transfer.performance.years"), c);
        Requirements.health(proposal, c);
        String ageParameter = ageParameter(level, e, held);
        if (ageParameter == null) {
            if (held.isEmpty()) {
                c.missing("employee.currentPosition.level");
            } else {
                c.warn("age", "noAgeLimit");
            }
        } else {
            Requirements.maxAge(e, effective, context.intParameter(ageParameter), context.isOn(AGE_STRICT), c);
        }
        return c.result();
    }

    private static Optional<Ground> ground(Proposal p) {
        List<Ground> grounds = p.getGrounds();
        for (int i = 0; i < grounds.size(); i++) {
            String code = grounds.get(i).getCode();
            if (RESTRUCTURING.equals(code) || STRATEGIC.equals(code)) {
                return Optional.of(grounds.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return the age limit's parameter for the target jenjang, or null where the catalogue gives none */
    private static String ageParameter(PositionLevel level, Employee e, Optional<PositionLevel> held) {
        switch (level) {
            case AHLI_MADYA:
                return "jf.transfer.age.max.madya";
            case AHLI_UTAMA:
                if (held.isPresent() && held.get() == PositionLevel.AHLI_UTAMA) {
                    return "jf.transfer.age.max.utama.between";
                }
                if (heldJpt(e)) {
                    return "jf.transfer.age.max.utama.fromjpt";
                }
                return null;
            default:
                return "jf.transfer.age.max.junior";
        }
    }

    private static boolean heldJpt(Employee e) {
        if (e.getCurrentPosition().isPresent() && e.getCurrentPosition().get().getLevel().isPresent()
                && e.getCurrentPosition().get().getLevel().get().type() == PositionType.JPT) {
            return true;
        }
        List<PositionRecord> history = e.getPositionHistory();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).getLevel().isPresent() && history.get(i).getLevel().get().type() == PositionType.JPT) {
                return true;
            }
        }
        return false;
    }
}

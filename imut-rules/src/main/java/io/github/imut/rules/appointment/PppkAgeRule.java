package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.law.LegalDates.LeapDay;
import io.github.imut.law.ParameterValue;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import io.github.imut.rules.dismissal.RetirementAge;
import java.time.LocalDate;

/**
 * {@code PPPK-USIA}: a PPPK appointee is at least {@code pppk.age.min} (20) years old and at most
 * {@code pppk.age.belowBup} (1) year below the retirement age (BUP) of the position (PP 49/2018 as reported; catalogue
 * S, akoenksembilantujuh.com). The BUP is the target position's, as {@code BUP-TABLE} gives it (PP 11/2017 Pasal
 * 239-240, parameters {@code bup.age.*}).
 *
 * <p>The catalogue gives no reference date, so the age is taken at the effective date (date guidance 5: whole years
 * completed at the TMT). Minimum: reached on the 20th birthday, which is the earliest compliant date (a 29 February
 * birthday on 1 March: {@link LeapDay#MAR_1}, a minimum is not reached early). Maximum: whole years completed at most
 * BUP − 1, i.e. until the day before the BUP birthday; with switch {@value #AGE_STRICT}, "at most BUP − 1 on the
 * date" (the BUP − 1 birthday is the last day; 29 February on 28 February). Missing birth date or target level gives
 * INCOMPLETE.
 */
public final class PppkAgeRule implements Rule {
    static final String ID = "PPPK-USIA";
    /** Switch: the maximum age ends on the BUP − 1 birthday instead of the day before the BUP birthday. */
    public static final String AGE_STRICT = "PPPK-USIA.age-at-most-limit-on-date";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Batas usia pengangkatan PPPK", "Age limits for appointment as PPPK")
            .appliesTo(Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("PP 49/2018").note("Sebagaimana dilaporkan; nomor pasal belum terlihat"))
            .confidence(Confidence.S)
            .parameters("pppk.age.min", "pppk.age.belowBup", "bup.age.a", "bup.age.b", "bup.age.c",
                    "bup.age.guru", "bup.age.dosen", "bup.age.research.junior", "bup.age.research.madya",
                    "bup.age.research.utama")
            .switches(Switch.of(AGE_STRICT, false,
                    "Batas usia tertinggi PPPK dibaca \"paling tinggi BUP dikurangi 1 tahun pada tanggal TMT\": ulang"
                            + " tahun ke-(BUP-1) adalah hari terakhir (bawaan: usia dalam tahun penuh paling tinggi"
                            + " BUP-1)",
                    "Read the PPPK maximum age as \"at most BUP minus 1 on the effective date\": the (BUP-1)th"
                            + " birthday is the last eligible day (default: age in whole years at most BUP-1)"))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        boolean levelKnown = proposal.getTarget().isPresent()
                && proposal.getTarget().get().getPosition().getLevel().isPresent();
        if (e.getBirthDate().isEmpty() || !levelKnown) {
            Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            if (e.getBirthDate().isEmpty()) {
                b.missing("employee.birthDate");
            }
            if (!levelKnown) {
                b.missing("target.position.level");
            }
            return b.build();
        }
        LocalDate birth = e.getBirthDate().get();
        LocalDate effective = proposal.getEffectiveDate();
        Position target = proposal.getTarget().get().getPosition();
        int min = context.intParameter("pppk.age.min");
        LocalDate minReached = LegalDates.plusYears(birth, min, LeapDay.MAR_1);
        int age = LegalDates.completedYears(birth, effective);
        if (effective.isBefore(minReached)) {
            return Evaluation.fail("tooYoung").fact("birthDate", birth).fact("effectiveDate", effective)
                    .fact("age", age).fact("minAge", min).fact("minAgeReached", minReached)
                    .earliestCompliantDate(minReached).build();
        }
        ParameterValue bup = RetirementAge.bup(target, context);
        int max = bup.value() - context.intParameter("pppk.age.belowBup");
        LocalDate last = Requirements.lastDayWithinAge(birth, max, context.isOn(AGE_STRICT));
        if (effective.isAfter(last)) {
            return Evaluation.fail("tooOld").fact("birthDate", birth).fact("effectiveDate", effective)
                    .fact("age", age).fact("maxAge", max).fact("bupAge", bup.value())
                    .fact("bupBasis", bup.reference()).fact("lastEligibleDay", last).build();
        }
        return Evaluation.pass();
    }
}

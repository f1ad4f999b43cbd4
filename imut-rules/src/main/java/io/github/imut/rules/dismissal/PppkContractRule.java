package io.github.imut.rules.dismissal;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.Proposal;
import java.time.LocalDate;

/**
 * {@code PPPK-PK}: a PPPK's work contract runs "paling singkat 1 (satu) tahun" and may be extended by performance,
 * competence and need (PP 49/2018 Pasal 37); it ends at the latest when the PPPK reaches the retirement age of the
 * position ("mencapai batas usia pensiun jabatan", UU 20/2023 Pasal 52 ayat (3) huruf c and Pasal 55).
 *
 * <ul>
 *   <li>INCOMPLETE: status, the new contract's period ({@code contractPeriod} with its last day), the birth date or
 *       the position's level (the target's if given, else the current one).</li>
 *   <li>FAIL: the employee is not a PPPK; the contract runs past the day the BUP is reached; it is shorter than
 *       {@code pppk.contract.min.years} (inclusive of both ends; a 29 February start needs to 28 February) unless the
 *       BUP ends it sooner.</li>
 *   <li>WARNING: a contract shortened by the BUP; longer than {@code pppk.contract.max.years} (a reported
 *       PermenPANRB, U); no performance appraisal ({@code SKP}) for the extension.</li>
 * </ul>
 */
public final class PppkContractRule implements Rule {
    static final String ID = "PPPK-PK";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Masa perjanjian kerja PPPK: paling singkat 1 tahun dan tidak melewati BUP jabatan",
                    "PPPK contract: at least 1 year and not past the position's retirement age")
            .appliesTo(Action.PPPK_CONTRACT_EXTENSION)
            .basis(Bases.PP49_2018.article("37"),
                    LegalBasis.of("UU 20/2023").article("52").paragraph("3").letter("c").inForce(Bases.UNDER_UU20),
                    Bases.UU20_55)
            .confidence(Confidence.S)
            .parameters("pppk.contract.min.years", "pppk.contract.max.years", "bup.age.a", "bup.age.b", "bup.age.c",
                    "bup.age.guru", "bup.age.dosen", "bup.age.research.junior", "bup.age.research.madya",
                    "bup.age.research.utama")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        Position position = proposal.getTarget().isPresent() ? proposal.getTarget().get().getPosition()
                : e.getCurrentPosition().orElse(null);
        Period period = proposal.getContractPeriod().orElse(null);
        Need need = new Need().field(e.getStatus().isPresent(), "employee.status")
                .field(period != null && period.getTo().isPresent(), "contractPeriod.to")
                .field(e.getBirthDate().isPresent(), "employee.birthDate")
                .field(position != null && position.getLevel().isPresent(), proposal.getTarget().isPresent()
                        ? "target.position.level" : "employee.currentPosition.level");
        if (need.any()) {
            return need.build();
        }
        if (e.getStatus().get() != EmploymentStatus.PPPK) {
            return Evaluation.fail("notPppk").fact("status", e.getStatus().get()).build();
        }
        RetirementAge.Bup bup = RetirementAge.of(proposal, position, context);
        LocalDate bupDate = RetirementAge.bupDate(e.getBirthDate().get(), bup.age());
        LocalDate from = period.getFrom();
        LocalDate to = period.getTo().get();
        if (to.isAfter(bupDate)) {
            return Evaluation.fail("pastBup").fact("contractFrom", from).fact("contractTo", to)
                    .fact("bupAge", bup.age()).fact("bupBasis", bup.basis()).fact("bupDate", bupDate).build();
        }
        int minYears = context.intParameter("pppk.contract.min.years");
        LocalDate minTo = LegalDates.plusYears(from, minYears, LegalDates.LeapDay.MAR_1).minusDays(1);
        if (to.isBefore(minTo)) {
            if (bupDate.isBefore(minTo)) {
                return Evaluation.warning("shortenedByBup").fact("contractFrom", from).fact("contractTo", to)
                        .fact("bupDate", bupDate).build();
            }
            return Evaluation.fail("tooShort").fact("contractFrom", from).fact("contractTo", to)
                    .fact("minYears", minYears).fact("minTo", minTo).build();
        }
        int maxYears = context.intParameter("pppk.contract.max.years");
        if (to.isAfter(LegalDates.plusYears(from, maxYears, LegalDates.LeapDay.FEB_28).minusDays(1))) {
            return Evaluation.warning("longerThanReported").fact("contractFrom", from).fact("contractTo", to)
                    .fact("maxYears", maxYears).build();
        }
        if (!proposal.hasDocument(DocumentKind.SKP)) {
            return Evaluation.warning("noAppraisal").build();
        }
        return Evaluation.pass();
    }
}

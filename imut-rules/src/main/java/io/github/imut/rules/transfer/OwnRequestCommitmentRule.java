package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Initiator;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code MUT-10Y-OWNREQ}: a PNS signs on appointment that they will not request a transfer to another agency for
 * personal reasons for at least 10 years from appointment as PNS; persisting counts as resignation (PermenPAN-RB
 * 6/2024 Pasal 59 ayat (2) and (4); before it PermenPAN-RB 27/2021 Pasal 52 and PermenPAN-RB 36/2018).
 *
 * <p>Applies to a transfer between agencies at the employee's own request ({@code initiatedBy = OWN_REQUEST}); moves
 * the agency orders, within or between agencies, are not concerned. Before {@code tmtPns} plus
 * {@code mutasi.ownrequest.years} (the same calendar date; 29 February on 1 March,
 * {@link LegalDates.LeapDay#MAR_1}, the later day, so the commitment never ends early) the outcome is FAIL with that
 * day as the earliest compliant date.
 * Earlier cohorts may have signed a different statement (5 years?) and whether the rule applies to them is open
 * (open question 11): switch {@value #OLDER_COHORTS}, default off (the safer reading: 10 years for everyone); when on,
 * an employee whose TMT CPNS year is before {@code mutasi.ownrequest.cohort.firstTmtCpnsYear} gets a WARNING instead.
 * A CPNS ({@code MUT-CPNS}) and a PPPK ({@code MUT-PPPK}) are judged by their own rules. Missing initiator, status or
 * TMT PNS gives INCOMPLETE.
 */
public final class OwnRequestCommitmentRule implements Rule {
    static final String ID = "MUT-10Y-OWNREQ";
    static final String OLDER_COHORTS = "MUT-10Y-OWNREQ.warn-only-for-pre-2018-cohorts";
    private static final InForce BEFORE_6_2024 = InForce.until(Transfers.PERMENPAN_6_2024.minusDays(1));

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("PNS tidak dapat pindah antar instansi atas permintaan sendiri sebelum 10 tahun sejak TMT PNS",
                    "A PNS may not move to another agency at own request within 10 years of appointment as PNS")
            .appliesTo(Action.BETWEEN_AGENCIES)
            .basis(LegalBasis.of("PermenPAN-RB 6/2024").article("59").paragraph("2")
                            .inForce(InForce.from(Transfers.PERMENPAN_6_2024)),
                    LegalBasis.of("PermenPAN-RB 6/2024").article("59").paragraph("4")
                            .inForce(InForce.from(Transfers.PERMENPAN_6_2024)),
                    LegalBasis.of("PermenPAN-RB 27/2021").article("52").inForce(BEFORE_6_2024)
                            .note("tanggal mulai berlaku belum diverifikasi"),
                    LegalBasis.of("PermenPAN-RB 36/2018").inForce(BEFORE_6_2024)
                            .note("nomor pasal dan masa berlaku belum diverifikasi"))
            .confidence(Confidence.S)
            .parameters("mutasi.ownrequest.years", "mutasi.ownrequest.cohort.firstTmtCpnsYear")
            .switches(Switch.of(OLDER_COHORTS, false,
                    "Bagi pegawai dengan tahun TMT CPNS sebelum angkatan pengadaan 2018 (yang mungkin menandatangani "
                            + "pernyataan lain), pelanggaran batas 10 tahun hanya diberi peringatan.",
                    "For employees whose TMT CPNS year is before the 2018 recruitment cohort (who may have signed a "
                            + "different statement), a breach of the 10 years is only flagged."))
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Initiator> by = proposal.getInitiatedBy();
        if (by.isEmpty()) {
            return Evaluation.incomplete("initiatedBy");
        }
        if (by.get() != Initiator.OWN_REQUEST) {
            return Evaluation.notApplicable();
        }
        Optional<EmploymentStatus> status = proposal.getEmployee().getStatus();
        if (status.isEmpty()) {
            return Evaluation.incomplete("employee.status");
        }
        if (status.get() != EmploymentStatus.PNS) {
            return Evaluation.notApplicable();
        }
        Optional<LocalDate> tmtPns = proposal.getEmployee().getTmtPns();
        if (tmtPns.isEmpty()) {
            return Evaluation.incomplete("employee.tmtPns");
        }
        int years = context.intParameter("mutasi.ownrequest.years");
        LocalDate until = LegalDates.plusYears(tmtPns.get(), years, LegalDates.LeapDay.MAR_1);
        LocalDate effective = proposal.getEffectiveDate();
        if (!effective.isBefore(until)) {
            return Evaluation.pass();
        }
        boolean olderCohort = false;
        if (context.isOn(OLDER_COHORTS) && proposal.getEmployee().getTmtCpns().isPresent()) {
            olderCohort = proposal.getEmployee().getTmtCpns().get().getYear()
                    < context.intParameter("mutasi.ownrequest.cohort.firstTmtCpnsYear");
        }
        Evaluation.Builder b = olderCohort ? Evaluation.warning("olderCohort") : Evaluation.fail("tooEarly");
        return b.fact("tmtPns", tmtPns.get()).fact("years", years).fact("allowedFrom", until)
                .fact("effectiveDate", effective).fact("yearsAsPns", LegalDates.completedYears(tmtPns.get(), effective))
                .earliestCompliantDate(until).build();
    }
}

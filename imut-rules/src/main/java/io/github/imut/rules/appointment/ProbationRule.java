package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalDates;
import io.github.imut.law.LegalDates.LeapDay;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code CPNS-PERCOBAAN}: a CPNS serves a probation year (masa percobaan) of {@code cpns.probation.years} (1) from
 * TMT CPNS before appointment as PNS (catalogue MUT-CPNS, S: "a CPNS serves a 1-year probation"; PP 11/2017, pasal
 * not verified in the catalogue, believed Pasal 34).
 *
 * <p>The probation is complete on TMT CPNS plus one year, the same calendar date: TMT CPNS 2024-03-01 allows TMT PNS
 * 2025-03-01, not 2025-02-28; that day is the earliest compliant date. A TMT CPNS of 29 February completes on 1 March
 * ({@link LeapDay#MAR_1}: a waiting period is not shortened). The employee must still be a CPNS: a proposal for a
 * PNS, PPPK or non-ASN fails. Unknown status or TMT CPNS gives INCOMPLETE.
 */
public final class ProbationRule implements Rule {
    static final String ID = "CPNS-PERCOBAAN";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("CPNS telah menjalani masa percobaan sebelum diangkat menjadi PNS",
                    "A CPNS has served the probation year before appointment as PNS")
            .appliesTo(Action.CPNS_TO_PNS)
            .basis(Bases.PP11_CPNS)
            .inForce(Bases.UNDER_PP11)
            .confidence(Confidence.S)
            .parameters("cpns.probation.years")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        // each Optional getter is read once: every call allocates (hot path)
        EmploymentStatus status = e.getStatus().orElse(null);
        Optional<LocalDate> tmtCpnsOf = e.getTmtCpns();
        if (status == null || tmtCpnsOf.isEmpty()) {
            Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            if (status == null) {
                b.missing("employee.status");
            }
            if (tmtCpnsOf.isEmpty()) {
                b.missing("employee.tmtCpns");
            }
            return b.build();
        }
        LocalDate effective = proposal.getEffectiveDate();
        if (status != EmploymentStatus.CPNS) {
            return Evaluation.fail("notCpns").fact("status", status).fact("effectiveDate", effective)
                    .build();
        }
        int years = context.intParameter("cpns.probation.years");
        LocalDate tmtCpns = tmtCpnsOf.get();
        LocalDate complete = LegalDates.plusYears(tmtCpns, years, LeapDay.MAR_1);
        if (effective.isBefore(complete)) {
            return Evaluation.fail("probation").fact("tmtCpns", tmtCpns).fact("probationYears", years)
                    .fact("probationEnds", complete).fact("effectiveDate", effective)
                    .earliestCompliantDate(complete).build();
        }
        return Evaluation.pass();
    }
}

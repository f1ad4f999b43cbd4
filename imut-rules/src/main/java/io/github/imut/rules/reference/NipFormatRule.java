package io.github.imut.rules.reference;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.Nip;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * {@code NIP-FORMAT}: the 18-digit NIP of a PNS or CPNS encodes the birth date ({@code yyyyMMdd}), the month of
 * TMT CPNS ({@code yyyyMM}), the sex ({@code 1} male, {@code 2} female) and a sequence number (Peraturan Kepala BKN
 * 22/2007). The NIP's syntax is checked when the proposal is read; this rule checks that it agrees with the
 * employee's stated birth date, sex and TMT CPNS.
 *
 * <ul>
 *   <li>FAIL: a disagreement, or digits 13–14 that are no month;</li>
 *   <li>INCOMPLETE: status, birth date, sex or TMT CPNS unknown (the agreement cannot be confirmed);</li>
 *   <li>WARNING: sequence {@code 000}, or an implausible age at TMT CPNS ({@code nip.cpns.age.min}/{@code max};
 *       catalogue U).</li>
 * </ul>
 * A PPPK's NI PPPK has another structure ({@code NIPPPK-FORMAT}) and is not checked here.
 */
public final class NipFormatRule implements Rule {
    static final String ID = "NIP-FORMAT";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("NIP sesuai dengan tanggal lahir, TMT CPNS dan jenis kelamin",
                    "NIP agrees with birth date, TMT CPNS and sex")
            .appliesTo(ProposalKind.values())
            .basis(LegalBasis.of("Peraturan Kepala BKN 22/2007"), LegalBasis.of("Peraturan Kepala BKN 43/2007"))
            .confidence(Confidence.S)
            .parameters("nip.cpns.age.min", "nip.cpns.age.max")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        Optional<EmploymentStatus> status = e.getStatus();
        if (status.isPresent() && status.get() != EmploymentStatus.PNS && status.get() != EmploymentStatus.CPNS) {
            // a PPPK's NI PPPK is NIPPPK-FORMAT's; a non-ASN, TNI or Polri member has no NIP (NONASN-BAN's case)
            return Evaluation.notApplicable();
        }
        Nip nip = e.getNip();
        // each Optional getter is read once: every call allocates (hot path)
        Optional<LocalDate> birthDate = e.getBirthDate();
        Optional<Gender> gender = e.getGender();
        Optional<LocalDate> tmtCpns = e.getTmtCpns();
        StringBuilder mismatched = null;
        if (birthDate.isPresent() && !birthDate.get().equals(nip.birthDate())) {
            mismatched = append(mismatched, "birthDate");
        }
        if (gender.isPresent() && gender.get() != nip.gender()) {
            mismatched = append(mismatched, "gender");
        }
        if (!nip.hasTmtCpnsMonth()) {
            if (status.isEmpty()) {
                // digits 13-14 are no month: an NI PPPK, or a wrong NIP; which one, only the status tells
                return Evaluation.incomplete("employee.status");
            }
            mismatched = append(mismatched, "tmtCpnsMonth");
        } else if (tmtCpns.isPresent() && (tmtCpns.get().getMonthValue() != nip.monthOrCode()
                || tmtCpns.get().getYear() != nip.appointmentYear())) {
            mismatched = append(mismatched, "tmtCpns");
        }
        if (mismatched != null) {
            Optional<YearMonth> nipTmt = nip.tmtCpnsMonth();
            Evaluation.Builder b = Evaluation.fail("mismatch").fact("nip", nip.value())
                    .fact("mismatched", mismatched.toString()).fact("nipBirthDate", nip.birthDate())
                    .fact("nipGender", nip.gender())
                    .fact("nipTmtCpns", nipTmt.isPresent() ? nipTmt.get().toString() : nip.value().substring(8, 14));
            birthDate.ifPresent(d -> b.fact("birthDate", d));
            gender.ifPresent(g -> b.fact("gender", g));
            tmtCpns.ifPresent(d -> b.fact("tmtCpns", d));
            return b.build();
        }
        if (status.isEmpty() || birthDate.isEmpty() || gender.isEmpty() || tmtCpns.isEmpty()) {
            Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            if (status.isEmpty()) {
                b.missing("employee.status");
            }
            if (birthDate.isEmpty()) {
                b.missing("employee.birthDate");
            }
            if (gender.isEmpty()) {
                b.missing("employee.gender");
            }
            if (tmtCpns.isEmpty()) {
                b.missing("employee.tmtCpns");
            }
            return b.build();
        }
        if (nip.sequence() == 0) {
            return Evaluation.warning("sequence").fact("nip", nip.value()).build();
        }
        int age = LegalDates.completedYears(birthDate.get(), tmtCpns.get());
        int min = context.intParameter("nip.cpns.age.min");
        int max = context.intParameter("nip.cpns.age.max");
        if (age < min || age > max) {
            return Evaluation.warning("implausibleAge").fact("nip", nip.value()).fact("ageAtTmtCpns", age)
                    .fact("min", min).fact("max", max).build();
        }
        return Evaluation.pass();
    }

    /** @return {@code sb} with the field appended, a new builder if {@code sb} is null (NIPPPK-FORMAT lists its mismatches the same way) */
    static StringBuilder append(StringBuilder sb, String field) {
        if (sb == null) {
            return new StringBuilder(field);
        }
        return sb.append(", ").append(field);
    }
}

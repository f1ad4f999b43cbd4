package io.github.imut.rules.reference;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.Nip;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code NIPPPK-FORMAT}: the 18-digit NI PPPK encodes the birth date ({@code yyyyMMdd}), the year of first appointment
 * as PPPK ({@code yyyy}), a two-digit code, the sex ({@code 1} male, {@code 2} female) and a sequence number (BKN
 * practice, observed structure: S). The syntax and the sex digit are checked when the proposal is read; this rule
 * checks the number against the employee's data.
 *
 * <ul>
 *   <li>FAIL: digits 1-8 differ from the birth date, digits 9-12 from the year of TMT PPPK, or digit 15 from the
 *       sex.</li>
 *   <li>INCOMPLETE: birth date, sex or TMT PPPK unknown.</li>
 *   <li>WARNING: a code other than those observed ({@code nipppk.code.regular}, {@code nipppk.code.partTime}: 21
 *       and 24); their meaning is not verified (U).</li>
 * </ul>
 * Only a PPPK's number is checked; a PNS's NIP is {@code NIP-FORMAT}.
 */
public final class NiPppkFormatRule implements Rule {
    static final String ID = "NIPPPK-FORMAT";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("NI PPPK sesuai dengan tanggal lahir, tahun pengangkatan dan jenis kelamin",
                    "NI PPPK agrees with birth date, appointment year and sex")
            .appliesTo(ProposalKind.values())
            .basis(LegalBasis.of("Praktik BKN").note("Struktur NI PPPK menurut data yang diamati; peraturan tidak "
                    + "ditemukan"))
            .confidence(Confidence.S)
            .parameters("nipppk.code.regular", "nipppk.code.partTime")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Employee e = proposal.getEmployee();
        // each Optional getter is read once: every call allocates (hot path)
        Optional<EmploymentStatus> status = e.getStatus();
        if (status.isEmpty() || status.get() != EmploymentStatus.PPPK) {
            return Evaluation.notApplicable();
        }
        Nip nip = e.getNip();
        Optional<LocalDate> birthDate = e.getBirthDate();
        Optional<Gender> gender = e.getGender();
        Optional<LocalDate> tmtPppk = e.getTmtPppk();
        StringBuilder mismatched = null;
        if (birthDate.isPresent() && !birthDate.get().equals(nip.birthDate())) {
            mismatched = NipFormatRule.append(mismatched, "birthDate");
        }
        if (gender.isPresent() && gender.get() != nip.gender()) {
            mismatched = NipFormatRule.append(mismatched, "gender");
        }
        if (tmtPppk.isPresent() && tmtPppk.get().getYear() != nip.appointmentYear()) {
            mismatched = NipFormatRule.append(mismatched, "tmtPppk");
        }
        if (mismatched != null) {
            return Evaluation.fail("mismatch").fact("nip", nip.value()).fact("mismatched", mismatched.toString())
                    .fact("nipBirthDate", nip.birthDate()).fact("nipGender", nip.gender())
                    .fact("nipYear", nip.appointmentYear()).build();
        }
        if (birthDate.isEmpty() || gender.isEmpty() || tmtPppk.isEmpty()) {
            Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            if (birthDate.isEmpty()) {
                b.missing("employee.birthDate");
            }
            if (gender.isEmpty()) {
                b.missing("employee.gender");
            }
            if (tmtPppk.isEmpty()) {
                b.missing("employee.tmtPppk");
            }
            return b.build();
        }
        int code = nip.monthOrCode();
        int regular = context.intParameter("nipppk.code.regular");
        int partTime = context.intParameter("nipppk.code.partTime");
        if (code != regular && code != partTime) {
            return Evaluation.warning("code").fact("nip", nip.value()).fact("code", code).fact("regular", regular)
                    .fact("partTime", partTime).build();
        }
        return Evaluation.pass();
    }
}

package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The employee a proposal concerns, as the agency (or SIASN) records them.
 *
 * <p>Only the NIP is required. Everything else may be unknown (an empty {@link Optional} or list), because the data
 * agencies hold are incomplete; a rule that needs an unknown value reports {@code INCOMPLETE} naming it, never a
 * pass. Immutable and thread-safe. The name is redacted from {@link #toString()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployee.class)
@JsonDeserialize(as = ImmutableEmployee.class)
public abstract class Employee {

    /** @return a new builder */
    public static ImmutableEmployee.Builder builder() {
        return ImmutableEmployee.builder();
    }

    /** @return the NIP (or NI PPPK) */
    public abstract Nip getNip();

    /** @return the full name; personal data, redacted from {@code toString()} */
    @Value.Redacted
    public abstract Optional<String> getName();

    /** @return the birth date */
    public abstract Optional<LocalDate> getBirthDate();

    /** @return the sex */
    public abstract Optional<Gender> getGender();

    /** @return CPNS, PNS or PPPK; or NON_ASN, TNI or POLRI for a person who is not ASN */
    public abstract Optional<EmploymentStatus> getStatus();

    /** @return TMT CPNS: the date the appointment as CPNS took effect */
    public abstract Optional<LocalDate> getTmtCpns();

    /** @return TMT PNS: the date the appointment as PNS took effect */
    public abstract Optional<LocalDate> getTmtPns();

    /** @return the current grade (golongan ruang, or PPPK golongan) */
    public abstract Optional<Grade> getGrade();

    /** @return the date the current grade took effect (TMT golongan) */
    public abstract Optional<LocalDate> getGradeSince();

    /** @return the highest completed education */
    public abstract Optional<@Valid Education> getEducation();

    /** @return the agency the employee works for now */
    public abstract Optional<@Valid Agency> getAgency();

    /** @return the position held now */
    public abstract Optional<@Valid Position> getCurrentPosition();

    /** @return earlier positions (riwayat jabatan), in any order */
    public abstract List<@Valid PositionRecord> getPositionHistory();

    /** @return annual performance ratings (predikat kinerja), in any order */
    public abstract List<@Valid PerformanceRecord> getPerformance();

    /** @return disciplinary sanctions (hukuman disiplin), past and present */
    public abstract List<@Valid DisciplinarySanction> getSanctions();

    /** @return disciplinary examinations, judicial processes and appeals still open */
    public abstract List<@Valid Proceeding> getOpenProceedings();

    /** @return periods of study leave (tugas belajar) */
    public abstract List<@Valid Period> getStudyLeaves();

    /** @return the last day of a service bond (ikatan dinas), if any */
    public abstract Optional<LocalDate> getServiceBondUntil();

    /** @return the retirement age the national record holds (SIASN {@code bupPensiun}), if given */
    public abstract Optional<@Min(40) @Max(75) Integer> getRecordedRetirementAge();

    /**
     * @return results of examinations and trainings the employee has taken (hasil latsar, uji kesehatan, uji
     *     kompetensi, seleksi terbuka, pelatihan teknis), in any order; a failed result is recorded as such
     */
    public abstract List<@Valid AssessmentResult> getAssessments();

    /**
     * @return whether the origin agency's inspectorate reports audit findings against the employee that are still
     *     outstanding (temuan Inspektorat yang belum diselesaikan); empty when not stated
     */
    public abstract Optional<Boolean> getOpenAuditFindings();

    /**
     * @return masa kerja pensiun: the length of service recognised for pension (by BKN/Taspen), in months; taken as
     *     given, never derived from TMT CPNS
     */
    public abstract Optional<@Min(0) Integer> getPensionServiceMonths();

    /** @return the employee's criminal case (perkara pidana), if any */
    public abstract Optional<@Valid CriminalCase> getCriminalCase();

    /** @return membership or office in a political party (keanggotaan partai politik), if any */
    public abstract Optional<@Valid PartyMembership> getPartyMembership();

    /** @return a candidacy for an elected office (pencalonan), if any */
    public abstract Optional<@Valid Candidacy> getCandidacy();

    /** @return service as pejabat negara or member of a nonstructural body, if any */
    public abstract Optional<@Valid StateOffice> getStateOffice();

    /** @return the latest result of the government health board (tim penguji kesehatan), if any */
    public abstract Optional<@Valid HealthExamination> getHealthExamination();

    /** @return the date of death (tanggal meninggal dunia) */
    public abstract Optional<LocalDate> getDeathDate();

    /** @return whether the employee died in the line of duty (tewas) */
    public abstract Optional<Boolean> getDiedOnDuty();

    /** @return the day the employee went missing (hilang), if missing */
    public abstract Optional<LocalDate> getMissingSince();

    /** @return a PPPK's current work contract period (masa perjanjian kerja) */
    public abstract Optional<@Valid Period> getContract();

    /** @return TMT PPPK: the first appointment as PPPK took effect (its year is digits 9-12 of the NI PPPK) */
    public abstract Optional<LocalDate> getTmtPppk();

    /**
     * @return a retirement age above the table claimed for the employee under an extension (perpanjangan BUP), e.g.
     *     a professor's 70
     */
    public abstract Optional<@Min(40) @Max(75) Integer> getExtendedRetirementAge();

    /** @return unpaid leave (cuti di luar tanggungan negara, CLTN), the latest one, if any */
    public abstract Optional<@Valid UnpaidLeave> getUnpaidLeave();

    /**
     * @return the birth date recorded when the employee was first appointed (tanggal lahir pada pengangkatan pertama,
     *     as in the SK CPNS), when the record has changed since; the age for pension purposes is fixed by it (UU
     *     11/1969 Pasal 10)
     */
    public abstract Optional<LocalDate> getBirthDateAtAppointment();

    /**
     * @return the day the employee reported back in writing after the latest study leave (tugas belajar) ended
     *     (melapor diri), if they did
     */
    public abstract Optional<LocalDate> getStudyLeaveReportedOn();

    /** @return pre-retirement leave (masa persiapan pensiun, MPP) granted to the employee, if any */
    public abstract Optional<@Valid Period> getPreRetirementLeave();
}

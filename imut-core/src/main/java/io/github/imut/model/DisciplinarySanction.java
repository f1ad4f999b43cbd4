package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A disciplinary sanction (hukuman disiplin) with its period. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableDisciplinarySanction.class)
@JsonDeserialize(as = ImmutableDisciplinarySanction.class)
public abstract class DisciplinarySanction {

    /** @return a new builder */
    public static ImmutableDisciplinarySanction.Builder builder() {
        return ImmutableDisciplinarySanction.builder();
    }

    /** @return light, moderate or heavy */
    public abstract SanctionLevel getLevel();

    /** @return the kind of sanction (jenis hukuman), e.g. a SIASN code */
    public abstract Optional<String> getType();

    /** @return the decision date */
    public abstract Optional<LocalDate> getDecidedOn();

    /** @return the first day the sanction applies */
    public abstract Optional<LocalDate> getFrom();

    /** @return the last day the sanction applies */
    public abstract Optional<LocalDate> getTo();

    /**
     * @return the type from the catalogue (PP 94/2021 Pasal 8, or the repealed PP 53/2010 types); when empty, a SIASN
     *     code in {@link #getType()} is read instead
     */
    public abstract Optional<SanctionType> getSanctionType();

    /** @return the day the violation was committed (tanggal pelanggaran), which decides the regulation applied */
    public abstract Optional<LocalDate> getCommittedOn();

    /** @return the day the sanction was annulled (dibatalkan, e.g. on appeal), if it was */
    public abstract Optional<LocalDate> getCancelledOn();

    /**
     * @return for a neutrality violation: the form of support for a candidate, PP 94/2021 Pasal 5 huruf n angka 1-7
     */
    public abstract Optional<@Min(1) @Max(7) Integer> getNeutralityForm();

    /**
     * @return for unexcused absence (tidak masuk kerja tanpa alasan yang sah): the days absent, counted cumulatively
     *     in the calendar year (PP 94/2021 Pasal 15 ayat (1))
     */
    public abstract Optional<@Min(0) Integer> getUnexcusedAbsenceDays();

    /** @return for unexcused absence: the longest run of consecutive working days absent (hari kerja berturut-turut) */
    public abstract Optional<@Min(0) Integer> getConsecutiveAbsenceWorkingDays();

    /**
     * @return the duty or prohibition of PP 94/2021 the violation breached (Pasal 3-5; pelanggaran atas kewajiban atau
     *     larangan), if stated
     */
    public abstract Optional<DisciplinaryOffence> getOffence();

    /** @return the violation's negative impact (dampak negatif: unit kerja, instansi, negara), if stated */
    public abstract Optional<ViolationImpact> getImpact();

    /**
     * @return for a neutrality violation: the item of the 2022 joint neutrality guideline (SKB netralitas) it is, if
     *     stated
     */
    public abstract Optional<NeutralityViolation> getNeutralityViolation();

    /** @return the official who imposed the sanction (pejabat yang berwenang menghukum), if stated */
    public abstract Optional<DisciplinaryAuthority> getImposedBy();
}

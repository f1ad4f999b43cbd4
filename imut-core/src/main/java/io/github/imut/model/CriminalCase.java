package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The employee's criminal case (perkara pidana), as far as the dismissal and temporary-dismissal rules need it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriminalCase.class)
@JsonDeserialize(as = ImmutableCriminalCase.class)
public abstract class CriminalCase {

    /** @return a new builder */
    public static ImmutableCriminalCase.Builder builder() {
        return ImmutableCriminalCase.builder();
    }

    /** @return where the case stands */
    public abstract Optional<CriminalStatus> getStatus();

    /** @return the first day of detention (penahanan), if detained */
    public abstract Optional<LocalDate> getDetainedOn();

    /** @return the day the judgment became final (berkekuatan hukum tetap, inkracht) */
    public abstract Optional<LocalDate> getFinalJudgmentOn();

    /** @return the prison sentence (pidana penjara) in months */
    public abstract Optional<@Min(0) Integer> getSentenceMonths();

    /** @return whether the offence was premeditated (dengan berencana) */
    public abstract Optional<Boolean> getPremeditated();

    /** @return the kind of offence */
    public abstract Optional<OffenceKind> getOffence();

    /** @return whether the sentence is probationary (pidana percobaan) */
    public abstract Optional<Boolean> getProbation();

    /** @return the day the employee was released after serving the sentence */
    public abstract Optional<LocalDate> getReleasedOn();
}

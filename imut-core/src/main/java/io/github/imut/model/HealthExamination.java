package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The result of the government health board (tim penguji kesehatan). Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthExamination.class)
@JsonDeserialize(as = ImmutableHealthExamination.class)
public abstract class HealthExamination {

    /** @return a new builder */
    public static ImmutableHealthExamination.Builder builder() {
        return ImmutableHealthExamination.builder();
    }

    /** @return the date of the board's result */
    public abstract Optional<LocalDate> getExaminedOn();

    /** @return whether the board declared the employee unfit for any position (tidak cakap jasmani/rohani) */
    public abstract Optional<Boolean> getUnfit();

    /** @return whether the unfitness was caused by duty (karena dinas) */
    public abstract Optional<Boolean> getCausedByDuty();
}

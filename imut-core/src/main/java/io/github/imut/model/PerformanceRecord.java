package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/** The performance rating of one year or quarter (SKP predikat kinerja). Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePerformanceRecord.class)
@JsonDeserialize(as = ImmutablePerformanceRecord.class)
public abstract class PerformanceRecord {

    /** @return a new builder */
    public static ImmutablePerformanceRecord.Builder builder() {
        return ImmutablePerformanceRecord.builder();
    }

    /** @return the appraisal year */
    @Min(1950)
    @Max(2100)
    public abstract int getYear();

    /** @return the quarter (triwulan, 1–4) for a quarterly rating; empty for an annual one */
    public abstract java.util.Optional<@Min(1) @Max(4) Integer> getQuarter();

    /** @return the rating */
    public abstract PerformanceRating getRating();
}

package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Cuti di luar tanggungan negara (CLTN): unpaid leave, and the return from it. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableUnpaidLeave.class)
@JsonDeserialize(as = ImmutableUnpaidLeave.class)
public abstract class UnpaidLeave {

    /** @return a new builder */
    public static ImmutableUnpaidLeave.Builder builder() {
        return ImmutableUnpaidLeave.builder();
    }

    /** @return the first day of the leave */
    public abstract Optional<LocalDate> getFrom();

    /** @return the last day of the leave */
    public abstract Optional<LocalDate> getTo();

    /** @return the day the employee reported back in writing (melapor), if they did */
    public abstract Optional<LocalDate> getReportedOn();
}

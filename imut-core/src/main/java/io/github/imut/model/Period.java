package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A period of days, both ends inclusive; an open end means "until further notice". Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
public abstract class Period {

    /** @return a new builder */
    public static ImmutablePeriod.Builder builder() {
        return ImmutablePeriod.builder();
    }

    /** @return the first day */
    public abstract LocalDate getFrom();

    /** @return the last day, if known */
    public abstract Optional<LocalDate> getTo();

    /**
     * @param date a day
     * @return whether the day lies in the period
     */
    public final boolean contains(LocalDate date) {
        return !date.isBefore(getFrom()) && (getTo().isEmpty() || !date.isAfter(getTo().get()));
    }
}

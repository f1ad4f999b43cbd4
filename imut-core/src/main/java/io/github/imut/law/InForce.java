package io.github.imut.law;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period in which a legal basis, a rule or a parameter value is in force: from a first day to a last day, both
 * inclusive, either end open. Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class InForce {
    private static final InForce ALWAYS = new InForce(null, null);

    private final LocalDate from;
    private final LocalDate until;

    private InForce(LocalDate from, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("Period ends (" + until + ") before it starts (" + from + ")");
        }
        this.from = from;
        this.until = until;
    }

    @JsonCreator
    static InForce json(@JsonProperty("from") LocalDate from, @JsonProperty("until") LocalDate until) {
        return from == null && until == null ? ALWAYS : new InForce(from, until);
    }

    /** @return a period with no start and no end */
    public static InForce always() {
        return ALWAYS;
    }

    /**
     * @param firstDay the first day in force
     * @return a period from that day, open-ended
     */
    public static InForce from(LocalDate firstDay) {
        return new InForce(Objects.requireNonNull(firstDay, "firstDay"), null);
    }

    /**
     * @param lastDay the last day in force
     * @return a period with no known start that ends on that day
     */
    public static InForce until(LocalDate lastDay) {
        return new InForce(null, Objects.requireNonNull(lastDay, "lastDay"));
    }

    /**
     * @param firstDay the first day in force
     * @param lastDay  the last day in force
     * @return the period
     * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
     */
    public static InForce between(LocalDate firstDay, LocalDate lastDay) {
        return new InForce(Objects.requireNonNull(firstDay, "firstDay"), Objects.requireNonNull(lastDay, "lastDay"));
    }

    /** @return the first day in force, if bounded */
    @JsonProperty("from")
    public Optional<LocalDate> firstDay() {
        return Optional.ofNullable(from);
    }

    /** @return the last day in force, if bounded */
    @JsonProperty("until")
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(until);
    }

    /**
     * @param date a day
     * @return whether the day lies in the period
     */
    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InForce && Objects.equals(((InForce) o).from, from) && Objects.equals(((InForce) o).until,
                until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    /** @return e.g. {@code 2023-10-31..} or {@code ..2023-10-30} or {@code always} */
    @Override
    public String toString() {
        if (from == null && until == null) {
            return "always";
        }
        return (from == null ? "" : from.toString()) + ".." + (until == null ? "" : until.toString());
    }
}

package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One earlier position in the employee's history (riwayat jabatan). Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePositionRecord.class)
@JsonDeserialize(as = ImmutablePositionRecord.class)
public abstract class PositionRecord {

    /** @return a new builder */
    public static ImmutablePositionRecord.Builder builder() {
        return ImmutablePositionRecord.builder();
    }

    /** @return the type and level */
    public abstract Optional<PositionLevel> getLevel();

    /** @return the position's name */
    public abstract Optional<String> getName();

    /** @return the first day held (TMT jabatan) */
    public abstract LocalDate getFrom();

    /** @return the last day held; empty when unknown */
    public abstract Optional<LocalDate> getTo();

    /**
     * @return whether the agency judges this position's field related to the proposal's target position
     *     (pengalaman dalam bidang tugas yang terkait), for the cumulative-experience requirements; empty when not
     *     stated
     */
    public abstract Optional<Boolean> getRelatedToTarget();
}

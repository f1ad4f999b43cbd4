package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
}

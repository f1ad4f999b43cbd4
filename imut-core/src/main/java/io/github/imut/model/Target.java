package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/** Where an appointment or transfer takes the employee: the position and the receiving agency. */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {

    /** @return a new builder */
    public static ImmutableTarget.Builder builder() {
        return ImmutableTarget.builder();
    }

    /** @return the target position */
    @Valid
    public abstract Position getPosition();

    /** @return definitive appointment or acting assignment (Plt/Plh); empty means not stated */
    public abstract java.util.Optional<AssignmentType> getAssignment();

    /** @return the receiving agency; empty means the employee's own agency */
    public abstract Optional<@Valid Agency> getAgency();

    /**
     * @return for a functional target position (JF): the route into it (pengangkatan pertama, perpindahan dari
     *     jabatan lain, promosi, penyesuaian); empty when not stated
     */
    public abstract Optional<FunctionalRoute> getFunctionalRoute();

    /**
     * @return whether the employee will hold the target position together with the current one (rangkap jabatan);
     *     empty or false means the appointment ends the current position, as a definitive appointment does
     */
    public abstract Optional<Boolean> getConcurrent();
}

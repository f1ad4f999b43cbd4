package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ground the proposal claims: a dismissal ground, or an exception to a rule (e.g. the JPT two-year exception for a
 * legal violation). The code names the ground; the rules that accept it document the codes they know.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGround.class)
@JsonDeserialize(as = ImmutableGround.class)
public abstract class Ground {

    /** @return a new builder */
    public static ImmutableGround.Builder builder() {
        return ImmutableGround.builder();
    }

    /** @return the ground's code */
    @NotBlank
    public abstract String getCode();

    /** @return the evidence: a decision, letter or report reference */
    public abstract Optional<String> getEvidence();

    /** @return the date of the event or evidence */
    public abstract Optional<LocalDate> getDate();
}

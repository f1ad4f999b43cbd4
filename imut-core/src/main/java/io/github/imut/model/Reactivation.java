package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Why and how a PNS is reactivated (pengaktifan kembali). Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableReactivation.class)
@JsonDeserialize(as = ImmutableReactivation.class)
public abstract class Reactivation {

    /** @return a new builder */
    public static ImmutableReactivation.Builder builder() {
        return ImmutableReactivation.builder();
    }

    /** @return why the employee is reactivated */
    public abstract Optional<ReactivationReason> getReason();

    /** @return whether the proposal pays the income withheld during the temporary dismissal (rapel penghasilan) */
    public abstract Optional<Boolean> getBackPayClaimed();
}

package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/** The official who signs the decision. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableSigner.class)
@JsonDeserialize(as = ImmutableSigner.class)
public abstract class Signer {

    /** @return a new builder */
    public static ImmutableSigner.Builder builder() {
        return ImmutableSigner.builder();
    }

    /** @return the office */
    public abstract SignerRole getRole();

    /** @return definitive or interim, as stated; see {@link #capacity()} */
    public abstract Optional<SignerCapacity> getCapacity();

    /** @return the region the signer governs (Ministry of Home Affairs code), for a regional head */
    public abstract Optional<@Pattern(regexp = "\\d{2}(\\.\\d{2})?", message = "{io.github.imut.regionCode}") String>
            getRegionCode();

    /** @return the signer's name */
    public abstract Optional<String> getName();

    /** @return the stated capacity, else the one the role implies ({@code PJ_BUPATI} → PJ), else unknown */
    public final Optional<SignerCapacity> capacity() {
        Optional<SignerCapacity> stated = getCapacity(); // read once: the getter allocates on every call
        return stated.isPresent() ? stated : getRole().impliedCapacity();
    }
}

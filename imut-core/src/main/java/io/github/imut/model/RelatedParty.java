package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A person related to the employee who plays a role in the proposal. Immutable; the name is redacted. */
@Value.Immutable
@JsonSerialize(as = ImmutableRelatedParty.class)
@JsonDeserialize(as = ImmutableRelatedParty.class)
public abstract class RelatedParty {

    /** @return a new builder */
    public static ImmutableRelatedParty.Builder builder() {
        return ImmutableRelatedParty.builder();
    }

    /** @return how the person is related to the employee */
    public abstract Relation getRelation();

    /** @return the role the person plays */
    public abstract PartyRole getRole();

    /** @return the person's NIP, if an ASN */
    public abstract Optional<Nip> getNip();

    /** @return the person's name; personal data, redacted from {@code toString()} */
    @Value.Redacted
    public abstract Optional<String> getName();
}

package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Membership or office in a political party (anggota/pengurus partai politik). Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyMembership.class)
@JsonDeserialize(as = ImmutablePartyMembership.class)
public abstract class PartyMembership {

    /** @return a new builder */
    public static ImmutablePartyMembership.Builder builder() {
        return ImmutablePartyMembership.builder();
    }

    /** @return the day the employee became a member or officer */
    public abstract Optional<LocalDate> getSince();

    /** @return the date of the employee's written resignation as PNS (surat pengunduran diri), if any */
    public abstract Optional<LocalDate> getResignedOn();

    /** @return the party's name */
    public abstract Optional<String> getParty();
}

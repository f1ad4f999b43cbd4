package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A supporting document attached to a proposal. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableDocument.class)
@JsonDeserialize(as = ImmutableDocument.class)
public abstract class Document {

    /** @return a new builder */
    public static ImmutableDocument.Builder builder() {
        return ImmutableDocument.builder();
    }

    /** @return the kind of document */
    public abstract DocumentKind getKind();

    /** @return its number or reference */
    public abstract Optional<String> getReference();

    /** @return its date */
    public abstract Optional<LocalDate> getDate();

    /** @return a description (required in practice for {@link DocumentKind#OTHER}) */
    public abstract Optional<String> getDescription();

    /**
     * @return for a letter that must name the position to be occupied (the receiving PPK's proposal, the origin
     *     PPK's consent: PP 11/2017 Pasal 192 ayat (2) and Pasal 193): the position it names (jabatan yang akan
     *     diduduki)
     */
    public abstract Optional<String> getPositionName();
}

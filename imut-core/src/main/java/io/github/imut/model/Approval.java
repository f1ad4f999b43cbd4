package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A written approval, recommendation or technical consideration (pertek). Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableApproval.class)
@JsonDeserialize(as = ImmutableApproval.class)
public abstract class Approval {

    /** @return a new builder */
    public static ImmutableApproval.Builder builder() {
        return ImmutableApproval.builder();
    }

    /** @return who gave it */
    public abstract Approver getFrom();

    /** @return the letter's number */
    @NotBlank
    public abstract String getReference();

    /** @return the letter's date */
    public abstract LocalDate getDate();
}

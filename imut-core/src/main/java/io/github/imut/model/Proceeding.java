package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An examination, judicial process or appeal still open against the employee. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableProceeding.class)
@JsonDeserialize(as = ImmutableProceeding.class)
public abstract class Proceeding {

    /** @return a new builder */
    public static ImmutableProceeding.Builder builder() {
        return ImmutableProceeding.builder();
    }

    /** @return what kind of process */
    public abstract ProceedingKind getKind();

    /** @return when it started */
    public abstract Optional<LocalDate> getSince();

    /** @return a case or letter reference */
    public abstract Optional<String> getReference();
}

package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The highest completed education. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableEducation.class)
@JsonDeserialize(as = ImmutableEducation.class)
public abstract class Education {

    /** @return a new builder */
    public static ImmutableEducation.Builder builder() {
        return ImmutableEducation.builder();
    }

    /** @return the level (SD … S3) */
    public abstract EducationLevel getLevel();

    /** @return the field of study */
    public abstract Optional<String> getMajor();

    /** @return the graduation date */
    public abstract Optional<LocalDate> getGraduated();
}

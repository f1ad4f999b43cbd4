package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of an examination or training the employee took (hasil latsar, uji kesehatan, uji kompetensi, seleksi
 * terbuka): passed or not, when, and the certificate or letter that states it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessmentResult.class)
@JsonDeserialize(as = ImmutableAssessmentResult.class)
public abstract class AssessmentResult {

    /** @return a new builder */
    public static ImmutableAssessmentResult.Builder builder() {
        return ImmutableAssessmentResult.builder();
    }

    /** @return what was assessed */
    public abstract AssessmentKind getKind();

    /** @return whether the employee passed (lulus, memenuhi syarat, sehat) */
    public abstract boolean isPassed();

    /** @return the date of the result */
    public abstract Optional<LocalDate> getDate();

    /** @return the certificate's or letter's number */
    public abstract Optional<String> getReference();
}

package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A candidacy for an elected office (pencalonan). Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidacy.class)
@JsonDeserialize(as = ImmutableCandidacy.class)
public abstract class Candidacy {

    /** @return a new builder */
    public static ImmutableCandidacy.Builder builder() {
        return ImmutableCandidacy.builder();
    }

    /** @return the office */
    public abstract Optional<ElectedOffice> getOffice();

    /** @return the day the election body determined the employee a candidate (penetapan calon) */
    public abstract Optional<LocalDate> getDeterminedOn();

    /** @return the date of the written resignation as PNS (surat pernyataan pengunduran diri), if any */
    public abstract Optional<LocalDate> getResignedOn();
}

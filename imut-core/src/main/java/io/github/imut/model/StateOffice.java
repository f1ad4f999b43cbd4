package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Service as pejabat negara or member of a nonstructural body (lembaga nonstruktural), which suspends the PNS's
 * employment. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStateOffice.class)
@JsonDeserialize(as = ImmutableStateOffice.class)
public abstract class StateOffice {

    /** @return a new builder */
    public static ImmutableStateOffice.Builder builder() {
        return ImmutableStateOffice.builder();
    }

    /** @return the office */
    public abstract Optional<StateOfficeKind> getOffice();

    /** @return the day of inauguration (pelantikan) */
    public abstract Optional<LocalDate> getInauguratedOn();

    /** @return the last day of the term (akhir masa tugas) */
    public abstract Optional<LocalDate> getTermEndsOn();

    /** @return the day the employee reported back to the PPK after the term (melapor) */
    public abstract Optional<LocalDate> getReportedOn();
}

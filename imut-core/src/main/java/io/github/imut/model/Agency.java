package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agency (instansi): a central agency, or a province, regency or city government. Immutable and thread-safe.
 *
 * <p>Regions use the Ministry of Home Affairs codes: {@code 13} for a province, {@code 13.12} for a regency or city.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgency.class)
@JsonDeserialize(as = ImmutableAgency.class)
public abstract class Agency {

    /** @return a new builder */
    public static ImmutableAgency.Builder builder() {
        return ImmutableAgency.builder();
    }

    /** @return central, province, regency or city */
    public abstract AgencyKind getKind();

    /** @return the agency's code (e.g. the SIASN instansi id) */
    public abstract Optional<String> getCode();

    /** @return the agency's name */
    public abstract Optional<String> getName();

    /** @return the two-digit province code the agency sits in (for a central agency: its head office) */
    public abstract Optional<@Pattern(regexp = "\\d{2}", message = "{io.github.imut.provinceCode}") String>
            getProvince();

    /** @return the region the agency governs: {@code 13} (province) or {@code 13.12} (regency or city) */
    public abstract Optional<@Pattern(regexp = "\\d{2}(\\.\\d{2})?", message = "{io.github.imut.regionCode}") String>
            getRegionCode();
}

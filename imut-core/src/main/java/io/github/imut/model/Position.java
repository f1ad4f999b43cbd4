package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A position (jabatan): held now, or the target of a proposal. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePosition.class)
@JsonDeserialize(as = ImmutablePosition.class)
public abstract class Position {

    /** @return a new builder */
    public static ImmutablePosition.Builder builder() {
        return ImmutablePosition.builder();
    }

    /** @return the type and level (e.g. {@code JPT_PRATAMA}, {@code AHLI_MUDA}) */
    public abstract Optional<PositionLevel> getLevel();

    /** @return the position's name, e.g. "Kepala Dinas Pendidikan" */
    public abstract Optional<String> getName();

    /** @return the organisational unit (unit organisasi) */
    public abstract Optional<String> getUnit();

    /** @return for a functional position whose retirement age a statute sets: which one */
    public abstract Optional<FunctionalCategory> getFunctionalCategory();

    /** @return whether the position is in a Dinas Kependudukan dan Pencatatan Sipil (civil registry office) */
    public abstract Optional<Boolean> getDukcapilUnit();

    /** @return the date the position was taken up (TMT jabatan or inauguration); for a target: empty */
    public abstract Optional<LocalDate> getSince();

    /**
     * @return for the employee's current position: whether the agency judges its field related to the proposal's
     *     target position (bidang tugas yang terkait), for the cumulative-experience requirements; empty when not
     *     stated; ignored on a target
     */
    public abstract Optional<Boolean> getRelatedToTarget();

    /**
     * @return for a target position: the field the law closes to non-PNS or PPPK holders that it lies in, or
     *     {@link RestrictedField#NONE}; empty when not stated
     */
    public abstract Optional<RestrictedField> getRestrictedField();
}

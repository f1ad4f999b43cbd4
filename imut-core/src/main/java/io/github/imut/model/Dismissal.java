package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a dismissal proposal (usul pemberhentian) states beyond its action: the ground, the kind, the pension claimed, the
 * resignation request and who proposes. Every field may be unknown; the rules that need one report it missing.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDismissal.class)
@JsonDeserialize(as = ImmutableDismissal.class)
public abstract class Dismissal {

    /** @return a new builder */
    public static ImmutableDismissal.Builder builder() {
        return ImmutableDismissal.builder();
    }

    /** @return the ground (alasan pemberhentian); actions with a single ground imply it when empty */
    public abstract Optional<DismissalGround> getGround();

    /** @return the kind stated (jenis pemberhentian: DH, DHTAPS or TDH); empty means the one the ground implies */
    public abstract Optional<DismissalKind> getKind();

    /** @return whether the proposal grants a pension (hak pensiun); empty when not stated */
    public abstract Optional<Boolean> getPensionClaimed();

    /** @return for a resignation: the day the written request (surat permohonan berhenti) was received */
    public abstract Optional<LocalDate> getRequestReceivedOn();

    /** @return the official who proposes the dismissal (pengusul: the PPK to the President, or the PyB to the PPK) */
    public abstract Optional<SignerRole> getProposedBy();

    /** @return for downsizing: the first day of waiting pay (uang tunggu), if the employee received it */
    public abstract Optional<LocalDate> getWaitingPaySince();
}

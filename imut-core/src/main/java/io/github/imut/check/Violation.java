package io.github.imut.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A structural error in the input: where (JSON path) and what. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation {

    /**
     * @param path    JSON path, e.g. {@code employee.nip}; {@code $} for the document itself
     * @param code    stable code: a JSON reading code ({@code json.syntax}, {@code nip.length}, ...; see
     *                {@link io.github.imut.json.ProposalReader}), or a structural one: the constraint's name
     *                ({@code NotBlank}, {@code Size}, {@code Min}, {@code Max}, {@code Pattern}), {@code regionCode},
     *                {@code provinceCode}, {@code action.kind}, {@code signer.capacity} or {@code period.order}
     * @param message the message in the report's language, naming the field
     * @return the violation
     */
    public static Violation of(String path, String code, String message) {
        return ImmutableViolation.builder().path(path).code(code).message(message).build();
    }

    /** @return the JSON path of the field, e.g. {@code employee.positionHistory[0].from} */
    public abstract String getPath();

    /** @return a stable code for the kind of problem */
    public abstract String getCode();

    /** @return the message, naming the field */
    public abstract String getMessage();
}

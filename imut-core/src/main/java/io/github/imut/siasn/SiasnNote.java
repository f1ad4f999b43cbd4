package io.github.imut.siasn;

import io.github.imut.check.Language;
import io.github.imut.internal.Bundles;
import io.github.imut.internal.Template;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A remark about mapping a SIASN profile: a value that could not be mapped, a record that was ignored, a fact the
 * model cannot hold, a disagreement inside SIASN, or a history that was not given. It names the SIASN field as a
 * path rooted at the endpoint's payload ({@code data-utama.jenisKelamin}, {@code rw-hukdis[1].skPembatalanNomor}).
 * Immutable and thread-safe; never null.
 *
 * <p>A note is not a finding: imut's rules see only the mapped {@link io.github.imut.model.Employee}. Show notes to the
 * user who submits the proposal, and treat {@link Kind#UNMAPPED} notes on {@code rw-hukdis} and
 * {@link Kind#NOT_REPRESENTED} notes as requiring a person's review.
 */
public final class SiasnNote {
    static final String BUNDLE = "io.github.imut.siasn.messages";

    /** What kind of remark. */
    public enum Kind {
        /** SIASN gave a value imut could not read or has no equivalent for; the model field is left unknown. */
        UNMAPPED,
        /** A record was left out on purpose: deleted ({@code deletedAt}) or a cancelled sanction ({@code skPembatalan*}). */
        IGNORED,
        /** SIASN holds a fact that matters but that the model has no field for (e.g. kedudukan hukum not Aktif). */
        NOT_REPRESENTED,
        /** SIASN disagrees with itself (data-utama against a riwayat); the note says which value was kept. */
        INCONSISTENT,
        /** A history was not in the profile at all, so the model's list for it does not mean "none". */
        MISSING_SOURCE
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final Map<String, String> arguments;

    private SiasnNote(Kind kind, String code, String field, Map<String, String> arguments) {
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.arguments = Map.copyOf(arguments);
    }

    static SiasnNote of(Kind kind, String code, String field, String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return new SiasnNote(kind, code, field, args);
    }

    /** @return what kind of remark */
    public Kind kind() {
        return kind;
    }

    /** @return a stable code, e.g. {@code unknownCode}, {@code cancelled} */
    public String code() {
        return code;
    }

    /** @return the SIASN field or record, e.g. {@code data-utama.jenisKelamin} or {@code rw-hukdis[1]} */
    public String field() {
        return field;
    }

    /** @return the SIASN value concerned, as sent, if the note is about one value */
    public Optional<String> value() {
        return Optional.ofNullable(arguments.get("value"));
    }

    /** @return the values the message names, by placeholder; never null */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * @param language the language
     * @return the explanation, naming the field
     */
    public String message(Language language) {
        Map<String, String> values = new LinkedHashMap<>(arguments);
        values.put("field", field);
        return Template.parse(Bundles.get(Bundles.load(BUNDLE, language.locale(), SiasnNote.class.getClassLoader()),
                "note." + code)).render(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiasnNote && ((SiasnNote) o).kind == kind && ((SiasnNote) o).code.equals(code)
                && ((SiasnNote) o).field.equals(field) && ((SiasnNote) o).arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code, field, arguments);
    }

    /** @return the kind and the English message */
    @Override
    public String toString() {
        return kind + ": " + message(Language.EN);
    }
}

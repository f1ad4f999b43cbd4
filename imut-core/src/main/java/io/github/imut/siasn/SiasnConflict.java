package io.github.imut.siasn;

import io.github.imut.check.Language;
import io.github.imut.internal.Bundles;
import io.github.imut.internal.Template;
import java.util.Map;
import java.util.Objects;

/**
 * A field that the SIASN profile and the proposal both give, with different values. {@link #path()} is the field's
 * JSON path in the proposal ({@code employee.grade}, {@code employee.performance[0].rating}). Immutable and
 * thread-safe.
 */
public final class SiasnConflict {
    private final String path;
    private final String siasnValue;
    private final String proposalValue;
    private final boolean nip;

    SiasnConflict(String path, String siasnValue, String proposalValue, boolean nip) {
        this.path = path;
        this.siasnValue = siasnValue;
        this.proposalValue = proposalValue;
        this.nip = nip;
    }

    /** @return the JSON path of the field in the proposal, e.g. {@code employee.grade} */
    public String path() {
        return path;
    }

    /** @return SIASN's value, as JSON text without quotes for a string (e.g. {@code III/c}) */
    public String siasnValue() {
        return siasnValue;
    }

    /** @return the proposal's value, in the same form */
    public String proposalValue() {
        return proposalValue;
    }

    /** @return whether the NIPs differ: the proposal then concerns another employee, which no policy accepts */
    public boolean isOtherEmployee() {
        return nip;
    }

    /** @return {@code siasn.nip} for differing NIPs, else {@code siasn.conflict} */
    public String code() {
        return nip ? "siasn.nip" : "siasn.conflict";
    }

    /**
     * @param language the language
     * @return the explanation, naming the field and both values
     */
    public String message(Language language) {
        return Template.parse(Bundles.get(Bundles.load(SiasnNote.BUNDLE, language.locale(),
                SiasnConflict.class.getClassLoader()), nip ? "merge.nip" : "merge.conflict"))
                .render(Map.of("path", path, "siasn", siasnValue, "proposal", proposalValue));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiasnConflict && ((SiasnConflict) o).path.equals(path)
                && ((SiasnConflict) o).siasnValue.equals(siasnValue)
                && ((SiasnConflict) o).proposalValue.equals(proposalValue) && ((SiasnConflict) o).nip == nip;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, siasnValue, proposalValue, nip);
    }

    /** @return the English message */
    @Override
    public String toString() {
        return message(Language.EN);
    }
}

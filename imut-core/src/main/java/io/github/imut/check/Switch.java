package io.github.imut.check;

import java.util.Objects;

/**
 * A documented switch a rule declares: a choice the law leaves open (an open question in the catalogue, an uncertain
 * rule that may block, a counting convention), with the safer default. Users set switches on the
 * {@link Checker.Builder}; an unknown switch name is rejected when the checker is built. Immutable.
 */
public final class Switch {
    private final String name;
    private final boolean defaultValue;
    private final String descriptionId;
    private final String descriptionEn;

    private Switch(String name, boolean defaultValue, String descriptionId, String descriptionEn) {
        this.name = Objects.requireNonNull(name, "name");
        this.defaultValue = defaultValue;
        this.descriptionId = Objects.requireNonNull(descriptionId, "descriptionId");
        this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
    }

    /**
     * @param name          e.g. {@code PENSIUN-TMT.first-of-month-same-month}
     * @param defaultValue  the safer reading
     * @param descriptionId what turning it on means, in Indonesian
     * @param descriptionEn the same in English
     * @return the switch
     */
    public static Switch of(String name, boolean defaultValue, String descriptionId, String descriptionEn) {
        return new Switch(name, defaultValue, descriptionId, descriptionEn);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the value unless a user sets it */
    public boolean defaultValue() {
        return defaultValue;
    }

    /**
     * @param language a language
     * @return what the switch does, in that language
     */
    public String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionId;
    }

    @Override
    public String toString() {
        return name + "=" + defaultValue;
    }
}

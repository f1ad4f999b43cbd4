package io.github.imut.law;

import java.util.Objects;

/**
 * One value of a legal parameter and the period in which it is in force, with the provision that sets it.
 * Immutable and thread-safe.
 */
public final class ParameterValue {
    private final String name;
    private final int value;
    private final InForce inForce;
    private final String reference;

    ParameterValue(String name, int value, InForce inForce, String reference) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = value;
        this.inForce = Objects.requireNonNull(inForce, "inForce");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** @return the parameter's name, e.g. {@code bup.age.a} */
    public String name() {
        return name;
    }

    /** @return the value (years, months or days, as the parameter's unit says) */
    public int value() {
        return value;
    }

    /** @return the period in which this value is in force */
    public InForce inForce() {
        return inForce;
    }

    /** @return the provision that sets the value, e.g. {@code PP 11/2017 Pasal 239 ayat (2) huruf a} */
    public String reference() {
        return reference;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ParameterValue)) {
            return false;
        }
        ParameterValue v = (ParameterValue) o;
        return name.equals(v.name) && value == v.value && inForce.equals(v.inForce) && reference.equals(v.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, inForce, reference);
    }

    @Override
    public String toString() {
        return name + "=" + value + " (" + inForce + "; " + reference + ")";
    }
}

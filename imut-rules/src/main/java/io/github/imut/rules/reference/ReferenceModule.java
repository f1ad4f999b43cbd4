package io.github.imut.rules.reference;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Reference-data validation: identity numbers and codes. Rule module {@code imut.reference}; found by
 * {@code Checker.Builder.discoverModules()}.
 */
public final class ReferenceModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public ReferenceModule() {
        super("imut.reference", List.of(new NipFormatRule(), new NiPppkFormatRule()));
    }
}

package io.github.imut.rules.dismissal;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Dismissal (pemberhentian): retirement age and its dates. Rule module {@code imut.dismissal}; found by
 * {@code Checker.Builder.discoverModules()}.
 */
public final class DismissalModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public DismissalModule() {
        super("imut.dismissal", List.of(new RetirementAgeRule(), new RetirementDateRule(),
                new RetirementAgeTableRule()));
    }
}

package io.github.imut.rules;

import io.github.imut.check.Checker;
import io.github.imut.check.RuleModule;
import io.github.imut.rules.appointment.AppointmentModule;
import io.github.imut.rules.discipline.DisciplineModule;
import io.github.imut.rules.dismissal.DismissalModule;
import io.github.imut.rules.election.ElectionModule;
import io.github.imut.rules.reference.ReferenceModule;
import io.github.imut.rules.transfer.TransferModule;
import java.util.List;

/**
 * imut's standard rule modules, for explicit registration when {@link java.util.ServiceLoader} discovery is not
 * wanted:
 * <pre>{@code
 * Checker checker = StandardRules.addTo(Checker.builder()).build();
 * }</pre>
 */
public final class StandardRules {
    private StandardRules() {
    }

    /** @return new instances of every standard module, ordered by module ID */
    public static List<RuleModule> modules() {
        return List.of(new AppointmentModule(), new DisciplineModule(), new DismissalModule(), new ElectionModule(),
                new ReferenceModule(), new TransferModule());
    }

    /**
     * @param builder a checker builder
     * @return the same builder with every standard module added
     */
    public static Checker.Builder addTo(Checker.Builder builder) {
        for (RuleModule m : modules()) {
            builder.addModule(m);
        }
        return builder;
    }
}

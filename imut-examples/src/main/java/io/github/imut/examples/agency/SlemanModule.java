package io.github.imut.examples.agency;

import io.github.imut.check.Rule;
import io.github.imut.check.RuleModule;
import java.util.List;

/**
 * A custom agency rule module. To have {@code Checker.Builder.discoverModules()} find it, an agency lists the class
 * in {@code META-INF/services/io.github.imut.check.RuleModule} of its own jar; this example registers it
 * explicitly instead ({@code Checker.builder().discoverModules().addModule(new SlemanModule())}), so that the
 * command-line tool does not pick it up.
 */
public final class SlemanModule implements RuleModule {
    @Override
    public String id() {
        return "id.go.slemankab";
    }

    @Override
    public String version() {
        return "2026.1";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new SlemanDocumentRule());
    }

    @Override
    public String messageBundle() {
        return "io.github.imut.examples.agency.messages";
    }
}

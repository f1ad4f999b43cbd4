package io.github.imut.check;

import java.util.List;

/** A module listed in the test resources' {@code META-INF/services}, for {@link Checker.Builder#discoverModules()}. */
public final class DiscoverableTestModule implements RuleModule {

    /** Called by {@link java.util.ServiceLoader}. */
    public DiscoverableTestModule() {
    }

    @Override
    public String id() {
        return "test.discovered";
    }

    @Override
    public String version() {
        return "2.0";
    }

    @Override
    public List<Rule> rules() {
        return List.of(TestModule.giving("T-DISCOVERED", Outcome.WARNING));
    }

    @Override
    public String messageBundle() {
        return TestModule.BUNDLE;
    }
}

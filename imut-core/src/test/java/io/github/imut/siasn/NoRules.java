package io.github.imut.siasn;

import io.github.imut.check.Checker;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleModule;
import java.util.List;

/** A rule module without rules: imut-core's tests check structure and merging, not the law. */
final class NoRules implements RuleModule {
    static final Checker CHECKER = Checker.builder().addModule(new NoRules()).build();

    @Override
    public String id() {
        return "test.none";
    }

    @Override
    public String version() {
        return "0";
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public String messageBundle() {
        return "io.github.imut.check.messages";
    }
}

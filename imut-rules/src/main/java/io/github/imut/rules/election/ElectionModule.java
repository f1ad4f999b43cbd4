package io.github.imut.rules.election;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Political-cycle windows around regional-head elections (pilkada). Rule module {@code imut.election}; found by
 * {@code Checker.Builder.discoverModules()}. Its rules apply to transfers and to appointments into positions alike.
 */
public final class ElectionModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public ElectionModule() {
        super("imut.election", List.of(new PreElectionFreezeRule()));
    }
}

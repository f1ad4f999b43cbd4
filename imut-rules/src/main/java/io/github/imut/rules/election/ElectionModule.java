package io.github.imut.rules.election;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Political-cycle windows around regional-head elections (pilkada) and the limits of interim officials. Rule module
 * {@code imut.election}; found by {@code Checker.Builder.discoverModules()}. Its window rules apply to transfers and
 * to appointments into positions alike; {@code INTERIM-BKN} applies to every appointment, transfer and dismissal.
 */
public final class ElectionModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public ElectionModule() {
        super("imut.election", List.of(new PreElectionFreezeRule(), new PostInaugurationRule(),
                new ActingAssignmentRule(), new ActingHeadTransferRule(), new InterimSignerRule()));
    }
}

package io.github.imut.rules.dismissal;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Dismissal (pemberhentian): the grounds and kinds of dismissal, who decides them and by when, retirement age (BUP)
 * and its dates, the birth date that fixes the pension age, pre-retirement leave, pension rights, temporary dismissal
 * and reactivation, PPPK termination and contracts. Rule module
 * {@code imut.dismissal}; found by {@code Checker.Builder.discoverModules()}.
 */
public final class DismissalModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public DismissalModule() {
        super("imut.dismissal", List.of(new RetirementAgeRule(), new RetirementDateRule(),
                new PensionBirthDateRule(), new PreRetirementLeaveRule(), new RetirementAgeTableRule(),
                new StatutoryRetirementAgeRule(), new RetirementAgeExtensionRule(),
                new TransitionalRetirementAgeRule(), new DismissalGroundRule(), new DismissalAuthorityRule(),
                new DecisionDeadlineRule(), new PensionRightRule(), new EarlyPensionThresholdRule(),
                new ResignationRule(), new ResignationDeadlineRule(), new ResignationBarRule(), new DownsizingRule(),
                new UnfitnessRule(), new DeathRule(), new MissingPersonRule(), new LongSentenceRule(),
                new ShortSentenceRule(), new PremeditatedShortSentenceRule(), new DishonourableDismissalRule(),
                new OrdinaryCrimeRule(), new PartyMembershipRule(), new CandidacyRule(), new ExStateOfficialRule(),
                new UnpaidLeaveRule(), new StudyLeaveReportRule(), new StateOfficeSuspensionRule(),
                new DetentionSuspensionRule(), new ReactivationRule(), new ReactivationAgeRule(),
                new PppkTerminationRule(), new PppkContractRule()));
    }
}

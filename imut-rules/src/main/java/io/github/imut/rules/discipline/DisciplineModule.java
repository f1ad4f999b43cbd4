package io.github.imut.rules.discipline;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Discipline (PP 94/2021) and neutrality: the sanction catalogue and the level each offence, impact and position
 * calls for, who imposes a sanction, PPPK sanctions under the agency's rules, the effect of a sanction, an
 * examination, a judicial process or an appeal on promotion, transfer and resignation (one implementation,
 * {@link DisciplineStatus}, for every kind of proposal), the kind of dismissal for a heavy violation, absence and
 * neutrality sanctions (PP 94/2021 and the 2022 joint guideline). Rule module {@code imut.discipline}; found by
 * {@code Checker.Builder.discoverModules()}.
 */
public final class DisciplineModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public DisciplineModule() {
        super("imut.discipline", List.of(new SanctionCatalogueRule(), new HeavyDisciplineDismissalRule(),
                new AbsenceSanctionRule(), new AbsenceDismissalRule(), new NeutralitySanctionRule(),
                new NeutralityGuidelineRule(), new WealthReportSanctionRule(), new ViolationImpactRule(),
                new SanctionAuthorityRule(), new PppkDisciplineRule(), new DisciplineBlocksTransferRule(),
                new DisciplineBlocksResignationRule(), new DisciplineBlocksPromotionRule(),
                new HeavySanctionPositionRule()));
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Appointment (pengangkatan): CPNS to PNS, a PNS into a position (JPT, administration, JF by perpindahan) and a PPPK
 * into a position. Rule module {@code imut.appointment}; found by {@code Checker.Builder.discoverModules()}.
 */
public final class AppointmentModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public AppointmentModule() {
        super("imut.appointment", List.of(
                new NonAsnBanRule(),
                new ProbationRule(), CpnsExaminationRule.training(), CpnsExaminationRule.health(),
                JptRequirementRule.utama(), JptRequirementRule.madya(), JptRequirementRule.pratama(),
                new NonPnsJptRule(), new OpenSelectionRule(),
                AdministrationRequirementRule.administrator(), AdministrationRequirementRule.pengawas(),
                new PelaksanaRequirementRule(), new ConcurrentPositionRule(), new FunctionalTransferRule(),
                new PppkPositionRule(), new PppkAgeRule()));
    }
}

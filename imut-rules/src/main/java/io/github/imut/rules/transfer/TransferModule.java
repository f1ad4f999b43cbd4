package io.github.imut.rules.transfer;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Transfer (pemindahan: mutasi, rotasi, promosi): who may be moved and when, the document set, who decides, and the
 * protection of senior executives (JPT). Rule module {@code imut.transfer}; found by
 * {@code Checker.Builder.discoverModules()}. {@code DUKCAPIL-MENDAGRI}, {@code AUTH-PRESIDEN} and the JPT rules also
 * apply to appointments into positions.
 */
public final class TransferModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public TransferModule() {
        super("imut.transfer", List.of(new CpnsTransferRule(), new PppkTransferRule(), new TenureRule(),
                new OwnRequestCommitmentRule(), new JptProtectionRule(), new JptRelaxationRule(),
                new TransferDocumentsRule(), new DisciplineStatementRule(), new StudyLeaveRule(),
                new AuditFindingsRule(), new PerformanceRule(), new PositionAnalysisRule(),
                new ConflictOfInterestRule(), new TransferAuthorityRule(), new PresidentialAuthorityRule(),
                new DukcapilAppointmentRule()));
    }
}

package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalDates;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Ground;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code JPT-2Y-PROTECT}: "Pejabat Pembina Kepegawaian dilarang mengganti Pejabat Pimpinan Tinggi selama 2 (dua) tahun
 * terhitung sejak pelantikan Pejabat Pimpinan Tinggi, kecuali ... melanggar ketentuan peraturan perundang-undangan dan
 * tidak lagi memenuhi syarat jabatan yang ditentukan" (UU 5/2014 Pasal 116 ayat (1)); "Penggantian pejabat pimpinan
 * tinggi utama dan madya sebelum 2 (dua) tahun dapat dilakukan setelah mendapat persetujuan Presiden" (ayat (2)).
 *
 * <p>The basis changes with the effective date: UU 5/2014 Pasal 116 until its revocation (30-10-2023); from
 * 31-10-2023 UU 20/2023 has no such article and the ban rests on PP 11/2017, which SE MenPANRB 19/2023 says contains
 * it (pasal not verified). The finding cites the basis in force on the effective date and states it as the fact
 * {@code basis}. The 2 years ({@code jpt.protect.years}) run from the JPT holder's own inauguration
 * ({@code employee.currentPosition.since}), not from a new head's taking office; the holder may be replaced from the
 * anniversary on (inaugurated 2023-09-01: from 2025-09-01). A 29 February inauguration is protected until 1 March
 * ({@link LegalDates.LeapDay#MAR_1}, the later day: the protection never ends early).
 *
 * <p>Applies to a transfer of the holder of a JPT post and to an appointment that moves the holder elsewhere
 * (promotion); for {@code JPT_REPLACEMENT} the proposal's employee is the holder being replaced. Inside the 2 years:
 * <ul>
 *   <li>an exception ground {@value Transfers#GROUND_VIOLATION} or {@value Transfers#GROUND_REQUIREMENTS_LOST} with
 *       its evidence: WARNING (a person checks the evidence); without evidence: INCOMPLETE;</li>
 *   <li>JPT utama and madya: NEEDS_APPROVAL(PRESIDEN) unless the President's approval is present;</li>
 *   <li>JPT pratama with the ground {@value Transfers#GROUND_PERFORMANCE} while the relaxation of SE MenPANRB
 *       19/2023 is honoured ({@value JptRelaxationRule#HONOUR}): this rule passes and {@code JPT-2Y-RELAX} judges the
 *       evidence;</li>
 *   <li>otherwise FAIL, with the anniversary as the earliest compliant date.</li>
 * </ul>
 * Missing position level (for a transfer) or inauguration date gives INCOMPLETE.
 */
public final class JptProtectionRule implements Rule {
    static final String ID = "JPT-2Y-PROTECT";

    static final LegalBasis UU5_116_1 = LegalBasis.of("UU 5/2014").article("116").paragraph("1")
            .inForce(Transfers.UNDER_UU5);
    static final LegalBasis UU5_116_2 = LegalBasis.of("UU 5/2014").article("116").paragraph("2")
            .inForce(Transfers.UNDER_UU5);
    static final LegalBasis PP11 = LegalBasis.of("PP 11/2017")
            .note("larangan 2 tahun dinyatakan ada dalam PP 11/2017 oleh SE MenPANRB 19/2023; nomor pasal belum "
                    + "diverifikasi").inForce(Transfers.UNDER_UU20);
    static final LegalBasis PP11_3_3 = LegalBasis.of("PP 11/2017").article("3").paragraph("3")
            .inForce(Transfers.UNDER_UU20);

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Pejabat pimpinan tinggi tidak diganti selama 2 tahun sejak pelantikannya",
                    "A senior executive (JPT) is not replaced within 2 years of their inauguration")
            .appliesTo(ProposalKind.TRANSFER)
            .appliesTo(Action.INTO_POSITION)
            .basis(UU5_116_1, UU5_116_2, PP11, PP11_3_3)
            .inForce(InForce.from(Transfers.UNDER_UU5.firstDay().orElseThrow()))
            .confidence(Confidence.S)
            .parameters("jpt.protect.years")
            .switches(JptRelaxationRule.HONOUR_SWITCH)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<Position> current = proposal.getEmployee().getCurrentPosition();
        // each Optional getter is read once: every call allocates (hot path)
        PositionLevel level = current.isPresent() ? current.get().getLevel().orElse(null) : null;
        if (level == null) {
            return proposal.getKind() == ProposalKind.TRANSFER
                    ? Evaluation.incomplete("employee.currentPosition.level") : Evaluation.notApplicable();
        }
        if (!Transfers.isJpt(level)) {
            return proposal.getAction() == Action.JPT_REPLACEMENT
                    ? Evaluation.warning("notJpt").fact("level", level).build() : Evaluation.notApplicable();
        }
        Optional<LocalDate> sinceOf = current.get().getSince();
        if (sinceOf.isEmpty()) {
            return Evaluation.incomplete("employee.currentPosition.since");
        }
        LocalDate since = sinceOf.get();
        LocalDate effective = proposal.getEffectiveDate();
        int years = context.intParameter("jpt.protect.years");
        LocalDate protectedUntil = LegalDates.plusYears(since, years, LegalDates.LeapDay.MAR_1);
        boolean uu5 = Transfers.UNDER_UU5.contains(effective);
        if (!effective.isBefore(protectedUntil)) {
            if (!context.reportsPasses()) {
                return Evaluation.pass(); // no report shows a pass's facts unless passes are reported
            }
            return facts(Evaluation.of(Outcome.PASS, "elapsed"), level, since, protectedUntil, effective, years, uu5)
                    .build();
        }
        Ground exception = Transfers.ground(proposal, Transfers.GROUND_VIOLATION);
        if (exception == null) {
            exception = Transfers.ground(proposal, Transfers.GROUND_REQUIREMENTS_LOST);
        }
        if (exception != null) {
            if (exception.getEvidence().isEmpty()) {
                return Evaluation.incomplete("grounds[" + exception.getCode() + "].evidence");
            }
            return facts(Evaluation.warning("exception"), level, since, protectedUntil, effective, years, uu5)
                    .fact("ground", exception.getCode()).fact("evidence", exception.getEvidence().get())
                    .basis(uu5 ? UU5_116_1 : PP11).build();
        }
        if (level != PositionLevel.JPT_PRATAMA) {
            Approval president = Transfers.approval(proposal, Approver.PRESIDEN);
            Evaluation.Builder b = president != null
                    ? Evaluation.of(Outcome.PASS, "presidentApproved")
                            .fact("approvalReference", president.getReference())
                            .fact("approvalDate", president.getDate())
                    : Evaluation.needsApproval(Approver.PRESIDEN, "needsPresident")
                            .earliestCompliantDate(protectedUntil);
            return facts(b, level, since, protectedUntil, effective, years, uu5)
                    .basis(uu5 ? UU5_116_2 : PP11, uu5 ? UU5_116_1 : PP11_3_3).build();
        }
        if (Transfers.ground(proposal, Transfers.GROUND_PERFORMANCE) != null
                && JptRelaxationRule.honoured(context, effective)) {
            return facts(Evaluation.of(Outcome.PASS, "relaxed"), level, since, protectedUntil, effective, years, uu5)
                    .build();
        }
        return facts(Evaluation.fail("protected"), level, since, protectedUntil, effective, years, uu5)
                .earliestCompliantDate(protectedUntil).basis(uu5 ? UU5_116_1 : PP11).build();
    }

    private static Evaluation.Builder facts(Evaluation.Builder b, PositionLevel level, LocalDate since,
            LocalDate protectedUntil, LocalDate effective, int years, boolean uu5) {
        return b.fact("level", level).fact("since", since).fact("protectedUntil", protectedUntil)
                .fact("effectiveDate", effective).fact("protectionYears", years)
                .fact("basis", uu5 ? "UU 5/2014 Pasal 116" : "PP 11/2017");
    }
}

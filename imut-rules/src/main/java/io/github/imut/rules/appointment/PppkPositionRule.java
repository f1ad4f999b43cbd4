package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.check.Switch;
import io.github.imut.law.Confidence;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.RestrictedField;
import java.util.Optional;

/**
 * {@code PPPK-JABATAN}: a PPPK may fill only a JF, a JPT utama or madya "tertentu", and the "jabatan lain" the
 * Minister sets (Perpres 38/2020 Pasal 2-5 and PP 49/2018; catalogue S, jpnn quotes). Concerns a
 * {@code PPPK_INTO_POSITION}, and an {@code INTO_POSITION} of an employee whose status is PPPK.
 *
 * <ul>
 *   <li>PASS: a JF (keahlian or keterampilan).</li>
 *   <li>JPT utama or madya: FAIL in a field Perpres 38/2020 closes to PPPK ({@code target.position.restrictedField}:
 *       state secrets, defence, finance management, foreign affairs); INCOMPLETE if the field is not stated;
 *       otherwise a WARNING that the post must not be a PPK or PyB post (not data). The President's approval is
 *       {@code JPT-NONPNS}.</li>
 *   <li>FAIL: a JPT pratama; an administrator or pengawas position (the catalogue: "BLOCK a PPPK into ADMINISTRATOR
 *       or PENGAWAS unless a newer rule is configured": switch {@value #ADMINISTRATION_ALLOWED} turns this into a
 *       pass, for an agency that applies such a rule).</li>
 *   <li>Pelaksana: WARNING. UU 20/2023 Pasal 18 counts jabatan pelaksana as nonmanajerial, next to JF, and whether
 *       PPPK may now fill it awaits the implementing PP (catalogue open question); the Minister's "jabatan lain" may
 *       be equivalent to it. Switch {@value #PELAKSANA_BLOCKS} makes it a failure.</li>
 *   <li>FAIL: a {@code PPPK_INTO_POSITION} for an employee who is not PPPK. INCOMPLETE: status or target level
 *       unknown.</li>
 * </ul>
 * An acting assignment (Plt, Plh) does not fill the position and is not concerned.
 */
public final class PppkPositionRule implements Rule {
    static final String ID = "PPPK-JABATAN";
    /** Switch: a PPPK may be appointed administrator or pengawas (a newer rule applied by the agency). */
    public static final String ADMINISTRATION_ALLOWED = "PPPK-JABATAN.administration-allowed";
    /** Switch: a PPPK into a pelaksana position fails instead of warning. */
    public static final String PELAKSANA_BLOCKS = "PPPK-JABATAN.pelaksana-blocks";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Jabatan yang dapat diisi PPPK", "Positions a PPPK may fill")
            .appliesTo(Action.INTO_POSITION, Action.PPPK_INTO_POSITION)
            .basis(LegalBasis.of("Perpres 38/2020").article("2-5").inForce(InForce.from(Bases.PERPRES_38_2020)),
                    LegalBasis.of("PP 49/2018").note("Nomor pasal tidak diberikan katalog"),
                    LegalBasis.of("UU 20/2023").article("18").inForce(Bases.UNDER_UU20)
                            .note("Jabatan nonmanajerial: JF dan jabatan pelaksana"))
            .confidence(Confidence.S)
            .switches(Switch.of(ADMINISTRATION_ALLOWED, false,
                            "PPPK boleh diangkat dalam jabatan administrator atau pengawas (ketentuan yang lebih baru"
                                    + " diterapkan instansi); bawaan: tidak boleh",
                            "A PPPK may be appointed administrator or pengawas (a newer rule the agency applies);"
                                    + " default: not allowed"),
                    Switch.of(PELAKSANA_BLOCKS, false,
                            "PPPK dalam jabatan pelaksana dinyatakan tidak memenuhi syarat, bukan peringatan (belum"
                                    + " pasti menurut UU 20/2023 Pasal 18)",
                            "A PPPK in a pelaksana position fails instead of warning (uncertain under UU 20/2023"
                                    + " Pasal 18)"))
            .build();

    private static final LegalBasis PERPRES = DESCRIPTOR.basis().get(0);
    private static final LegalBasis PP49 = DESCRIPTOR.basis().get(1);
    private static final LegalBasis UU20_18 = DESCRIPTOR.basis().get(2);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Optional<EmploymentStatus> status = proposal.getEmployee().getStatus();
        boolean pppkAction = proposal.getAction() == Action.PPPK_INTO_POSITION;
        if (!pppkAction && (status.isEmpty() || status.get() != EmploymentStatus.PPPK)) {
            return Evaluation.notApplicable();
        }
        if (Requirements.isActing(proposal)) {
            return Evaluation.notApplicable();
        }
        if (proposal.getTarget().isEmpty()) {
            return Evaluation.incomplete("target");
        }
        Optional<PositionLevel> target = proposal.getTarget().get().getPosition().getLevel();
        if (status.isEmpty() || target.isEmpty()) {
            Evaluation.Builder b = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            if (status.isEmpty()) {
                b.missing("employee.status");
            }
            if (target.isEmpty()) {
                b.missing("target.position.level");
            }
            return b.build();
        }
        if (status.get() != EmploymentStatus.PPPK) {
            return Evaluation.fail("notPppk").fact("status", status.get())
                    .fact("effectiveDate", proposal.getEffectiveDate()).build();
        }
        PositionLevel level = target.get();
        switch (level) {
            case JPT_UTAMA:
            case JPT_MADYA:
                return jpt(proposal, level);
            case JPT_PRATAMA:
                return Evaluation.fail("jptPratama").fact("targetLevel", level).basis(PERPRES, PP49).build();
            case ADMINISTRATOR:
            case PENGAWAS:
                if (context.isOn(ADMINISTRATION_ALLOWED)) {
                    return Evaluation.pass();
                }
                return Evaluation.fail("administration").fact("targetLevel", level).basis(PERPRES, PP49).build();
            case PELAKSANA:
                Evaluation.Builder b = Evaluation.of(context.isOn(PELAKSANA_BLOCKS) ? Outcome.FAIL : Outcome.WARNING,
                        "pelaksana").fact("targetLevel", level);
                if (UU20_18.isInForceOn(proposal.getEffectiveDate())) {
                    b.basis(UU20_18, PERPRES);
                } else {
                    b.basis(PERPRES);
                }
                return b.build();
            default:
                return Evaluation.pass();
        }
    }

    private static Evaluation jpt(Proposal proposal, PositionLevel level) {
        Optional<RestrictedField> field = proposal.getTarget().get().getPosition().getRestrictedField();
        if (field.isEmpty()) {
            return Evaluation.incomplete("target.position.restrictedField");
        }
        switch (field.get()) {
            case STATE_SECRETS:
            case DEFENCE:
            case FINANCE_MANAGEMENT:
            case FOREIGN_AFFAIRS:
                return Evaluation.fail("restrictedField").fact("targetLevel", level)
                        .fact("restrictedField", field.get()).basis(PERPRES).build();
            default:
                return Evaluation.warning("jptPost").fact("targetLevel", level).basis(PERPRES).build();
        }
    }
}

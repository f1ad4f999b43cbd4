package io.github.imut.rules;

import io.github.imut.check.Checker;
import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Employee;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.ImmutableAgency;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableSigner;
import io.github.imut.model.Initiator;
import io.github.imut.model.Nip;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.time.LocalDate;

/** Lawful defaults for the rules' tests: each test changes only what it is about. */
public final class TestProposals {
    public static final LocalDate BIRTH = LocalDate.of(1985, 3, 12);
    public static final LocalDate TMT_CPNS = LocalDate.of(2010, 1, 1);
    public static final String REGION = "33.01";

    /** The definitive regent of {@link #REGION}, who signs the default proposals. */
    public static final ImmutableSigner BUPATI = Signer.builder().role(SignerRole.BUPATI)
            .capacity(SignerCapacity.DEFINITIF).regionCode(REGION).build();

    private TestProposals() {
    }

    /** @return the standard rules, explicitly registered */
    public static Checker checker() {
        return StandardRules.addTo(Checker.builder()).build();
    }

    public static ImmutableAgency regency(String regionCode) {
        return Agency.builder().kind(AgencyKind.REGENCY).province(regionCode.substring(0, 2)).regionCode(regionCode)
                .name("Pemerintah Kabupaten Contoh").build();
    }

    public static ImmutableAgency central() {
        return Agency.builder().kind(AgencyKind.CENTRAL).name("Kementerian Contoh").build();
    }

    public static ImmutableEmployee employee() {
        return Employee.builder()
                .nip(Nip.parse("198503122010011002"))
                .name("Budi Santoso")
                .birthDate(BIRTH)
                .gender(Gender.MALE)
                .status(EmploymentStatus.PNS)
                .tmtCpns(TMT_CPNS)
                .tmtPns(LocalDate.of(2011, 1, 1))
                .grade(Grade.parse("III/d"))
                .gradeSince(LocalDate.of(2020, 4, 1))
                .agency(regency(REGION))
                .currentPosition(Position.builder().level(PositionLevel.PENGAWAS).name("Kepala Seksi Contoh")
                        .dukcapilUnit(false).since(LocalDate.of(2022, 1, 3)).build())
                .build();
    }

    /**
     * A transfer the regency ordered within itself, signed by its definitive regent, effective 2026-06-01 (outside any
     * pilkada window; 4 years and 5 months in the current post).
     */
    public static ImmutableProposal transfer() {
        return Proposal.builder()
                .id("MUT-TEST-1")
                .kind(Action.WITHIN_AGENCY.kind())
                .action(Action.WITHIN_AGENCY)
                .effectiveDate(LocalDate.of(2026, 6, 1))
                .initiatedBy(Initiator.AGENCY)
                .employee(employee())
                .target(Target.builder().position(Position.builder().level(PositionLevel.PENGAWAS)
                        .name("Kepala Seksi Lain").dukcapilUnit(false).build()).build())
                .signer(BUPATI)
                .build();
    }

    /** A retirement at BUP of an employee born 1967-03-15 in an administrator position (BUP 58, TMT 2025-04-01). */
    public static ImmutableProposal retirement() {
        LocalDate birth = LocalDate.of(1967, 3, 15);
        return Proposal.builder()
                .id("BUP-TEST-1")
                .kind(Action.RETIREMENT_AGE.kind())
                .action(Action.RETIREMENT_AGE)
                .effectiveDate(LocalDate.of(2025, 4, 1))
                .employee(employee().withBirthDate(birth)
                        .withNip(Nip.parse("196703151990031001"))
                        .withTmtCpns(LocalDate.of(1990, 3, 1))
                        .withCurrentPosition(Position.builder().level(PositionLevel.ADMINISTRATOR)
                                .since(LocalDate.of(2015, 1, 5)).build()))
                .signer(BUPATI)
                .build();
    }
}

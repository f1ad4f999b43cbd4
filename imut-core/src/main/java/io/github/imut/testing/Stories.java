package io.github.imut.testing;

import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssessmentKind;
import io.github.imut.model.AssessmentResult;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.CriminalStatus;
import io.github.imut.model.Dismissal;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.HealthExamination;
import io.github.imut.model.ImmutableAgency;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Initiator;
import io.github.imut.model.Nip;
import io.github.imut.model.OffenceKind;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.Reactivation;
import io.github.imut.model.ReactivationReason;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.util.List;

/**
 * The lawful default proposal of each action, as {@link Fixtures} documents it. Every person, place and number here is
 * made up. The employee's history (birth, TMT CPNS, positions, cases) and the documents of past events are fixed; the
 * file prepared for the proposal (performance ratings of the years before the TMT, approvals, letters) is dated from
 * the TMT, so it stays complete when a test moves the TMT. Stateless.
 */
final class Stories {
    static final String REGENCY = Fixtures.REGION_CODE;
    static final String PROVINCE = "34";
    static final String CITY = "34.71";

    private Stories() {
    }

    static ImmutableProposal of(Action action, LocalDate tmt) {
        switch (action) {
            case WITHIN_AGENCY:
                return withinAgency(tmt);
            case BETWEEN_AGENCIES:
                return betweenAgencies(tmt);
            case JPT_REPLACEMENT:
                return jptReplacement(tmt);
            case CPNS_TO_PNS:
                return cpnsToPns(tmt);
            case INTO_POSITION:
                return intoPosition(tmt);
            case PPPK_INTO_POSITION:
                return pppkIntoPosition(tmt);
            case REACTIVATION:
                return reactivation(tmt);
            case PPPK_CONTRACT_EXTENSION:
                return pppkContractExtension(tmt);
            case RETIREMENT_AGE:
                return retirementAge(tmt);
            case OWN_REQUEST:
                return ownRequest(tmt);
            case DEATH:
                return death(tmt);
            case EARLY_RETIREMENT:
                return earlyRetirement(tmt);
            case HEALTH:
                return health(tmt);
            case ORGANISATION_DOWNSIZING:
                return downsizing(tmt);
            case DISHONOURABLE:
                return dishonourable(tmt);
            case TEMPORARY:
                return temporary(tmt);
            case PPPK_TERMINATION:
                return pppkTermination(tmt);
            case OTHER_GROUND:
                return otherGround(tmt);
            default:
                throw new IllegalArgumentException("No fixture for " + action);
        }
    }

    /** @return the default TMT of the action's story */
    static LocalDate defaultEffectiveDate(Action action) {
        switch (action) {
            case DISHONOURABLE:
            case OTHER_GROUND:
                return Fixtures.MONTH_END_EFFECTIVE_DATE;
            default:
                return Fixtures.EFFECTIVE_DATE;
        }
    }

    // ---- places and people ----

    static ImmutableAgency sleman() {
        return Agency.builder().kind(AgencyKind.REGENCY).name("Pemerintah Kabupaten Sleman").province(PROVINCE)
                .regionCode(REGENCY).build();
    }

    static ImmutableAgency yogyakarta() {
        return Agency.builder().kind(AgencyKind.CITY).name("Pemerintah Kota Yogyakarta").province(PROVINCE)
                .regionCode(CITY).build();
    }

    static Signer bupati() {
        return Signer.builder().role(SignerRole.BUPATI).capacity(SignerCapacity.DEFINITIF).regionCode(REGENCY)
                .name("Bupati Sleman").build();
    }

    static Signer gubernur() {
        return Signer.builder().role(SignerRole.GUBERNUR).capacity(SignerCapacity.DEFINITIF).regionCode(PROVINCE)
                .name("Gubernur Daerah Istimewa Yogyakarta").build();
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** A PNS of Kabupaten Sleman; the NIP agrees with birth date, sex and TMT CPNS. */
    static ImmutableEmployee.Builder pns(String name, LocalDate birth, Gender sex, LocalDate tmtCpns, int sequence) {
        return Employee.builder()
                .nip(Nip.of(birth, java.time.YearMonth.from(tmtCpns), sex, sequence))
                .name(name)
                .birthDate(birth)
                .gender(sex)
                .status(EmploymentStatus.PNS)
                .tmtCpns(tmtCpns)
                .tmtPns(tmtCpns.plusYears(1))
                .agency(sleman());
    }

    /** A PPPK of Kabupaten Sleman; the NI PPPK agrees with birth date, sex and the year of TMT PPPK (code 21). */
    static ImmutableEmployee.Builder pppk(String name, LocalDate birth, Gender sex, LocalDate tmtPppk, int sequence) {
        return Employee.builder()
                .nip(ProposalFixture.niPppk(birth, tmtPppk.getYear(), sex, sequence))
                .name(name)
                .birthDate(birth)
                .gender(sex)
                .status(EmploymentStatus.PPPK)
                .tmtPppk(tmtPppk)
                .agency(sleman());
    }

    /** @return annual ratings for the two years before the TMT's year: BAIK, then SANGAT_BAIK */
    static List<PerformanceRecord> ratings(LocalDate tmt) {
        int y = tmt.getYear();
        return List.of(PerformanceRecord.builder().year(y - 2).rating(PerformanceRating.BAIK).build(),
                PerformanceRecord.builder().year(y - 1).rating(PerformanceRating.SANGAT_BAIK).build());
    }

    static Document doc(DocumentKind kind, String reference, LocalDate date) {
        return Document.builder().kind(kind).reference(reference).date(date).build();
    }

    static Position dinas(PositionLevel level, String name, String unit, LocalDate since) {
        return Position.builder().level(level).name(name).unit(unit).dukcapilUnit(false).since(since).build();
    }

    static Position post(PositionLevel level, String name, String unit) {
        return Position.builder().level(level).name(name).unit(unit).dukcapilUnit(false).build();
    }

    static ImmutableProposal.Builder proposal(Action action, String id, LocalDate tmt) {
        return Proposal.builder().id(id).kind(action.kind()).action(action).effectiveDate(tmt)
                .submittedOn(tmt.minusMonths(1));
    }

    // ---- transfers ----

    /** Rina Wulandari, the default employee: a pengawas of Sleman since 2021-01-04. */
    static ImmutableEmployee.Builder rina(LocalDate tmt) {
        return pns("Rina Wulandari", d(1987, 8, 17), Gender.FEMALE, d(2012, 3, 1), 2)
                .grade(Grade.parse("III/c")).gradeSince(d(2020, 4, 1))
                .education(Education.builder().level(EducationLevel.S1).major("Administrasi Publik").build())
                .currentPosition(dinas(PositionLevel.PENGAWAS, "Kepala Seksi Pelayanan Perizinan",
                        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", d(2022, 1, 3)))
                .performance(ratings(tmt));
    }

    static ImmutableProposal withinAgency(LocalDate tmt) {
        return proposal(Action.WITHIN_AGENCY, "BKPSDM-SLM/2026/MUT/0001", tmt)
                .initiatedBy(Initiator.AGENCY)
                .employee(rina(tmt).build())
                .target(Target.builder().position(post(PositionLevel.PENGAWAS,
                        "Kepala Seksi Perencanaan dan Evaluasi", "Badan Perencanaan Pembangunan Daerah"))
                        .assignment(AssignmentType.DEFINITIF).build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.SK_PANGKAT_JABATAN, "800/0412/2021", d(2021, 12, 27)),
                        doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + "-" + (tmt.getYear() - 1),
                                tmt.minusMonths(2)))
                .build();
    }

    static ImmutableProposal betweenAgencies(LocalDate tmt) {
        String position = "Kepala Seksi Tata Ruang";
        return proposal(Action.BETWEEN_AGENCIES, "BKD-DIY/2026/PINDAH/0001", tmt)
                .initiatedBy(Initiator.AGENCY)
                .employee(pns("Fajar Nugroho", d(1989, 11, 23), Gender.MALE, d(2014, 3, 1), 3)
                        .grade(Grade.parse("III/c")).gradeSince(d(2022, 10, 1))
                        .education(Education.builder().level(EducationLevel.S1)
                                .major("Perencanaan Wilayah dan Kota").build())
                        .currentPosition(dinas(PositionLevel.PENGAWAS, "Kepala Seksi Infrastruktur Wilayah",
                                "Badan Perencanaan Pembangunan Daerah", d(2022, 1, 3)))
                        .performance(ratings(tmt))
                        .openAuditFindings(false)
                        .build())
                .target(Target.builder().position(post(PositionLevel.PENGAWAS, position,
                        "Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman"))
                        .assignment(AssignmentType.DEFINITIF).agency(yogyakarta()).build())
                .signer(gubernur())
                .addApprovals(Approval.builder().from(Approver.KANREG_BKN).reference("PERTEK-KR1/34/0001")
                        .date(tmt.minusWeeks(2)).build())
                .addDocuments(doc(DocumentKind.SK_PANGKAT_JABATAN, "800/0311/2022", d(2022, 9, 26)),
                        doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + "-" + (tmt.getYear() - 1),
                                tmt.minusMonths(3)),
                        Document.builder().kind(DocumentKind.USUL_PPK_PENERIMA).reference("800.1/210")
                                .date(tmt.minusMonths(2)).positionName(position).build(),
                        Document.builder().kind(DocumentKind.PERSETUJUAN_PPK_ASAL).reference("800.1/145")
                                .date(tmt.minusMonths(2)).positionName(position).build(),
                        doc(DocumentKind.ANJAB_ABK, "061/88", tmt.minusMonths(4)),
                        doc(DocumentKind.SP_HUKDIS, "800/146", tmt.minusMonths(2)),
                        doc(DocumentKind.SP_TUBEL, "800/147", tmt.minusMonths(2)),
                        doc(DocumentKind.BEBAS_TEMUAN, "700/52/INSP", tmt.minusMonths(2)))
                .build();
    }

    static ImmutableProposal jptReplacement(LocalDate tmt) {
        return proposal(Action.JPT_REPLACEMENT, "BKPSDM-SLM/2026/JPT/0001", tmt)
                .initiatedBy(Initiator.AGENCY)
                .employee(pns("Hendra Gunawan", d(1975, 2, 11), Gender.MALE, d(1999, 3, 1), 2)
                        .grade(Grade.parse("IV/c")).gradeSince(d(2021, 4, 1))
                        .education(Education.builder().level(EducationLevel.S2).major("Transportasi").build())
                        .currentPosition(dinas(PositionLevel.JPT_PRATAMA, "Kepala Dinas Perhubungan",
                                "Dinas Perhubungan", d(2022, 1, 10)))
                        .performance(ratings(tmt))
                        .build())
                .target(Target.builder().position(post(PositionLevel.JPT_PRATAMA,
                        "Staf Ahli Bupati Bidang Pembangunan", "Sekretariat Daerah"))
                        .assignment(AssignmentType.DEFINITIF).build())
                .signer(bupati())
                .build();
    }

    // ---- appointments ----

    static ImmutableProposal cpnsToPns(LocalDate tmt) {
        return proposal(Action.CPNS_TO_PNS, "BKPSDM-SLM/2026/PNS/0001", tmt)
                .employee(pns("Putri Anggraini", d(1999, 5, 21), Gender.FEMALE, d(2025, 7, 1), 14)
                        .status(EmploymentStatus.CPNS).tmtPns(java.util.Optional.empty())
                        .grade(Grade.parse("III/a")).gradeSince(d(2025, 7, 1))
                        .education(Education.builder().level(EducationLevel.S1).major("Teknik Informatika")
                                .build())
                        .currentPosition(dinas(PositionLevel.AHLI_PERTAMA, "Pranata Komputer Ahli Pertama",
                                "Dinas Komunikasi dan Informatika", d(2025, 7, 1)))
                        .addAssessments(AssessmentResult.builder().kind(AssessmentKind.LATSAR).passed(true)
                                        .date(d(2025, 11, 21)).reference("STTPL/BPSDM-DIY/2025/04412").build(),
                                AssessmentResult.builder().kind(AssessmentKind.HEALTH).passed(true)
                                        .date(tmt.minusMonths(2)).reference("445/0077/RSUD-SLM").build())
                        .build())
                .target(Target.builder().position(post(PositionLevel.AHLI_PERTAMA, "Pranata Komputer Ahli Pertama",
                        "Dinas Komunikasi dan Informatika")).build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.SK_CPNS, "800.1.2.2/0455/2025", d(2025, 6, 20)),
                        doc(DocumentKind.SERTIFIKAT_LATSAR, "STTPL/BPSDM-DIY/2025/04412", d(2025, 11, 21)),
                        doc(DocumentKind.SURAT_SEHAT, "445/0077/RSUD-SLM", tmt.minusMonths(2)))
                .build();
    }

    static ImmutableProposal intoPosition(LocalDate tmt) {
        return proposal(Action.INTO_POSITION, "BKPSDM-SLM/2026/PROM/0001", tmt)
                .employee(pns("Agus Prasetyo", d(1981, 1, 22), Gender.MALE, d(2006, 12, 1), 2)
                        .grade(Grade.parse("III/d")).gradeSince(d(2021, 4, 1))
                        .education(Education.builder().level(EducationLevel.S1).major("Teknik Sipil").build())
                        .currentPosition(Position.builder().level(PositionLevel.PENGAWAS)
                                .name("Kepala Seksi Pembangunan Jalan").unit("Dinas Pekerjaan Umum")
                                .dukcapilUnit(false).since(d(2021, 1, 4)).relatedToTarget(true).build())
                        .addPositionHistory(PositionRecord.builder().level(PositionLevel.PELAKSANA)
                                .name("Pengawas Lapangan Jalan dan Jembatan").from(d(2006, 12, 1))
                                .to(d(2021, 1, 3)).relatedToTarget(true).build())
                        .performance(ratings(tmt))
                        .build())
                .target(Target.builder().position(post(PositionLevel.ADMINISTRATOR, "Kepala Bidang Bina Marga",
                        "Dinas Pekerjaan Umum")).assignment(AssignmentType.DEFINITIF).build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.SURAT_SEHAT, "445/1182/RSUD-SLM", tmt.minusMonths(1)),
                        doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + "-" + (tmt.getYear() - 1),
                                tmt.minusMonths(2)))
                .build();
    }

    static ImmutableProposal pppkIntoPosition(LocalDate tmt) {
        return proposal(Action.PPPK_INTO_POSITION, "BKPSDM-SLM/2026/PPPK/0001", tmt)
                .employee(pppk("Lestari Handayani", d(1992, 5, 14), Gender.FEMALE, d(2025, 3, 1), 4)
                        .grade(Grade.parse("IX")).gradeSince(d(2025, 3, 1))
                        .education(Education.builder().level(EducationLevel.S1)
                                .major("Pendidikan Guru Sekolah Dasar").build())
                        .currentPosition(Position.builder().level(PositionLevel.AHLI_PERTAMA)
                                .name("Guru Ahli Pertama").unit("SD Negeri 2 Depok")
                                .functionalCategory(FunctionalCategory.GURU).since(d(2025, 3, 1)).build())
                        .addPerformance(PerformanceRecord.builder().year(tmt.getYear() - 1)
                                .rating(PerformanceRating.BAIK).build())
                        .build())
                .target(Target.builder().position(Position.builder().level(PositionLevel.AHLI_PERTAMA)
                        .name("Guru Ahli Pertama").unit("SD Negeri 1 Mlati")
                        .functionalCategory(FunctionalCategory.GURU).dukcapilUnit(false).build())
                        .assignment(AssignmentType.DEFINITIF).build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.SURAT_SEHAT, "445/213/PKM-DPK", tmt.minusMonths(1)))
                .build();
    }

    static ImmutableProposal reactivation(LocalDate tmt) {
        return proposal(Action.REACTIVATION, "BKPSDM-SLM/2026/AK/0001", tmt)
                .employee(pns("Ridwan Saputra", d(1977, 3, 3), Gender.MALE, d(2002, 3, 1), 1)
                        .grade(Grade.parse("III/d")).gradeSince(d(2016, 10, 1))
                        .currentPosition(dinas(PositionLevel.PENGAWAS, "Kepala Seksi Perizinan Usaha",
                                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", d(2019, 1, 3)))
                        .pensionServiceMonths(280)
                        .criminalCase(CriminalCase.builder().status(CriminalStatus.ACQUITTED)
                                .detainedOn(d(2025, 8, 12)).finalJudgmentOn(d(2026, 5, 20)).build())
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.PUTUSAN_PENGADILAN, "Putusan MA 1011 K/Pid.Sus/2026 (bebas)",
                        d(2026, 5, 20)))
                .reactivation(Reactivation.builder().reason(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED)
                        .backPayClaimed(true).build())
                .build();
    }

    static ImmutableProposal pppkContractExtension(LocalDate tmt) {
        return proposal(Action.PPPK_CONTRACT_EXTENSION, "BKPSDM-SLM/2026/PPPK/0002", tmt)
                .employee(pppkTeacher("Siti Aminah", d(1990, 9, 13), 14))
                .signer(bupati())
                .addDocuments(doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + " dan " + (tmt.getYear() - 1)
                                + ": baik", tmt.minusMonths(2)),
                        doc(DocumentKind.PERJANJIAN_KERJA, "800/PK/2026/0112", tmt.minusWeeks(1)))
                .contractPeriod(Period.builder().from(d(2026, 7, 1)).to(d(2031, 6, 30)).build())
                .build();
    }

    /** A PPPK teacher whose first five-year contract runs 2021-07-01 to 2026-06-30. */
    static ImmutableEmployee pppkTeacher(String name, LocalDate birth, int sequence) {
        return pppk(name, birth, Gender.FEMALE, d(2021, 7, 1), sequence)
                .grade(Grade.parse("IX")).gradeSince(d(2021, 7, 1))
                .currentPosition(Position.builder().level(PositionLevel.AHLI_PERTAMA)
                        .name("Guru Ahli Pertama").unit("SD Negeri 3 Ngaglik")
                        .functionalCategory(FunctionalCategory.GURU).since(d(2021, 7, 1)).build())
                .contract(Period.builder().from(d(2021, 7, 1)).to(d(2026, 6, 30)).build())
                .build();
    }

    // ---- dismissals ----

    static ImmutableProposal retirementAge(LocalDate tmt) {
        return proposal(Action.RETIREMENT_AGE, "BKPSDM-SLM/2026/BUP/0001", tmt)
                .employee(pns("Hartono", d(1968, 6, 15), Gender.MALE, d(1994, 3, 1), 1)
                        .grade(Grade.parse("IV/a")).gradeSince(d(2016, 4, 1))
                        .currentPosition(dinas(PositionLevel.ADMINISTRATOR, "Kepala Bidang Aset",
                                "Badan Keuangan dan Aset Daerah", d(2018, 7, 2)))
                        .recordedRetirementAge(58)
                        .pensionServiceMonths(388)
                        .build())
                .signer(bupati())
                .dismissal(Dismissal.builder().ground(DismissalGround.RETIREMENT_AGE).kind(DismissalKind.HONOURABLE)
                        .pensionClaimed(true).build())
                .build();
    }

    static ImmutableProposal ownRequest(LocalDate tmt) {
        return proposal(Action.OWN_REQUEST, "BKPSDM-SLM/2026/APS/0001", tmt)
                .submittedOn(d(2026, 4, 6)).decisionDate(d(2026, 4, 16))
                .employee(pns("Rina Marlina", d(1986, 4, 22), Gender.FEMALE, d(2010, 3, 1), 1)
                        .grade(Grade.parse("III/c")).gradeSince(d(2018, 4, 1))
                        .currentPosition(dinas(PositionLevel.PELAKSANA, "Pengadministrasi Umum",
                                "Dinas Pendidikan", d(2016, 1, 4)))
                        .pensionServiceMonths(196)
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.PERMOHONAN, "Surat permohonan berhenti", d(2026, 4, 1)))
                .dismissal(Dismissal.builder().ground(DismissalGround.OWN_REQUEST).kind(DismissalKind.HONOURABLE)
                        .pensionClaimed(false).requestReceivedOn(d(2026, 4, 2)).proposedBy(SignerRole.SEKDA)
                        .build())
                .build();
    }

    static ImmutableProposal death(LocalDate tmt) {
        return proposal(Action.DEATH, "BKPSDM-SLM/2026/MD/0001", tmt)
                .submittedOn(java.util.Optional.empty())
                .employee(pns("I Ketut Sudarsana", d(1971, 11, 2), Gender.MALE, d(1997, 3, 1), 1)
                        .grade(Grade.parse("III/d")).gradeSince(d(2015, 10, 1))
                        .currentPosition(dinas(PositionLevel.PENGAWAS, "Kepala Seksi Irigasi",
                                "Dinas Pekerjaan Umum", d(2018, 2, 1)))
                        .pensionServiceMonths(352)
                        .deathDate(d(2026, 7, 1)).diedOnDuty(false)
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.AKTA_KEMATIAN, "3404-KM-02072026-0007", d(2026, 7, 2)))
                .dismissal(Dismissal.builder().ground(DismissalGround.DEATH).kind(DismissalKind.HONOURABLE).build())
                .build();
    }

    static ImmutableProposal earlyRetirement(LocalDate tmt) {
        return proposal(Action.EARLY_RETIREMENT, "BKPSDM-SLM/2026/PD/0001", tmt)
                .submittedOn(d(2026, 4, 6)).decisionDate(d(2026, 4, 15))
                .employee(pns("Andi Baso Rahman", d(1974, 3, 9), Gender.MALE, d(1999, 3, 1), 1)
                        .grade(Grade.parse("IV/a")).gradeSince(d(2017, 4, 1))
                        .currentPosition(dinas(PositionLevel.ADMINISTRATOR, "Kepala Bagian Umum",
                                "Sekretariat Daerah", d(2020, 1, 6)))
                        .pensionServiceMonths(327)
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.PERMOHONAN, "Permohonan pensiun dini", d(2026, 3, 30)))
                .dismissal(Dismissal.builder().ground(DismissalGround.OWN_REQUEST).kind(DismissalKind.HONOURABLE)
                        .pensionClaimed(true).requestReceivedOn(d(2026, 4, 1)).build())
                .build();
    }

    static ImmutableProposal health(LocalDate tmt) {
        return proposal(Action.HEALTH, "BKPSDM-SLM/2026/UZR/0001", tmt)
                .submittedOn(tmt.minusDays(14)).decisionDate(tmt.minusDays(7))
                .employee(pns("Sri Wahyuni", d(1983, 1, 30), Gender.FEMALE, d(2008, 12, 1), 1)
                        .grade(Grade.parse("III/c")).gradeSince(d(2019, 4, 1))
                        .currentPosition(dinas(PositionLevel.TERAMPIL, "Perawat Terampil",
                                "Rumah Sakit Umum Daerah Sleman", d(2014, 5, 2)))
                        .pensionServiceMonths(210)
                        .healthExamination(HealthExamination.builder().examinedOn(d(2026, 6, 10)).unfit(true)
                                .causedByDuty(true).build())
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.HASIL_TIM_PENGUJI_KESEHATAN, "KS.02.03/1187/2026", d(2026, 6, 10)))
                .dismissal(Dismissal.builder().ground(DismissalGround.UNFIT).kind(DismissalKind.HONOURABLE)
                        .pensionClaimed(true).build())
                .build();
    }

    static ImmutableProposal downsizing(LocalDate tmt) {
        return proposal(Action.ORGANISATION_DOWNSIZING, "BKPSDM-SLM/2026/PR/0001", tmt)
                .employee(pns("Dedi Kurniawan", d(1973, 10, 5), Gender.MALE, d(1998, 3, 1), 1)
                        .grade(Grade.parse("III/d")).gradeSince(d(2014, 4, 1))
                        .currentPosition(dinas(PositionLevel.PELAKSANA, "Pengelola Data Perparkiran",
                                "Unit Pelaksana Teknis Perparkiran", d(2019, 1, 2)))
                        .pensionServiceMonths(339)
                        .build())
                .signer(bupati())
                .addApprovals(Approval.builder().from(Approver.MENPANRB).reference("B/1234/M.SM.01.00/2026")
                        .date(tmt.minusMonths(2)).build(),
                        Approval.builder().from(Approver.BKN).reference("K.26-30/V.88-2/99/2026")
                                .date(tmt.minusMonths(1)).build())
                .addDocuments(doc(DocumentKind.INVENTARISASI_KELEBIHAN_PNS, "800/4410-BKPSDM", tmt.minusMonths(3)))
                .dismissal(Dismissal.builder().ground(DismissalGround.DOWNSIZING).kind(DismissalKind.HONOURABLE)
                        .pensionClaimed(true).build())
                .build();
    }

    static ImmutableProposal dishonourable(LocalDate tmt) {
        return proposal(Action.DISHONOURABLE, "BKPSDM-SLM/2026/PTDH/0001", tmt)
                .submittedOn(tmt.minusDays(14)).decisionDate(tmt.minusDays(7))
                .employee(pns("Bambang Sutrisno", d(1976, 5, 21), Gender.MALE, d(2001, 3, 1), 1)
                        .grade(Grade.parse("IV/a")).gradeSince(d(2018, 10, 1))
                        .currentPosition(dinas(PositionLevel.ADMINISTRATOR, "Kepala Bidang Anggaran",
                                "Badan Keuangan dan Aset Daerah", d(2021, 3, 1)))
                        .pensionServiceMonths(304)
                        .criminalCase(CriminalCase.builder().status(CriminalStatus.CONVICTED)
                                .finalJudgmentOn(d(2026, 6, 8)).sentenceMonths(48).premeditated(false)
                                .offence(OffenceKind.IN_OFFICE).build())
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.PUTUSAN_PENGADILAN, "Putusan MA 2190 K/Pid.Sus/2026", d(2026, 6, 8)))
                .dismissal(Dismissal.builder().ground(DismissalGround.CRIME_IN_OFFICE)
                        .kind(DismissalKind.DISHONOURABLE).pensionClaimed(false).build())
                .build();
    }

    static ImmutableProposal temporary(LocalDate tmt) {
        return proposal(Action.TEMPORARY, "BKPSDM-SLM/2026/BS/0001", tmt)
                .submittedOn(java.util.Optional.empty())
                .employee(pns("Joko Susilo", d(1979, 9, 9), Gender.MALE, d(2005, 1, 1), 1)
                        .grade(Grade.parse("III/d")).gradeSince(d(2017, 4, 1))
                        .currentPosition(dinas(PositionLevel.PENGAWAS, "Kepala Seksi Pengadaan",
                                "Bagian Pengadaan Barang dan Jasa", d(2020, 1, 6)))
                        .pensionServiceMonths(258)
                        .criminalCase(CriminalCase.builder().status(CriminalStatus.DETAINED)
                                .detainedOn(d(2026, 7, 1)).build())
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.OTHER, "Surat perintah penahanan Print-204/M.4.11/Fd.1/07/2026",
                        d(2026, 7, 1)))
                .dismissal(Dismissal.builder().ground(DismissalGround.DETENTION).build())
                .build();
    }

    static ImmutableProposal pppkTermination(LocalDate tmt) {
        return proposal(Action.PPPK_TERMINATION, "BKPSDM-SLM/2026/PPPK/0003", tmt)
                .employee(pppkTeacher("Wahyu Lestari", d(1991, 2, 7), 9))
                .signer(bupati())
                .addDocuments(doc(DocumentKind.PERJANJIAN_KERJA, "800/PK/2021/0415", d(2021, 6, 21)))
                .dismissal(Dismissal.builder().ground(DismissalGround.CONTRACT_END).kind(DismissalKind.HONOURABLE)
                        .build())
                .build();
    }

    static ImmutableProposal otherGround(LocalDate tmt) {
        return proposal(Action.OTHER_GROUND, "BKPSDM-SLM/2026/PID/0001", tmt)
                .submittedOn(tmt.minusDays(14)).decisionDate(tmt.minusDays(7))
                .employee(pns("Slamet Riyadi", d(1978, 12, 12), Gender.MALE, d(2003, 1, 1), 1)
                        .grade(Grade.parse("III/b")).gradeSince(d(2012, 4, 1))
                        .currentPosition(dinas(PositionLevel.PELAKSANA, "Pengemudi", "Dinas Perhubungan",
                                d(2010, 7, 1)))
                        .pensionServiceMonths(281)
                        .criminalCase(CriminalCase.builder().status(CriminalStatus.CONVICTED)
                                .finalJudgmentOn(d(2026, 6, 10)).sentenceMonths(30).premeditated(false)
                                .offence(OffenceKind.GENERAL).probation(false).build())
                        .build())
                .signer(bupati())
                .addDocuments(doc(DocumentKind.PUTUSAN_PENGADILAN, "Putusan PN Sleman 112/Pid.B/2026/PN Smn",
                        d(2026, 6, 10)))
                .dismissal(Dismissal.builder().ground(DismissalGround.SENTENCE_2Y).kind(DismissalKind.HONOURABLE)
                        .pensionClaimed(false).build())
                .build();
    }
}

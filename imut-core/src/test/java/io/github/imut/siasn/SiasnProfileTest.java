package io.github.imut.siasn;

import static io.github.imut.siasn.SiasnTestData.bundle;
import static io.github.imut.siasn.SiasnTestData.dataUtama;
import static io.github.imut.siasn.SiasnTestData.map;
import static io.github.imut.siasn.SiasnTestData.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imut.check.Language;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.SanctionLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mapping of the fixture profile as a whole, the ways to read a profile, and malformed input. */
class SiasnProfileTest {

    @Test
    void fixtureProfileMapsToTheEmployeeItDescribes() {
        SiasnProfile p = map(bundle());
        Employee e = p.employee();
        assertThat(e.getNip().value()).isEqualTo("198503122010011002");
        assertThat(e.getName()).contains("CONTOH PEGAWAI");
        assertThat(e.getBirthDate()).contains(LocalDate.of(1985, 3, 12));
        assertThat(e.getGender()).contains(Gender.MALE);
        assertThat(e.getStatus()).contains(EmploymentStatus.PNS);
        assertThat(e.getTmtCpns()).contains(LocalDate.of(2010, 1, 1));
        assertThat(e.getTmtPns()).contains(LocalDate.of(2011, 3, 1));
        assertThat(e.getGrade()).contains(Grade.parse("III/c"));
        assertThat(e.getGradeSince()).contains(LocalDate.of(2022, 4, 1));
        assertThat(e.getEducation()).hasValueSatisfying(ed -> {
            assertThat(ed.getLevel()).isEqualTo(EducationLevel.S1);
            assertThat(ed.getMajor()).contains("S-1 TEKNIK SIPIL");
            assertThat(ed.getGraduated()).contains(LocalDate.of(2007, 8, 20));
        });
        assertThat(e.getAgency()).hasValueSatisfying(a -> {
            assertThat(a.getKind()).isEqualTo(AgencyKind.REGENCY);
            assertThat(a.getName()).contains("Pemerintah Kab. Contoh");
            assertThat(a.getCode()).contains("E0000000000000000000000000000001");
            assertThat(a.getRegionCode()).as("SIASN has no Kemendagri codes").isEmpty();
        });
        assertThat(e.getCurrentPosition()).hasValueSatisfying(pos -> {
            assertThat(pos.getLevel()).contains(PositionLevel.ADMINISTRATOR);
            assertThat(pos.getName()).contains("KEPALA BIDANG CONTOH");
            assertThat(pos.getUnit()).contains("BIDANG BINA MARGA");
            assertThat(pos.getSince()).contains(LocalDate.of(2022, 1, 3));
        });
        assertThat(e.getPositionHistory()).extracting(PositionRecord::getFrom, PositionRecord::getTo,
                PositionRecord::getLevel).containsExactly(
                tuple(LocalDate.of(2011, 3, 1), Optional.of(LocalDate.of(2016, 1, 3)),
                        Optional.of(PositionLevel.PELAKSANA)),
                tuple(LocalDate.of(2016, 1, 4), Optional.of(LocalDate.of(2022, 1, 2)),
                        Optional.of(PositionLevel.PENGAWAS)),
                tuple(LocalDate.of(2021, 6, 1), Optional.empty(), Optional.of(PositionLevel.ADMINISTRATOR)),
                tuple(LocalDate.of(2022, 1, 3), Optional.empty(), Optional.of(PositionLevel.ADMINISTRATOR)));
        assertThat(e.getPerformance()).extracting(PerformanceRecord::getYear, PerformanceRecord::getRating)
                .containsExactly(tuple(2022, PerformanceRating.BAIK), tuple(2023, PerformanceRating.BAIK),
                        tuple(2024, PerformanceRating.SANGAT_BAIK));
        assertThat(e.getSanctions()).extracting(DisciplinarySanction::getType, DisciplinarySanction::getLevel,
                DisciplinarySanction::getDecidedOn, DisciplinarySanction::getFrom, DisciplinarySanction::getTo)
                .containsExactly(
                        tuple(Optional.of("1"), SanctionLevel.RINGAN, Optional.of(LocalDate.of(2016, 5, 2)),
                                Optional.of(LocalDate.of(2016, 5, 2)), Optional.of(LocalDate.of(2016, 5, 2))),
                        tuple(Optional.of("24"), SanctionLevel.SEDANG, Optional.of(LocalDate.of(2023, 1, 20)),
                                Optional.of(LocalDate.of(2023, 2, 1)), Optional.of(LocalDate.of(2023, 10, 31))));
        assertThat(e.getRecordedRetirementAge()).contains(58);
        assertThat(p.notes()).extracting(SiasnNote::kind, SiasnNote::code, SiasnNote::field).containsExactly(
                tuple(SiasnNote.Kind.IGNORED, "deleted", "rw-jabatan[4]"),
                tuple(SiasnNote.Kind.UNMAPPED, "noStartDate", "rw-jabatan[5].tmtJabatan"),
                tuple(SiasnNote.Kind.IGNORED, "cancelled", "rw-hukdis[1]"));
        assertThat(p.endpoints()).containsExactlyInAnyOrder(SiasnEndpoint.DATA_UTAMA, SiasnEndpoint.RW_JABATAN,
                SiasnEndpoint.RW_GOLONGAN, SiasnEndpoint.RW_HUKDIS, SiasnEndpoint.RW_SKP22,
                SiasnEndpoint.RW_PENDIDIKAN);
    }

    @Test
    void mappedEmployeeIsValidForTheChecker() {
        assertThat(NoRules.CHECKER.validate(io.github.imut.model.Proposal.builder()
                .id("T-1").kind(io.github.imut.model.Action.WITHIN_AGENCY.kind())
                .action(io.github.imut.model.Action.WITHIN_AGENCY).effectiveDate(LocalDate.of(2026, 2, 2))
                .employee(map(bundle()).employee()).build())).isEmpty();
    }

    @Test
    void profileIsReadFromAStreamAndFromResponsesOneByOne() throws IOException {
        SiasnProfile fromFile = SiasnProfile.read(new ByteArrayInputStream(
                bundle().toString().getBytes(StandardCharsets.UTF_8)));
        SiasnProfile.Builder b = SiasnProfile.builder();
        for (String e : SiasnTestData.ENDPOINTS) {
            b.response(SiasnEndpoint.byName(e).orElseThrow(), new ByteArrayInputStream(
                    SiasnTestData.resource(e + ".json").getBytes(StandardCharsets.UTF_8)));
        }
        SiasnProfile oneByOne = b.build();
        assertThat(oneByOne.employee()).isEqualTo(fromFile.employee());
        assertThat(oneByOne.notes()).isEqualTo(fromFile.notes());
    }

    @Test
    void endpointKeysIgnoreCasePunctuationAndThePnsPrefix() {
        assertThat(SiasnEndpoint.byName("pns/rw-hukdis")).contains(SiasnEndpoint.RW_HUKDIS);
        assertThat(SiasnEndpoint.byName("rwHukdis")).contains(SiasnEndpoint.RW_HUKDIS);
        assertThat(SiasnEndpoint.byName("RW_KINERJAPERIODIK")).contains(SiasnEndpoint.RW_KINERJA_PERIODIK);
        assertThat(SiasnEndpoint.byName("dataUtama")).contains(SiasnEndpoint.DATA_UTAMA);
        assertThat(SiasnEndpoint.byName("rw-diklat")).isEmpty();
        ObjectNode b = bundle();
        b.set("pns/rwHukdis", b.remove("rw-hukdis"));
        assertThat(map(b).employee()).isEqualTo(map(bundle()).employee());
    }

    @Test
    void aFileWithoutEndpointKeysIsADataUtamaResponse() {
        SiasnProfile p = SiasnProfile.parse(SiasnTestData.resource("data-utama.json"));
        assertThat(p.endpoints()).containsExactly(SiasnEndpoint.DATA_UTAMA);
        assertThat(p.employee().getGrade()).contains(Grade.parse("III/c"));
        assertThat(p.notes(SiasnNote.Kind.MISSING_SOURCE)).extracting(SiasnNote::field)
                .containsExactly("rw-jabatan", "rw-hukdis", "rw-skp22");
        assertThat(SiasnProfile.parse(dataUtama(bundle()).toString()).employee().getNip().value())
                .as("a bare payload, without envelope").isEqualTo("198503122010011002");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> SiasnProfile.parse("{\"data-utama\": {\"data\": {\n\"nipBaru\": }}}"))
                .isInstanceOfSatisfying(SiasnFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("siasn.syntax");
                    assertThat(e.arguments()).containsEntry("line", "2");
                    assertThat(e.message(Language.EN)).startsWith("$: invalid JSON at line 2");
                    assertThat(e.message(Language.ID)).startsWith("$: JSON tidak sah pada baris 2");
                });
    }

    @Test
    void missingNipBaruIsAnErrorNamingTheField() {
        ObjectNode b = bundle();
        dataUtama(b).put("nipBaru", "");
        assertThatThrownBy(() -> map(b)).isInstanceOfSatisfying(SiasnFormatException.class, e -> {
            assertThat(e.path()).isEqualTo("data-utama.nipBaru");
            assertThat(e.key()).isEqualTo("siasn.required");
        });
    }

    @Test
    void invalidNipBaruIsAnErrorNamingTheFieldAndTheDefect() {
        ObjectNode b = bundle();
        dataUtama(b).put("nipBaru", "19850312201001100");
        assertThatThrownBy(() -> map(b)).isInstanceOfSatisfying(SiasnFormatException.class, e -> {
            assertThat(e.path()).isEqualTo("data-utama.nipBaru");
            assertThat(e.message(Language.EN)).contains("19850312201001100").contains("17");
        });
    }

    @Test
    void profileWithoutDataUtamaIsAnError() {
        ObjectNode b = bundle();
        b.remove("data-utama");
        assertThatThrownBy(() -> map(b)).isInstanceOfSatisfying(SiasnFormatException.class,
                e -> assertThat(e.key()).isEqualTo("siasn.noDataUtama"));
    }

    @Test
    void payloadOfTheWrongShapeIsAnErrorNamingIt() {
        ObjectNode b = bundle();
        b.putObject("rw-jabatan").put("data", "none");
        assertThatThrownBy(() -> map(b)).isInstanceOfSatisfying(SiasnFormatException.class, e -> {
            assertThat(e.path()).isEqualTo("rw-jabatan.data");
            assertThat(e.key()).isEqualTo("siasn.notAnArray");
        });
        ObjectNode c = bundle();
        SiasnTestData.records(c, "rw-golongan").add(3);
        assertThatThrownBy(() -> map(c)).isInstanceOfSatisfying(SiasnFormatException.class,
                e -> assertThat(e.path()).isEqualTo("rw-golongan[3]"));
        ObjectNode d = bundle();
        d.putObject("data-utama").putArray("data");
        assertThatThrownBy(() -> map(d)).isInstanceOfSatisfying(SiasnFormatException.class,
                e -> assertThat(e.path()).isEqualTo("data-utama.data"));
    }

    @Test
    void recordWithAnotherEmployeesNipIsRejected() {
        ObjectNode b = bundle();
        record(b, "rw-jabatan", 0).put("nipBaru", "199001012015031001");
        assertThatThrownBy(() -> map(b)).isInstanceOfSatisfying(SiasnFormatException.class,
                e -> assertThat(e.path()).isEqualTo("rw-jabatan[0].nipBaru"));
    }

    @Test
    void kedudukanHukumOtherThanAktifIsNotedForAPersonToCheck() {
        ObjectNode b = bundle();
        dataUtama(b).put("kedudukanPnsId", "04");
        assertThat(map(b).notes(SiasnNote.Kind.NOT_REPRESENTED)).singleElement().satisfies(n -> {
            assertThat(n.field()).isEqualTo("data-utama.kedudukanPnsId");
            assertThat(n.message(Language.EN)).contains("Pemberhentian Sementara");
        });
    }

    @Test
    void workingAgencyOtherThanTheEmployingOneIsNoted() {
        ObjectNode b = bundle();
        dataUtama(b).put("jenisPegawaiId", "17").put("instansiKerjaId", "E0000000000000000000000000000002")
                .put("instansiKerjaNama", "Pemerintah Provinsi Contoh");
        SiasnProfile p = map(b);
        assertThat(p.employee().getAgency().orElseThrow().getName()).contains("Pemerintah Kab. Contoh");
        assertThat(p.notes(SiasnNote.Kind.NOT_REPRESENTED)).extracting(SiasnNote::code)
                .containsExactly("worksElsewhere");
    }

    @Test
    void agencyKindComesFromJenisPegawaiAndTheNameTellsRegencyFromCity() {
        ObjectNode b = bundle();
        dataUtama(b).put("instansiIndukNama", "Pemerintah Kota Contoh");
        assertThat(map(b).employee().getAgency().orElseThrow().getKind()).isEqualTo(AgencyKind.CITY);
        dataUtama(b).put("jenisPegawaiId", "1").put("instansiIndukNama", "Kementerian Contoh");
        assertThat(map(b).employee().getAgency().orElseThrow().getKind()).isEqualTo(AgencyKind.CENTRAL);
        dataUtama(b).put("jenisPegawaiId", "10").put("instansiIndukNama", "Pemerintah Provinsi Contoh");
        assertThat(map(b).employee().getAgency().orElseThrow().getKind()).isEqualTo(AgencyKind.PROVINCE);
        dataUtama(b).put("jenisPegawaiId", "15").put("instansiIndukNama", "Badan Contoh");
        SiasnProfile p = map(b);
        assertThat(p.employee().getAgency()).as("kab/kota but the name says neither: unknown, not guessed").isEmpty();
        assertThat(p.notes()).extracting(SiasnNote::code).contains("agencyKind");
        dataUtama(b).remove("jenisPegawaiId");
        dataUtama(b).put("instansiIndukNama", "Kementerian Contoh");
        assertThat(map(b).employee().getAgency()).as("a central agency is never guessed from its name").isEmpty();
    }

    @Test
    void educationLevelWithoutModelEquivalentIsUnknownWithANote() {
        ObjectNode b = bundle();
        dataUtama(b).put("tkPendidikanTerakhirId", "42");
        SiasnProfile p = map(b);
        assertThat(p.employee().getEducation()).as("not guessed from rw-pendidikan either").isEmpty();
        assertThat(p.notes()).extracting(SiasnNote::code, SiasnNote::field)
                .contains(tuple("educationLevel", "data-utama.tkPendidikanTerakhirId"));
    }

    @Test
    void educationComesFromTheHighestRwPendidikanWhenDataUtamaLacksIt() {
        ObjectNode b = bundle();
        dataUtama(b).remove("tkPendidikanTerakhirId");
        dataUtama(b).remove("pendidikanTerakhirNama");
        dataUtama(b).remove("tahunLulus");
        assertThat(map(b).employee().getEducation()).hasValueSatisfying(ed -> {
            assertThat(ed.getLevel()).isEqualTo(EducationLevel.S1);
            assertThat(ed.getGraduated()).contains(LocalDate.of(2007, 8, 20));
        });
    }

    @Test
    void functionalPositionTakesItsJenjangFromTheNameAndItsStatutoryCategory() {
        ObjectNode b = bundle();
        dataUtama(b).put("jenisJabatanId", "2").put("jabatanNama", "").put("eselonId", "")
                .put("jabatanFungsionalNama", "GURU AHLI MUDA");
        assertThat(map(b).employee().getCurrentPosition()).hasValueSatisfying(pos -> {
            assertThat(pos.getLevel()).contains(PositionLevel.AHLI_MUDA);
            assertThat(pos.getName()).contains("GURU AHLI MUDA");
            assertThat(pos.getFunctionalCategory()).contains(FunctionalCategory.GURU);
        });
        dataUtama(b).put("jabatanFungsionalNama", "PENGAWAS SEKOLAH");
        SiasnProfile p = map(b);
        assertThat(p.employee().getCurrentPosition().orElseThrow().getLevel()).isEmpty();
        assertThat(p.employee().getCurrentPosition().orElseThrow().getFunctionalCategory()).isEmpty();
        assertThat(p.notes()).extracting(SiasnNote::code).contains("functionalLevel");
    }

    @Test
    void eselonVHasNoLevelUnderUuAsnAndIsNoted() {
        ObjectNode b = bundle();
        dataUtama(b).put("eselonId", "51");
        SiasnProfile p = map(b);
        assertThat(p.employee().getCurrentPosition().orElseThrow().getLevel()).isEmpty();
        assertThat(p.notes()).extracting(SiasnNote::code).contains("eselonLevel");
    }

    @Test
    void dataUtamaAgainstRwGolonganDisagreementIsNotedAndDataUtamaKept() {
        ObjectNode b = bundle();
        record(b, "rw-golongan", 0).put("golonganId", "34").put("golongan", "III/d");
        SiasnProfile p = map(b);
        assertThat(p.employee().getGrade()).contains(Grade.parse("III/c"));
        assertThat(p.notes(SiasnNote.Kind.INCONSISTENT)).singleElement().satisfies(n -> {
            assertThat(n.field()).isEqualTo("data-utama.golRuangAkhirId");
            assertThat(n.message(Language.EN)).contains("III/c").contains("III/d").contains("rw-golongan[0]");
        });
    }

    @Test
    void gradeComesFromTheLatestRwGolonganWhenDataUtamaLacksIt() {
        ObjectNode b = bundle();
        dataUtama(b).remove("golRuangAkhirId");
        dataUtama(b).remove("golRuangAkhir");
        dataUtama(b).remove("tmtGolAkhir");
        Employee e = map(b).employee();
        assertThat(e.getGrade()).contains(Grade.parse("III/c"));
        assertThat(e.getGradeSince()).contains(LocalDate.of(2022, 4, 1));
    }

    @Test
    void twoDifferentRatingsForOneYearKeepTheWorseWithANote() {
        ObjectNode b = bundle();
        record(b, "rw-skp22", 0).put("tahun", "2024");
        SiasnProfile p = map(b);
        assertThat(p.employee().getPerformance()).filteredOn(r -> r.getYear() == 2024)
                .extracting(PerformanceRecord::getRating).containsExactly(PerformanceRating.BAIK);
        assertThat(p.notes(SiasnNote.Kind.INCONSISTENT)).hasSize(1);
    }

    @Test
    void quarterlyRatingsFromKinerjaPeriodikNeedTheStartMonth() {
        ObjectNode b = bundle();
        var list = b.putObject("rw-kinerjaperiodik").putArray("data");
        list.addObject().put("tahun", "2024").put("periodikId", "2").put("bulanMulaiPenilaian", "4")
                .put("kuadranKinerjaNilai", "3").put("pnsDinilaiId", "A0000000000000000000000000000001");
        list.addObject().put("tahun", "2024").put("periodikId", "2").put("kuadranKinerjaNilai", "2");
        list.addObject().put("tahun", "2024").put("periodikId", "1").put("kuadranKinerjaNilai", "2");
        SiasnProfile p = map(b);
        assertThat(p.employee().getPerformance()).filteredOn(r -> r.getQuarter().isPresent())
                .extracting(PerformanceRecord::getYear, r -> r.getQuarter().orElseThrow(),
                        PerformanceRecord::getRating)
                .containsExactly(tuple(2024, 2, PerformanceRating.BUTUH_PERBAIKAN));
        assertThat(p.notes()).extracting(SiasnNote::code, SiasnNote::field).contains(
                tuple("quarterUnknown", "rw-kinerjaperiodik[1]"), tuple("monthlyRating", "rw-kinerjaperiodik[2]"));
    }

    @Test
    void appraisalsBefore2022AreNotMappedToTheNewScale() {
        ObjectNode b = bundle();
        b.putObject("rw-skp").putArray("data").addObject().put("tahun", "2021").put("nilaiSkp", "88.5")
                .put("pns", "A0000000000000000000000000000001");
        SiasnProfile p = map(b);
        assertThat(p.employee().getPerformance()).extracting(PerformanceRecord::getYear).doesNotContain(2021);
        assertThat(p.notes(SiasnNote.Kind.NOT_REPRESENTED)).extracting(SiasnNote::code)
                .containsExactly("oldAppraisal");
    }

    @Test
    void sanctionOfUnknownLevelIsLeftOutLoudly() {
        ObjectNode b = bundle();
        record(b, "rw-hukdis", 0).put("jenisHukuman", "26").put("jenisTingkatHukumanId", "");
        SiasnProfile p = map(b);
        assertThat(p.employee().getSanctions()).hasSize(1);
        assertThat(p.notes(SiasnNote.Kind.UNMAPPED)).extracting(SiasnNote::code)
                .contains("unknownCode", "sanctionLevel");
    }

    @Test
    void tingkatDisagreeingWithTheJenisTableKeepsTheHeavierLevel() {
        ObjectNode b = bundle();
        record(b, "rw-hukdis", 0).put("jenisTingkatHukumanId", "R");
        SiasnProfile p = map(b);
        assertThat(p.employee().getSanctions()).filteredOn(s -> s.getType().equals(Optional.of("24")))
                .extracting(DisciplinarySanction::getLevel).containsExactly(SanctionLevel.SEDANG);
        assertThat(p.notes(SiasnNote.Kind.INCONSISTENT)).hasSize(1);
    }

    @Test
    void retirementAgeOutsideTheModelsRangeIsUnknown() {
        ObjectNode b = bundle();
        dataUtama(b).put("bupPensiun", "0");
        SiasnProfile p = map(b);
        assertThat(p.employee().getRecordedRetirementAge()).isEmpty();
        assertThat(p.notes()).extracting(SiasnNote::code).contains("retirementAge");
    }

    @Test
    void everyKindOfNoteIsProducedBySomeProfile() {
        ObjectNode b = bundle();
        dataUtama(b).put("kedudukanPnsId", "99").put("jenisKelamin", "X");
        b.remove("rw-skp22");
        record(b, "rw-golongan", 0).put("golonganId", "34");
        EnumSet<SiasnNote.Kind> kinds = EnumSet.noneOf(SiasnNote.Kind.class);
        map(b).notes().forEach(n -> kinds.add(n.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(SiasnNote.Kind.values());
    }
}

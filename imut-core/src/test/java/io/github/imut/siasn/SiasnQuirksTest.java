package io.github.imut.siasn;

import static io.github.imut.siasn.SiasnTestData.bundle;
import static io.github.imut.siasn.SiasnTestData.dataUtama;
import static io.github.imut.siasn.SiasnTestData.map;
import static io.github.imut.siasn.SiasnTestData.record;
import static io.github.imut.siasn.SiasnTestData.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.SanctionLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per quirk that {@code shared/spec/siasn-contract.md} lists (§1, §3, §5), each named after it. Every test
 * starts from the fixture bundle and changes only what the quirk is about.
 */
class SiasnQuirksTest {

    /** §5.3: numbers are strings ({@code "58"}, {@code "2023"}). */
    @Test
    void numbersSentAsStringsAreRead() {
        Employee e = map(bundle()).employee();
        assertThat(e.getRecordedRetirementAge()).contains(58);
        assertThat(e.getPerformance()).extracting(PerformanceRecord::getYear).contains(2023, 2024);
    }

    /** §5.3: some clients send JSON numbers instead; both are accepted (rw-skp22[2] sends {@code 2022} and {@code 2}). */
    @Test
    void numbersSentAsJsonNumbersAreReadAlike() {
        ObjectNode b = bundle();
        dataUtama(b).put("bupPensiun", 58);
        Employee e = map(b).employee();
        assertThat(e.getRecordedRetirementAge()).contains(58);
        assertThat(e.getPerformance()).filteredOn(r -> r.getYear() == 2022).singleElement()
                .satisfies(r -> assertThat(r.getRating()).hasToString("BAIK"));
    }

    /** §5.3: numeric strings may hold other text; that is unknown, with a note naming the field, never a default. */
    @Test
    void nonNumericNumberIsUnknownWithANoteNamingTheField() {
        ObjectNode b = bundle();
        dataUtama(b).put("bupPensiun", "-");
        SiasnProfile p = map(b);
        assertThat(p.employee().getRecordedRetirementAge()).isEmpty();
        assertThat(p.notes(SiasnNote.Kind.UNMAPPED)).filteredOn(n -> n.code().equals("notANumber")).singleElement()
                .satisfies(n -> {
                    assertThat(n.field()).isEqualTo("data-utama.bupPensiun");
                    assertThat(n.value()).contains("-");
                });
    }

    /** §5.4: codes may be zero-padded ({@code "01"}, {@code "05"}, {@code "04"}); they are compared canonically. */
    @Test
    void zeroPaddedCodesAreCanonicalizedBeforeLookup() {
        ObjectNode b = bundle();
        dataUtama(b).put("tkPendidikanTerakhirId", "05").put("jenisJabatanId", "04").put("golRuangAkhirId", "033");
        b.remove("rw-pendidikan");
        SiasnProfile p = map(b);
        assertThat(p.employee().getEducation().orElseThrow().getLevel()).isEqualTo(EducationLevel.SD);
        assertThat(p.employee().getCurrentPosition().orElseThrow().getLevel()).contains(PositionLevel.PELAKSANA);
        assertThat(p.employee().getGrade()).contains(Grade.parse("III/c"));
        assertThat(p.notes(SiasnNote.Kind.NOT_REPRESENTED)).as("kedudukan \"01\" is Aktif").isEmpty();
    }

    /** §5.4: non-numeric codes stay as they are ({@code R}, {@code MJ}, {@code PLT}), in any case. */
    @Test
    void nonNumericCodesKeepTheirLettersInAnyCase() {
        ObjectNode b = bundle();
        record(b, "rw-hukdis", 0).put("jenisTingkatHukumanId", "s");
        record(b, "rw-jabatan", 3).put("jenisPenugasanId", "plt");
        Employee e = map(b).employee();
        assertThat(e.getSanctions()).filteredOn(s -> s.getType().equals(java.util.Optional.of("24")))
                .extracting(DisciplinarySanction::getLevel).containsExactly(SanctionLevel.SEDANG);
        assertThat(e.getPositionHistory()).filteredOn(r -> r.getFrom().equals(LocalDate.of(2021, 6, 1)))
                .singleElement().satisfies(r -> assertThat(r.getTo()).as("acting: no known end").isEmpty());
    }

    /** §5.1: the norm is {@code dd-MM-yyyy}. */
    @Test
    void datesAreDayMonthYear() {
        Employee e = map(bundle()).employee();
        assertThat(e.getBirthDate()).contains(LocalDate.of(1985, 3, 12));
        assertThat(e.getTmtCpns()).contains(LocalDate.of(2010, 1, 1));
    }

    /**
     * §3.2: rw-golongan's {@code tmtGolongan} is an ISO instant at midnight UTC; the date part is taken literally, not
     * shifted to WIB (where 23:00Z on 31 March is already 1 April).
     */
    @Test
    void isoInstantTmtGolonganIsTakenLiterallyWithoutTimeZoneShift() {
        ObjectNode b = bundle();
        dataUtama(b).remove("tmtGolAkhir");
        record(b, "rw-golongan", 0).put("tmtGolongan", "2022-03-31T23:00:00Z");
        assertThat(map(b).employee().getGradeSince()).contains(LocalDate.of(2022, 3, 31));
    }

    /** §5.1: {@code yyyy-MM-dd HH:mm:ss} ({@code tanggal_taspen}, list-pensiun) is read too. */
    @Test
    void dateWithSpaceSeparatedTimeIsRead() {
        ObjectNode b = bundle();
        dataUtama(b).put("tglLahir", "1985-03-12 00:00:00");
        assertThat(map(b).employee().getBirthDate()).contains(LocalDate.of(1985, 3, 12));
    }

    /** §5.1: a text that is no date in any accepted form is unknown, with a note. */
    @Test
    void impossibleDateIsUnknownWithANote() {
        ObjectNode b = bundle();
        dataUtama(b).put("tglLahir", "31-02-1985");
        SiasnProfile p = map(b);
        assertThat(p.employee().getBirthDate()).isEmpty();
        assertThat(p.notes()).extracting(SiasnNote::code, SiasnNote::field)
                .contains(org.assertj.core.groups.Tuple.tuple("notADate", "data-utama.tglLahir"));
    }

    /** §3.5, §5.1: {@code tahunLulus} may be a bare year; a year is no graduation date, and is not made one. */
    @Test
    void bareYearTahunLulusIsNoDate() {
        ObjectNode b = bundle();
        dataUtama(b).put("tahunLulus", "2007");
        b.remove("rw-pendidikan");
        SiasnProfile p = map(b);
        assertThat(p.employee().getEducation().orElseThrow().getGraduated()).isEmpty();
        assertThat(p.notes()).extracting(SiasnNote::code).contains("yearOnly");
    }

    /** §5.2, first form: {@code ""}. */
    @Test
    void emptyStringMeansUnknown() {
        ObjectNode b = bundle();
        dataUtama(b).put("tglLahir", "");
        SiasnProfile p = map(b);
        assertThat(p.employee().getBirthDate()).isEmpty();
        assertThat(p.notes()).as("no note beyond the fixture's own").isEqualTo(map(bundle()).notes());
    }

    /** §5.2, second form: JSON {@code null}. */
    @Test
    void jsonNullMeansUnknown() {
        ObjectNode b = bundle();
        dataUtama(b).putNull("tglLahir");
        SiasnProfile p = map(b);
        assertThat(p.employee().getBirthDate()).isEmpty();
        assertThat(p.notes()).as("no note beyond the fixture's own").isEqualTo(map(bundle()).notes());
    }

    /** §5.2, third form: a missing key. */
    @Test
    void missingKeyMeansUnknown() {
        ObjectNode b = bundle();
        dataUtama(b).remove("tglLahir");
        SiasnProfile p = map(b);
        assertThat(p.employee().getBirthDate()).isEmpty();
        assertThat(p.notes()).as("no note beyond the fixture's own").isEqualTo(map(bundle()).notes());
    }

    /** §5.2, fourth form: the sentinel date {@code 01-01-0001} (S4). */
    @Test
    void sentinelDate01010001MeansUnknown() {
        ObjectNode b = bundle();
        dataUtama(b).put("tglLahir", "01-01-0001");
        SiasnProfile p = map(b);
        assertThat(p.employee().getBirthDate()).isEmpty();
        assertThat(p.notes()).as("no note beyond the fixture's own").isEqualTo(map(bundle()).notes());
    }

    /** §5.2: the sentinel in ISO form, {@code 0001-01-01…}. */
    @Test
    void isoSentinelDate00010101MeansUnknown() {
        ObjectNode b = bundle();
        dataUtama(b).put("tmtCpns", "0001-01-01T00:00:00Z");
        SiasnProfile p = map(b);
        assertThat(p.employee().getTmtCpns()).isEmpty();
        assertThat(p.notes()).as("no note beyond the fixture's own").isEqualTo(map(bundle()).notes());
    }

    /**
     * §3.1 (S4 shows all three forms in one capture): a rw-jabatan record whose {@code tmtJabatan} is the sentinel
     * cannot be placed in the history; it is left out with a note, never dated 0001 or today.
     */
    @Test
    void rwJabatanRecordWithSentinelTmtIsLeftOutWithANote() {
        SiasnProfile p = map(bundle());
        assertThat(p.employee().getPositionHistory()).extracting(PositionRecord::getFrom)
                .allSatisfy(d -> assertThat(d.getYear()).isGreaterThan(2000));
        assertThat(p.notes()).extracting(SiasnNote::code, SiasnNote::field)
                .contains(org.assertj.core.groups.Tuple.tuple("noStartDate", "rw-jabatan[5].tmtJabatan"));
    }

    /** §3.4, §5.5: keys are matched without regard to case ({@code KuadranKinerjaNilai}, {@code TGLLAHIR}). */
    @Test
    void keysAreMatchedWithoutRegardToCase() {
        ObjectNode b = bundle();
        ObjectNode du = dataUtama(b);
        du.set("TGLLAHIR", du.remove("tglLahir"));
        record(b, "rw-skp22", 1).remove("kuadranKinerja");
        Employee e = map(b).employee();
        assertThat(e.getBirthDate()).contains(LocalDate.of(1985, 3, 12));
        assertThat(e.getPerformance()).filteredOn(r -> r.getYear() == 2024).singleElement()
                .satisfies(r -> assertThat(r.getRating()).hasToString("SANGAT_BAIK"));
    }

    /** §3.3: read and write spellings differ ({@code akhirHukumTanggal}/{@code akhirHukumanTanggal}, {@code jenisHukuman}/{@code jenisHukumanId}). */
    @Test
    void readAndWriteSpellingsOfHukdisKeysAreBothAccepted() {
        ObjectNode b = bundle();
        ObjectNode r = record(b, "rw-hukdis", 0);
        r.set("jenisHukumanId", r.remove("jenisHukuman"));
        r.set("akhirHukumanTanggal", r.remove("akhirHukumTanggal"));
        Employee e = map(b).employee();
        assertThat(e.getSanctions()).filteredOn(s -> s.getType().equals(java.util.Optional.of("24")))
                .singleElement().satisfies(s -> assertThat(s.getTo()).contains(LocalDate.of(2023, 10, 31)));
        assertThat(e.getSanctions()).filteredOn(s -> s.getType().equals(java.util.Optional.of("1")))
                .singleElement().satisfies(s -> assertThat(s.getTo()).as("rw-hukdis[2] uses akhirHukumanTanggal")
                        .contains(LocalDate.of(2016, 5, 2)));
    }

    /** §5.5: unknown keys are ignored (S1 added four data-utama keys in July 2024 alone). */
    @Test
    void unknownKeysAreIgnored() {
        ObjectNode b = bundle();
        dataUtama(b).put("kode_jenjang_jabatan", "X1").put("genEmailAsn", "contoh@asn.go.id").put("Sumber", "SIASN");
        SiasnProfile plain = map(bundle());
        SiasnProfile extra = map(b);
        assertThat(extra.employee()).isEqualTo(plain.employee());
        assertThat(extra.notes()).isEqualTo(plain.notes());
    }

    /** §5.6: {@code jenisJabatan} is the label in data-utama (the id is {@code jenisJabatanId}) but the id in rw-jabatan. */
    @Test
    void jenisJabatanIsALabelInDataUtamaButAnIdInRwJabatan() {
        ObjectNode b = bundle();
        dataUtama(b).remove("jenisJabatanId");
        Employee e = map(b).employee();
        assertThat(e.getCurrentPosition().orElseThrow().getLevel()).as("label Jabatan Struktural + eselon 31")
                .contains(PositionLevel.ADMINISTRATOR);
        assertThat(e.getPositionHistory().get(0).getLevel()).as("rw-jabatan jenisJabatan \"4\"")
                .contains(PositionLevel.PELAKSANA);
    }

    /** §5.6: {@code golongan} is an id in rw-hukdis ({@code "33"}) but a label in rw-golongan ({@code "III/c"}). */
    @Test
    void golonganIsAnIdOrALabelDependingOnTheEndpoint() {
        ObjectNode b = bundle();
        dataUtama(b).remove("golRuangAkhirId");
        dataUtama(b).remove("golRuangAkhir");
        dataUtama(b).remove("tmtGolAkhir");
        for (int i = 0; i < records(b, "rw-golongan").size(); i++) {
            record(b, "rw-golongan", i).remove("golonganId");
        }
        assertThat(map(b).employee().getGrade()).as("from the label").contains(Grade.parse("III/c"));
        record(b, "rw-golongan", 0).put("golongan", "34");
        assertThat(map(b).employee().getGrade()).as("from an id in the label's key").contains(Grade.parse("III/d"));
    }

    /** §5.7: {@code eselon}/{@code eselonId} are null for JF and pelaksana records, which is not an error. */
    @Test
    void eselonIsNullForNonStructuralRecords() {
        SiasnProfile p = map(bundle());
        assertThat(p.employee().getPositionHistory().get(0).getLevel()).contains(PositionLevel.PELAKSANA);
        assertThat(p.notes()).noneMatch(n -> n.field().startsWith("rw-jabatan[1]"));
    }

    /** §5.8: {@code path} is null, an object keyed by document id, an entry keyed {@code ""}, or (write bodies) an array. */
    @Test
    void pathInAnyOfItsShapesIsIgnored() {
        ObjectNode b = bundle();
        record(b, "rw-hukdis", 0).putArray("path").add("872");
        dataUtama(b).putObject("path").putObject("").put("dok_id", "");
        SiasnProfile p = map(b);
        assertThat(p.employee()).isEqualTo(map(bundle()).employee());
    }

    /** §2.1, §5.9: {@code jenisKelamin} arrives as M/F, or as Pria/Wanita, or as L/P (Laki-laki/Perempuan). */
    @ParameterizedTest
    @CsvSource({"M,MALE", "F,FEMALE", "Pria,MALE", "Wanita,FEMALE", "L,MALE", "P,FEMALE", "m,MALE"})
    void jenisKelaminComesAsMfOrPriaWanitaOrLp(String sent, Gender expected) {
        ObjectNode b = bundle();
        dataUtama(b).put("jenisKelamin", sent);
        assertThat(map(b).employee().getGender()).contains(expected);
    }

    /**
     * §3.0, §5.10: ids are 32-hex upper, 32-hex lower or dashed UUIDs; the fixtures name their employee in all three
     * shapes, and a record that names another employee is an error, not a silent addition.
     */
    @Test
    void idsOfAnyShapeNameTheSameEmployeeAndAnotherEmployeesRecordIsRejected() {
        assertThat(map(bundle()).employee().getSanctions()).hasSize(2);
        ObjectNode b = bundle();
        record(b, "rw-hukdis", 0).put("pnsOrang", "b0000000-0000-0000-0000-000000000009");
        assertThatThrownBy(() -> map(b)).isInstanceOfSatisfying(SiasnFormatException.class, e -> {
            assertThat(e.path()).isEqualTo("rw-hukdis[0].pnsOrang");
            assertThat(e.key()).isEqualTo("siasn.otherEmployee");
        });
    }

    /** §3.0, §5.11: records with a non-null {@code deletedAt} are filtered out. */
    @Test
    void deletedRecordsAreIgnoredWithANote() {
        SiasnProfile p = map(bundle());
        assertThat(p.employee().getPositionHistory()).extracting(r -> r.getName().orElse(""))
                .doesNotContain("KEPALA SEKSI JALAN (DUPLIKAT)");
        assertThat(p.notes(SiasnNote.Kind.IGNORED)).extracting(SiasnNote::code, SiasnNote::field)
                .contains(org.assertj.core.groups.Tuple.tuple("deleted", "rw-jabatan[4]"));
    }

    /** §3.3, §5.11: a sanction cancelled by an {@code skPembatalan*} is not in force. */
    @Test
    void cancelledSanctionsAreIgnoredWithANote() {
        SiasnProfile p = map(bundle());
        assertThat(p.employee().getSanctions()).extracting(s -> s.getType().orElse(""))
                .doesNotContain("2");
        assertThat(p.notes(SiasnNote.Kind.IGNORED)).extracting(SiasnNote::code, SiasnNote::field, n -> n.value())
                .contains(org.assertj.core.groups.Tuple.tuple("cancelled", "rw-hukdis[1]",
                        java.util.Optional.of("862/BATAL/2018")));
        ObjectNode b = bundle();
        record(b, "rw-hukdis", 0).put("skPembatalanTanggal", "01-12-2023");
        assertThat(map(b).employee().getSanctions()).as("a cancellation date alone cancels too").hasSize(1);
    }

    /** §3.0, §5.11: arrays are unsorted; histories come out sorted. */
    @Test
    void unsortedHistoriesAreSorted() {
        Employee e = map(bundle()).employee();
        assertThat(e.getPositionHistory()).extracting(PositionRecord::getFrom).isSorted().containsExactly(
                LocalDate.of(2011, 3, 1), LocalDate.of(2016, 1, 4), LocalDate.of(2021, 6, 1),
                LocalDate.of(2022, 1, 3));
        assertThat(e.getSanctions()).extracting(s -> s.getFrom().orElseThrow()).isSorted();
        assertThat(e.getPerformance()).extracting(PerformanceRecord::getYear).containsExactly(2022, 2023, 2024);
        assertThat(e.getPositionHistory().get(0).getTo()).as("ends the day before the next definitive position")
                .contains(LocalDate.of(2016, 1, 3));
        assertThat(e.getPositionHistory().get(1).getTo()).as("the PLT record does not end it")
                .contains(LocalDate.of(2022, 1, 2));
    }

    /** §5.12: everything is personal data; {@code toString()} shows none of it but the NIP. */
    @Test
    void profileToStringHoldsNoPersonalData() {
        SiasnProfile p = map(bundle());
        assertThat(p.toString()).contains("198503122010011002").doesNotContain("CONTOH PEGAWAI")
                .doesNotContain("0000000000000000\"").doesNotContain("1985-03-12");
        assertThat(p.employee().toString()).doesNotContain("CONTOH PEGAWAI");
    }

    /** §3.3 (S14): {@code jenisTingkatHukumanId} may be {@code ""}; the level then comes from the jenis hukuman table. */
    @Test
    void emptyTingkatHukumanFallsBackToTheJenisHukumanTable() {
        Employee e = map(bundle()).employee();
        assertThat(e.getSanctions().get(0).getType()).contains("1");
        assertThat(e.getSanctions().get(0).getLevel()).isEqualTo(SanctionLevel.RINGAN);
    }

    /** §3.2: {@code skTanggal} and {@code tglPertekBkn} may be null in rw-golongan: unknown, not an error. */
    @Test
    void nullSkTanggalInRwGolonganIsUnknown() {
        SiasnProfile p = map(bundle());
        assertThat(p.notes()).noneMatch(n -> n.field().startsWith("rw-golongan"));
        assertThat(p.employee().getGrade()).contains(Grade.parse("III/c"));
    }

    /** §1: the payload is under {@code data}; some proxies wrap it again ({@code data.data}). */
    @Test
    void payloadUnderDataIsUnwrappedAlsoWhenWrappedTwice() {
        ObjectNode b = bundle();
        ObjectNode outer = SiasnTestData.JSON.createObjectNode();
        outer.set("data", b.get("rw-hukdis"));
        b.set("rw-hukdis", outer);
        ObjectNode du = SiasnTestData.JSON.createObjectNode();
        du.set("data", b.get("data-utama"));
        b.set("data-utama", du);
        assertThat(map(b).employee()).isEqualTo(map(bundle()).employee());
    }

    /** §1: an empty history is an empty array, or {@code data} is absent; both mean "none", without a note. */
    @Test
    void emptyHistoryIsAnEmptyArrayOrAbsentData() {
        ObjectNode b = bundle();
        b.putObject("rw-hukdis").putArray("data");
        SiasnProfile p = map(b);
        assertThat(p.employee().getSanctions()).isEmpty();
        assertThat(p.notes(SiasnNote.Kind.MISSING_SOURCE)).isEmpty();
        b.putObject("rw-hukdis").put("success", true).put("message", "data tidak ditemukan");
        assertThat(map(b).employee().getSanctions()).isEmpty();
    }

    /** §1: an error response ({@code Error}/{@code Message}, or {@code success: false}) is unknown data, never "none". */
    @Test
    void errorResponseIsAnErrorNotAnEmptyHistory() {
        ObjectNode b = bundle();
        b.putObject("rw-hukdis").put("Error", "Unauthorized").put("Message", "token expired");
        assertThatThrownBy(() -> map(b)).isInstanceOfSatisfying(SiasnFormatException.class, e -> {
            assertThat(e.path()).isEqualTo("rw-hukdis");
            assertThat(e.getMessage()).contains("token expired");
        });
        ObjectNode c = bundle();
        c.putObject("rw-jabatan").put("success", false).put("message", "gagal");
        assertThatThrownBy(() -> map(c)).isInstanceOf(SiasnFormatException.class).hasMessageContaining("rw-jabatan");
    }

    /** §1 read fail-safe: a history that is not in the profile at all is unknown; the empty list gets a note. */
    @Test
    void historyNotInTheProfileIsNotedAsUnknownRatherThanNone() {
        ObjectNode b = bundle();
        b.remove("rw-hukdis");
        SiasnProfile p = map(b);
        assertThat(p.employee().getSanctions()).isEmpty();
        assertThat(p.notes(SiasnNote.Kind.MISSING_SOURCE)).singleElement().satisfies(n -> {
            assertThat(n.field()).isEqualTo("rw-hukdis");
            assertThat(n.arguments()).containsEntry("list", "employee.sanctions");
        });
    }
}

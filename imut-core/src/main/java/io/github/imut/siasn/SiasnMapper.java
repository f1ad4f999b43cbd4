package io.github.imut.siasn;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableDisciplinarySanction;
import io.github.imut.model.ImmutablePosition;
import io.github.imut.model.ImmutablePositionRecord;
import io.github.imut.model.InvalidValueException;
import io.github.imut.model.Nip;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.SanctionLevel;
import io.github.imut.siasn.SiasnCodes.Eselon;
import io.github.imut.siasn.SiasnCodes.Golongan;
import io.github.imut.siasn.SiasnCodes.JenisHukuman;
import io.github.imut.siasn.SiasnCodes.JenisJabatan;
import io.github.imut.siasn.SiasnCodes.JenisPegawai;
import io.github.imut.siasn.SiasnCodes.KedudukanHukum;
import io.github.imut.siasn.SiasnCodes.KuadranKinerja;
import io.github.imut.siasn.SiasnCodes.TingkatPendidikan;
import io.github.imut.siasn.SiasnNote.Kind;
import io.github.imut.siasn.SiasnRecord.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the payloads of one employee's SIASN responses to the model. One instance per mapping (it collects notes);
 * see {@link SiasnProfile} for the rules it follows.
 */
final class SiasnMapper {
    private static final Comparator<LocalDate> UNKNOWN_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private final Map<SiasnEndpoint, JsonNode> payloads;
    private final List<SiasnNote> notes = new ArrayList<>();
    private final Map<SiasnEndpoint, List<SiasnRecord>> records = new EnumMap<>(SiasnEndpoint.class);
    private SiasnRecord du;
    private Nip nip;

    private SiasnMapper(Map<SiasnEndpoint, JsonNode> payloads) {
        this.payloads = payloads;
    }

    /** The mapped employee and the notes. */
    static final class Result {
        final Employee employee;
        final List<SiasnNote> notes;

        Result(Employee employee, List<SiasnNote> notes) {
            this.employee = employee;
            this.notes = List.copyOf(notes);
        }
    }

    /**
     * @param payloads the payload ({@code data}) of each endpoint given: an object for data-utama, an array otherwise
     * @throws SiasnFormatException if there is no valid NIP or a record belongs to another employee
     */
    static Result map(Map<SiasnEndpoint, JsonNode> payloads) {
        return new SiasnMapper(payloads).run();
    }

    private Result run() {
        du = new SiasnRecord("data-utama", payloads.get(SiasnEndpoint.DATA_UTAMA));
        nip = nip();
        collectRecords();
        ImmutableEmployee.Builder b = Employee.builder().nip(nip);
        text(du.field("nama")).ifPresent(b::name);
        date(du.field("tglLahir", "tanggalLahir")).ifPresent(b::birthDate);
        gender(du.field("jenisKelamin")).ifPresent(b::gender);
        status(du.field("statusPegawai")).ifPresent(b::status);
        date(du.field("tmtCpns")).ifPresent(b::tmtCpns);
        date(du.field("tmtPns")).ifPresent(b::tmtPns);
        grade(b);
        education(b);
        agency().ifPresent(b::agency);
        currentPosition().ifPresent(b::currentPosition);
        b.positionHistory(positionHistory());
        b.performance(performance());
        b.sanctions(sanctions());
        retirementAge().ifPresent(b::recordedRetirementAge);
        legalStanding();
        for (SiasnEndpoint e : List.of(SiasnEndpoint.RW_JABATAN, SiasnEndpoint.RW_HUKDIS, SiasnEndpoint.RW_SKP22)) {
            if (!payloads.containsKey(e)) {
                note(Kind.MISSING_SOURCE, "missingSource", e.key(), "list", listOf(e));
            }
        }
        return new Result(b.build(), notes);
    }

    private static String listOf(SiasnEndpoint e) {
        switch (e) {
            case RW_JABATAN:
                return "employee.positionHistory";
            case RW_HUKDIS:
                return "employee.sanctions";
            default:
                return "employee.performance";
        }
    }

    // ---------------------------------------------------------------- identity and ownership

    private Nip nip() {
        Field f = du.field("nipBaru", "nip");
        if (f.isUnknown()) {
            throw SiasnFormatException.of("siasn.required", f.path);
        }
        try {
            return Nip.parse(f.text());
        } catch (InvalidValueException e) {
            throw SiasnFormatException.withCause(e, "siasn.nip", f.path, "value", f.text(), "detail",
                    e.message(Locale.ENGLISH));
        }
    }

    /** Reads every riwayat record and checks it names this employee (contract §3.0: the back-reference keys). */
    private void collectRecords() {
        Field idField = du.field("id");
        String ownerId = idField.isUnknown() ? null : SiasnValues.normalizeId(idField.text());
        for (Map.Entry<SiasnEndpoint, JsonNode> e : payloads.entrySet()) {
            if (e.getKey() == SiasnEndpoint.DATA_UTAMA) {
                continue;
            }
            List<SiasnRecord> list = new ArrayList<>();
            JsonNode array = e.getValue();
            for (int i = 0; i < array.size(); i++) {
                SiasnRecord r = new SiasnRecord(e.getKey().key() + "[" + i + "]", array.get(i));
                for (String key : e.getKey().ownerKeys()) {
                    Field owner = r.field(key);
                    if (ownerId != null && !owner.isUnknown()
                            && !SiasnValues.normalizeId(owner.text()).equals(ownerId)) {
                        throw SiasnFormatException.of("siasn.otherEmployee", owner.path, "value", owner.text(),
                                "expected", idField.text());
                    }
                }
                Field recordNip = r.field("nipBaru");
                if (!recordNip.isUnknown() && !recordNip.text().replace(" ", "").equals(nip.value())) {
                    throw SiasnFormatException.of("siasn.otherEmployee", recordNip.path, "value", recordNip.text(),
                            "expected", nip.value());
                }
                list.add(r);
            }
            records.put(e.getKey(), list);
        }
    }

    /** @return the records of an endpoint that are not deleted (contract §3.0: a non-null {@code deletedAt}) */
    private List<SiasnRecord> live(SiasnEndpoint endpoint) {
        List<SiasnRecord> out = new ArrayList<>();
        for (SiasnRecord r : records.getOrDefault(endpoint, List.of())) {
            Field deleted = r.field("deletedAt", "deleted_at");
            if (!deleted.isUnknown()) {
                note(Kind.IGNORED, "deleted", r.path(), "value", deleted.text());
            } else {
                out.add(r);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- person

    private Optional<Gender> gender(Field f) {
        Optional<String> code = code(f);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        switch (code.get()) {
            case "M":
            case "L":
            case "PRIA":
            case "LAKI-LAKI":
            case "LAKI LAKI":
                return Optional.of(Gender.MALE);
            case "F":
            case "P":
            case "WANITA":
            case "PEREMPUAN":
                return Optional.of(Gender.FEMALE);
            default:
                return unknownCode(f, "jenis kelamin");
        }
    }

    private Optional<EmploymentStatus> status(Field f) {
        Optional<String> code = code(f);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        switch (code.get()) {
            case "CPNS":
                return Optional.of(EmploymentStatus.CPNS);
            case "PNS":
                return Optional.of(EmploymentStatus.PNS);
            case "PPPK":
                return Optional.of(EmploymentStatus.PPPK);
            default:
                return unknownCode(f, "status pegawai");
        }
    }

    /** Kedudukan hukum other than Aktif matters for every action, but the model has no field for it: a note. */
    private void legalStanding() {
        Field f = du.field("kedudukanPnsId", "kedudukanHukumId");
        Optional<String> code = code(f);
        if (code.isEmpty()) {
            return;
        }
        Optional<KedudukanHukum> k = KedudukanHukum.byId(code.get());
        if (k.isEmpty()) {
            unknownCode(f, "kedudukan hukum");
        } else if (!k.get().isActive()) {
            note(Kind.NOT_REPRESENTED, "legalStanding", f.path, "value", f.text(), "name", k.get().name);
        }
    }

    private Optional<Integer> retirementAge() {
        Field f = du.field("bupPensiun");
        Optional<Integer> age = integer(f);
        if (age.isPresent() && (age.get() < 40 || age.get() > 75)) {
            note(Kind.UNMAPPED, "retirementAge", f.path, "value", f.text());
            return Optional.empty();
        }
        return age;
    }

    // ---------------------------------------------------------------- grade

    private void grade(ImmutableEmployee.Builder b) {
        Optional<Grade> grade = grade(du.field("golRuangAkhirId"), du.field("golRuangAkhir"));
        Optional<LocalDate> since = date(du.field("tmtGolAkhir"));
        SiasnRecord latest = null;
        Optional<Grade> latestGrade = Optional.empty();
        LocalDate latestTmt = null;
        for (SiasnRecord r : live(SiasnEndpoint.RW_GOLONGAN)) {
            Optional<Grade> g = grade(r.field("golonganId"), r.field("golongan"));
            Optional<LocalDate> tmt = date(r.field("tmtGolongan"));
            if (g.isPresent() && tmt.isPresent() && (latestTmt == null || tmt.get().isAfter(latestTmt))) {
                latest = r;
                latestGrade = g;
                latestTmt = tmt.get();
            }
        }
        if (grade.isEmpty() && latest != null) {
            grade = latestGrade;
            since = Optional.of(latestTmt);
        } else if (grade.isPresent() && latest != null) {
            if (grade.get() != latestGrade.get()) {
                note(Kind.INCONSISTENT, "inconsistent", "data-utama.golRuangAkhirId", "value", grade.get().code(),
                        "other", latestGrade.get().code(), "otherField", latest.path() + ".golonganId",
                        "kept", grade.get().code());
            } else if (since.isEmpty()) {
                since = Optional.of(latestTmt);
            }
        }
        grade.ifPresent(b::grade);
        since.ifPresent(b::gradeSince);
    }

    /** A golongan from its id ({@code "33"}) or, failing that, its label ({@code "III/c"}); §4.1 and §5.6. */
    private Optional<Grade> grade(Field id, Field label) {
        Optional<Grade> byId = Optional.empty();
        Optional<String> code = code(id);
        if (code.isPresent()) {
            byId = SiasnValues.isDigits(code.get()) ? Golongan.byId(code.get()) : parseGrade(code.get());
            if (byId.isEmpty()) {
                unknownCode(id, "golongan");
            }
        }
        Optional<Grade> byLabel = Optional.empty();
        if (!label.isUnknown()) {
            byLabel = SiasnValues.isDigits(SiasnValues.canonicalCode(label.text()))
                    ? Golongan.byId(SiasnValues.canonicalCode(label.text())) : parseGrade(label.text());
            if (byLabel.isEmpty() && byId.isEmpty()) {
                unknownCode(label, "golongan");
            }
        }
        if (byId.isPresent() && byLabel.isPresent() && byId.get() != byLabel.get()) {
            note(Kind.INCONSISTENT, "inconsistent", id.path, "value", byId.get().code(), "other",
                    byLabel.get().code(), "otherField", label.path, "kept", byId.get().code());
        }
        return byId.isPresent() ? byId : byLabel;
    }

    private static Optional<Grade> parseGrade(String text) {
        try {
            return Optional.of(Grade.parse(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- education

    private void education(ImmutableEmployee.Builder b) {
        Field levelField = du.field("tkPendidikanTerakhirId", "tingkatPendidikanId");
        Optional<String> levelCode = code(levelField);
        EducationLevel level = null;
        if (levelCode.isPresent()) {
            level = educationLevel(levelField, levelCode.get());
        }
        Optional<String> major = text(du.field("pendidikanTerakhirNama"));
        Field tahunLulus = du.field("tahunLulus");
        boolean yearOnly = !tahunLulus.isUnknown() && SiasnValues.isYear(tahunLulus.text());
        Optional<LocalDate> graduated = yearOnly ? Optional.empty() : graduation(tahunLulus);

        SiasnRecord highest = null;
        EducationLevel highestLevel = null;
        List<SiasnRecord> history = live(SiasnEndpoint.RW_PENDIDIKAN);
        for (SiasnRecord r : history) {
            Field f = r.field("tkPendidikanId", "tingkatPendidikanId");
            Optional<String> c = code(f);
            EducationLevel l = c.isPresent() ? educationLevel(f, c.get()) : null;
            if (l != null && (highestLevel == null || l.ordinal() > highestLevel.ordinal())) {
                highest = r;
                highestLevel = l;
            }
        }
        if (levelCode.isEmpty() && highest != null) {
            level = highestLevel;
            major = text(highest.field("pendidikanNama"));
            graduated = graduation(highest.field("tglLulus"));
        } else if (level != null) {
            if (highestLevel != null && highestLevel.ordinal() > level.ordinal()) {
                note(Kind.INCONSISTENT, "inconsistent", levelField.path, "value", level.name(), "other",
                        highestLevel.name(), "otherField", highest.path() + ".tkPendidikanId", "kept", level.name());
            }
            if (graduated.isEmpty()) {
                for (SiasnRecord r : history) {
                    Field f = r.field("tkPendidikanId", "tingkatPendidikanId");
                    Optional<String> c = code(f);
                    if (c.isPresent() && TingkatPendidikan.byId(c.get()).map(t -> t.level).orElse(null) == level) {
                        Optional<LocalDate> d = graduation(r.field("tglLulus"));
                        if (d.isPresent()) {
                            graduated = d;
                            break;
                        }
                    }
                }
            }
        }
        if (yearOnly && graduated.isEmpty() && level != null) {
            note(Kind.UNMAPPED, "yearOnly", tahunLulus.path, "value", tahunLulus.text());
        }
        if (level != null) {
            b.education(Education.builder().level(level).major(major).graduated(graduated).build());
        }
    }

    private EducationLevel educationLevel(Field f, String code) {
        Optional<TingkatPendidikan> t = TingkatPendidikan.byId(code);
        if (t.isEmpty()) {
            unknownCode(f, "tingkat pendidikan");
            return null;
        }
        if (t.get().level == null) {
            note(Kind.UNMAPPED, "educationLevel", f.path, "value", f.text(), "name", t.get().name);
        }
        return t.get().level;
    }

    /** A graduation date; a bare year ({@code tahunLulus} {@code "2099"}, §3.5) is no date and is noted. */
    private Optional<LocalDate> graduation(Field f) {
        if (!f.isUnknown() && SiasnValues.isYear(f.text())) {
            note(Kind.UNMAPPED, "yearOnly", f.path, "value", f.text());
            return Optional.empty();
        }
        return date(f);
    }

    // ---------------------------------------------------------------- agency

    private Optional<Agency> agency() {
        Field jpField = du.field("jenisPegawaiId");
        Optional<String> jpCode = code(jpField);
        Optional<JenisPegawai> jp = jpCode.flatMap(JenisPegawai::byId);
        if (jpCode.isPresent() && jp.isEmpty()) {
            unknownCode(jpField, "jenis pegawai");
        }
        Field nameField = du.field("instansiIndukNama");
        Optional<String> name = text(nameField);
        Optional<String> code = text(du.field("instansiIndukId"));
        Optional<AgencyKind> regional = name.flatMap(SiasnCodes::regionalKindFromName);
        AgencyKind kind = null;
        if (jp.isPresent()) {
            switch (jp.get().employer) {
                case CENTRAL:
                    kind = AgencyKind.CENTRAL;
                    break;
                case PROVINCE:
                    kind = AgencyKind.PROVINCE;
                    break;
                default:
                    kind = regional.filter(k -> k == AgencyKind.REGENCY || k == AgencyKind.CITY).orElse(null);
                    break;
            }
        } else {
            kind = regional.orElse(null);
        }
        Field workId = du.field("instansiKerjaId");
        Field indukId = du.field("instansiIndukId");
        if (!workId.isUnknown() && !indukId.isUnknown()
                && !SiasnValues.normalizeId(workId.text()).equals(SiasnValues.normalizeId(indukId.text()))) {
            note(Kind.NOT_REPRESENTED, "worksElsewhere", workId.path, "value",
                    text(du.field("instansiKerjaNama")).orElse(workId.text()), "home", name.orElse(indukId.text()));
        }
        if (kind == null) {
            if (name.isPresent() || code.isPresent() || jp.isPresent()) {
                note(Kind.UNMAPPED, "agencyKind", nameField.path, "value", name.orElse(""), "jenisPegawai",
                        jpCode.orElse(""));
            }
            return Optional.empty();
        }
        return Optional.of(Agency.builder().kind(kind).code(code).name(name).build());
    }

    // ---------------------------------------------------------------- positions

    private Optional<Position> currentPosition() {
        Field jenis = du.field("jenisJabatanId", "jenisJabatan");
        Optional<JenisJabatan> j = jenisJabatan(jenis);
        Field jfName = du.field("jabatanFungsionalNama", "jabatanNama");
        ImmutablePosition.Builder p = Position.builder();
        level(j, du.field("eselonId"), du.field("eselon"), jfName).ifPresent(p::level);
        Optional<String> name = text(du.field("jabatanNama"));
        if (name.isEmpty() && j.isPresent()) {
            switch (j.get()) {
                case STRUKTURAL:
                    name = text(du.field("jabatanStrukturalNama"));
                    break;
                case FUNGSIONAL_UMUM:
                    name = text(du.field("jabatanFungsionalUmumNama"));
                    break;
                default:
                    name = text(du.field("jabatanFungsionalNama"));
                    break;
            }
        }
        name.ifPresent(p::name);
        text(du.field("unorNama", "namaUnor")).ifPresent(p::unit);
        if (j.orElse(null) == JenisJabatan.FUNGSIONAL_TERTENTU) {
            text(jfName).flatMap(SiasnMapper::functionalCategory).ifPresent(p::functionalCategory);
        }
        date(du.field("tmtJabatan")).ifPresent(p::since);
        Position position = p.build();
        boolean known = position.getLevel().isPresent() || position.getName().isPresent()
                || position.getUnit().isPresent() || position.getSince().isPresent();
        return known ? Optional.of(position) : Optional.empty();
    }

    /** The statute-set JF categories by the first word of the JF name (PP 11/2017 Pasal 240). */
    private static Optional<FunctionalCategory> functionalCategory(String name) {
        String first = name.trim().toUpperCase(Locale.ROOT).split("\\s+", 2)[0];
        for (FunctionalCategory c : FunctionalCategory.values()) {
            if (c.name().equals(first)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private Optional<JenisJabatan> jenisJabatan(Field f) {
        if (f.isUnknown()) {
            return Optional.empty();
        }
        Optional<JenisJabatan> j = JenisJabatan.byIdOrLabel(SiasnValues.canonicalCode(f.text()));
        if (j.isEmpty()) {
            j = JenisJabatan.byIdOrLabel(f.text());
        }
        if (j.isEmpty()) {
            unknownCode(f, "jenis jabatan");
        }
        return j;
    }

    /**
     * The position level: a structural position's from its eselon, a functional one's from the jenjang at the end of
     * its name, a JF umum is pelaksana. Without a jenis jabatan, an eselon that names a level still gives it.
     */
    private Optional<PositionLevel> level(Optional<JenisJabatan> jenis, Field eselonId, Field eselonLabel,
            Field jfName) {
        if (jenis.isEmpty()) {
            return eselonLevel(eselonId, eselonLabel, false);
        }
        switch (jenis.get()) {
            case FUNGSIONAL_UMUM:
                return Optional.of(PositionLevel.PELAKSANA);
            case FUNGSIONAL_TERTENTU:
                if (jfName.isUnknown()) {
                    return Optional.empty();
                }
                Optional<PositionLevel> l = SiasnCodes.functionalLevelFromName(jfName.text());
                if (l.isEmpty()) {
                    note(Kind.UNMAPPED, "functionalLevel", jfName.path, "value", jfName.text());
                }
                return l;
            default:
                return eselonLevel(eselonId, eselonLabel, true);
        }
    }

    private Optional<PositionLevel> eselonLevel(Field id, Field label, boolean structural) {
        Field f = !id.isUnknown() ? id : label;
        if (f.isUnknown()) {
            return Optional.empty();
        }
        Optional<Eselon> e = Eselon.byIdOrLabel(SiasnValues.canonicalCode(f.text()));
        if (e.isEmpty()) {
            unknownCode(f, "eselon");
            return Optional.empty();
        }
        if (e.get().level == null && (structural || !e.get().none)) {
            note(Kind.UNMAPPED, "eselonLevel", f.path, "value", f.text());
        }
        return Optional.ofNullable(e.get().level);
    }

    private static final class Held {
        final LocalDate from;
        final boolean definitive;
        final ImmutablePositionRecord.Builder record;

        Held(LocalDate from, boolean definitive, ImmutablePositionRecord.Builder record) {
            this.from = from;
            this.definitive = definitive;
            this.record = record;
        }
    }

    /**
     * rw-jabatan, sorted by TMT jabatan (§3.0: arrays are unsorted). A definitive record ends the day before the next
     * definitive record starts; an acting one (PLT, PLH, PJ, TT) and the last definitive one have no known end.
     */
    private List<PositionRecord> positionHistory() {
        List<Held> held = new ArrayList<>();
        for (SiasnRecord r : live(SiasnEndpoint.RW_JABATAN)) {
            Optional<LocalDate> from = date(r.field("tmtJabatan"));
            if (from.isEmpty()) {
                note(Kind.UNMAPPED, "noStartDate", r.path() + ".tmtJabatan");
                continue;
            }
            Optional<JenisJabatan> jenis = jenisJabatan(r.field("jenisJabatan", "jenisJabatanId"));
            Field jfName = r.field("jabatanFungsionalNama", "namaJabatan");
            ImmutablePositionRecord.Builder b = PositionRecord.builder().from(from.get());
            level(jenis, r.field("eselonId"), r.field("eselon"), jfName).ifPresent(b::level);
            text(r.field("namaJabatan", "jabatanFungsionalNama", "jabatanFungsionalUmumNama")).ifPresent(b::name);
            String assignment = code(r.field("jenisPenugasanId", "jenisPenugasan")).orElse("D");
            held.add(new Held(from.get(), assignment.equals("D"), b));
        }
        held.sort(Comparator.comparing(h -> h.from));
        List<PositionRecord> out = new ArrayList<>(held.size());
        for (int i = 0; i < held.size(); i++) {
            Held h = held.get(i);
            if (h.definitive) {
                for (int k = i + 1; k < held.size(); k++) {
                    Held next = held.get(k);
                    if (next.definitive && next.from.isAfter(h.from)) {
                        h.record.to(next.from.minusDays(1));
                        break;
                    }
                }
            }
            out.add(h.record.build());
        }
        return out;
    }

    // ---------------------------------------------------------------- performance

    private List<PerformanceRecord> performance() {
        List<PerformanceRecord> out = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (SiasnRecord r : live(SiasnEndpoint.RW_SKP22)) {
            Optional<Integer> year = year(r);
            Optional<PerformanceRating> rating = rating(r, r.field("KuadranKinerjaNilai", "kuadranNilai"),
                    r.field("kuadranKinerja"));
            if (year.isPresent() && rating.isPresent()) {
                add(out, paths, PerformanceRecord.builder().year(year.get()).rating(rating.get()).build(), r.path());
            }
        }
        for (SiasnRecord r : live(SiasnEndpoint.RW_KINERJA_PERIODIK)) {
            Field periodik = r.field("periodikId");
            Optional<String> p = code(periodik);
            if (p.isEmpty()) {
                continue;
            }
            if (p.get().equals("1")) {
                note(Kind.NOT_REPRESENTED, "monthlyRating", r.path(), "value", year(r).map(String::valueOf)
                        .orElse(""));
                continue;
            }
            if (!p.get().equals("2")) {
                unknownCode(periodik, "periodik");
                continue;
            }
            Optional<Integer> month = integer(r.field("bulanMulaiPenilaian", "bulanMulaiPenailan"));
            if (month.isEmpty() || month.get() < 1 || month.get() > 12) {
                note(Kind.UNMAPPED, "quarterUnknown", r.path());
                continue;
            }
            Optional<Integer> year = year(r);
            Optional<PerformanceRating> rating = rating(r, r.field("kuadranKinerjaNilai", "kuadranNilai"),
                    r.field("kuadranKinerja"));
            if (year.isPresent() && rating.isPresent()) {
                add(out, paths, PerformanceRecord.builder().year(year.get()).quarter((month.get() - 1) / 3 + 1)
                        .rating(rating.get()).build(), r.path());
            }
        }
        for (SiasnRecord r : live(SiasnEndpoint.RW_SKP)) {
            note(Kind.NOT_REPRESENTED, "oldAppraisal", r.path(), "value", text(r.field("tahun")).orElse(""));
        }
        List<PerformanceRecord> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(PerformanceRecord::getYear)
                .thenComparing(x -> x.getQuarter().orElse(0)));
        return sorted;
    }

    private Optional<Integer> year(SiasnRecord r) {
        Field f = r.field("tahun");
        Optional<Integer> y = integer(f);
        if (y.isPresent() && (y.get() < 1950 || y.get() > 2100)) {
            note(Kind.UNMAPPED, "notAYear", f.path, "value", f.text());
            return Optional.empty();
        }
        return y;
    }

    /** One rating per year (and quarter): a second, different one is noted and the worse one kept. */
    private void add(List<PerformanceRecord> out, List<String> paths, PerformanceRecord record, String path) {
        for (int i = 0; i < out.size(); i++) {
            PerformanceRecord o = out.get(i);
            if (o.getYear() == record.getYear() && o.getQuarter().equals(record.getQuarter())) {
                if (o.getRating() != record.getRating()) {
                    PerformanceRecord worse = o.getRating().ordinal() >= record.getRating().ordinal() ? o : record;
                    note(Kind.INCONSISTENT, "inconsistent", path, "value", record.getRating().name(), "other",
                            o.getRating().name(), "otherField", paths.get(i), "kept", worse.getRating().name());
                    out.set(i, worse);
                }
                return;
            }
        }
        out.add(record);
        paths.add(path);
    }

    private Optional<PerformanceRating> rating(SiasnRecord r, Field value, Field label) {
        Optional<KuadranKinerja> byValue = code(value).flatMap(KuadranKinerja::byIdOrLabel);
        if (!value.isUnknown() && byValue.isEmpty()) {
            unknownCode(value, "kuadran kinerja");
        }
        Optional<KuadranKinerja> byLabel = label.isUnknown() ? Optional.empty()
                : KuadranKinerja.byIdOrLabel(label.text());
        if (!label.isUnknown() && byLabel.isEmpty() && byValue.isEmpty()) {
            unknownCode(label, "kuadran kinerja");
        }
        if (byValue.isPresent() && byLabel.isPresent() && byValue.get() != byLabel.get()) {
            KuadranKinerja worse = byValue.get().ordinal() >= byLabel.get().ordinal() ? byValue.get() : byLabel.get();
            note(Kind.INCONSISTENT, "inconsistent", value.path, "value", byValue.get().label, "other",
                    byLabel.get().label, "otherField", label.path, "kept", worse.label);
            return Optional.of(worse.rating);
        }
        if (byValue.isEmpty() && byLabel.isEmpty() && value.isUnknown() && label.isUnknown()) {
            note(Kind.UNMAPPED, "noRating", r.path());
        }
        return byValue.or(() -> byLabel).map(k -> k.rating);
    }

    // ---------------------------------------------------------------- sanctions

    private List<DisciplinarySanction> sanctions() {
        List<DisciplinarySanction> out = new ArrayList<>();
        for (SiasnRecord r : live(SiasnEndpoint.RW_HUKDIS)) {
            Field cancelNumber = r.field("skPembatalanNomor");
            Field cancelDate = r.field("skPembatalanTanggal");
            if (!cancelNumber.isUnknown() || !cancelDate.isUnknown()) {
                note(Kind.IGNORED, "cancelled", r.path(), "value",
                        cancelNumber.isUnknown() ? cancelDate.text() : cancelNumber.text());
                continue;
            }
            Field jenisField = r.field("jenisHukuman", "jenisHukumanId");
            Optional<String> jenisCode = code(jenisField);
            Optional<JenisHukuman> jenis = jenisCode.flatMap(JenisHukuman::byId);
            if (jenisCode.isPresent() && jenis.isEmpty()) {
                unknownCode(jenisField, "jenis hukuman");
            }
            Field tingkatField = r.field("jenisTingkatHukumanId", "tingkatHukumanId");
            Optional<String> tingkatCode = code(tingkatField);
            Optional<SanctionLevel> tingkat = tingkatCode.flatMap(SiasnCodes::tingkatHukuman);
            if (tingkatCode.isPresent() && tingkat.isEmpty()) {
                unknownCode(tingkatField, "tingkat hukuman");
            }
            SanctionLevel level = tingkat.orElse(jenis.map(j -> j.level).orElse(null));
            if (tingkat.isPresent() && jenis.isPresent() && tingkat.get() != jenis.get().level) {
                level = tingkat.get().ordinal() >= jenis.get().level.ordinal() ? tingkat.get() : jenis.get().level;
                note(Kind.INCONSISTENT, "inconsistent", tingkatField.path, "value", tingkat.get().name(), "other",
                        jenis.get().level.name(), "otherField", jenisField.path, "kept", level.name());
            }
            if (level == null) {
                note(Kind.UNMAPPED, "sanctionLevel", r.path(), "value", jenisCode.orElse(""));
                continue;
            }
            ImmutableDisciplinarySanction.Builder b = DisciplinarySanction.builder().level(level);
            jenisCode.ifPresent(b::type);
            date(r.field("skTanggal")).ifPresent(b::decidedOn);
            date(r.field("hukumanTanggal")).ifPresent(b::from);
            date(r.field("akhirHukumTanggal", "akhirHukumanTanggal")).ifPresent(b::to);
            out.add(b.build());
        }
        out.sort(Comparator.comparing(s -> s.getFrom().orElse(null), UNKNOWN_LAST));
        return out;
    }

    // ---------------------------------------------------------------- values

    private Optional<String> text(Field f) {
        return f.isUnknown() ? Optional.empty() : Optional.of(f.text());
    }

    private Optional<String> code(Field f) {
        return f.isUnknown() ? Optional.empty() : Optional.of(SiasnValues.canonicalCode(f.text()));
    }

    private Optional<Integer> integer(Field f) {
        if (f.isUnknown()) {
            return Optional.empty();
        }
        Integer n = SiasnValues.integer(f.value);
        if (n == null) {
            note(Kind.UNMAPPED, "notANumber", f.path, "value", f.text());
        }
        return Optional.ofNullable(n);
    }

    private Optional<LocalDate> date(Field f) {
        if (f.isUnknown()) {
            return Optional.empty();
        }
        LocalDate d = f.value.isTextual() ? SiasnValues.date(f.text()) : null;
        if (d == null) {
            note(Kind.UNMAPPED, "notADate", f.path, "value", f.text());
        }
        return Optional.ofNullable(d);
    }

    private <T> Optional<T> unknownCode(Field f, String table) {
        note(Kind.UNMAPPED, "unknownCode", f.path, "value", f.text(), "table", table);
        return Optional.empty();
    }

    private void note(Kind kind, String code, String field, String... namesAndValues) {
        SiasnNote n = SiasnNote.of(kind, code, field, namesAndValues);
        if (!notes.contains(n)) {
            notes.add(n);
        }
    }
}

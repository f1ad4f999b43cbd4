package io.github.imut.siasn;

import io.github.imut.model.AgencyKind;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Grade;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.SanctionLevel;
import java.util.Locale;
import java.util.Optional;

/**
 * The SIASN reference code tables the mapping needs, as data. Every table is copied from
 * {@code shared/spec/siasn-contract.md} §4 (which took them from the reference snapshot of source S3,
 * {@code black-coffee04/ws-siasn-php} {@code src/Data/Referensi/*.json.gz}, committed 2024-06-24); the section is named
 * on each table. Ids are compared in canonical form: a numeric id without leading zeros ({@code "01"} → {@code "1"}),
 * any other code upper-cased ({@code "r"} → {@code "R"}); see {@link SiasnValues#canonicalCode(String)}.
 */
final class SiasnCodes {
    private SiasnCodes() {
    }

    /** Golongan PNS ({@code golonganPns}), contract §4.1: id = golongan × 10 + ruang index. */
    enum Golongan {
        G11("11", "I/a"), G12("12", "I/b"), G13("13", "I/c"), G14("14", "I/d"),
        G21("21", "II/a"), G22("22", "II/b"), G23("23", "II/c"), G24("24", "II/d"),
        G31("31", "III/a"), G32("32", "III/b"), G33("33", "III/c"), G34("34", "III/d"),
        G41("41", "IV/a"), G42("42", "IV/b"), G43("43", "IV/c"), G44("44", "IV/d"), G45("45", "IV/e");

        final String id;
        final Grade grade;

        Golongan(String id, String code) {
            this.id = id;
            this.grade = Grade.parse(code);
        }

        static Optional<Grade> byId(String canonicalId) {
            for (Golongan g : values()) {
                if (g.id.equals(canonicalId)) {
                    return Optional.of(g.grade);
                }
            }
            return Optional.empty();
        }
    }

    /** Jenis jabatan ({@code jenisJabatan}), contract §4.2 (S10: "4=pelaksana"). */
    enum JenisJabatan {
        STRUKTURAL("1", "Jabatan Struktural"),
        FUNGSIONAL_TERTENTU("2", "Jabatan Fungsional Tertentu"),
        RANGKAP("3", "Jabatan Rangkap (Struktural dan Fungsional)"),
        FUNGSIONAL_UMUM("4", "Jabatan Fungsional Umum");

        final String id;
        final String label;

        JenisJabatan(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** @param code an id ({@code "1"}) or, as data-utama sends it in {@code jenisJabatan}, the label */
        static Optional<JenisJabatan> byIdOrLabel(String code) {
            for (JenisJabatan j : values()) {
                if (j.id.equals(code) || j.label.equalsIgnoreCase(code)) {
                    return Optional.of(j);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Eselon ({@code eselon}), contract §4.5, with the position level its {@code jabatanAsn} column names. Eselon V
     * has no level under UU ASN, and {@code 00}/{@code 99} mean "none".
     */
    enum Eselon {
        NONE("0", "", null, true),
        I_A_UTAMA("10", "I.a", PositionLevel.JPT_UTAMA, false),
        I_A_MADYA("11", "I.a", PositionLevel.JPT_MADYA, false),
        I_B("12", "I.b", PositionLevel.JPT_MADYA, false),
        II_A("21", "II.a", PositionLevel.JPT_PRATAMA, false),
        II_B("22", "II.b", PositionLevel.JPT_PRATAMA, false),
        III_A("31", "III.a", PositionLevel.ADMINISTRATOR, false),
        III_B("32", "III.b", PositionLevel.ADMINISTRATOR, false),
        IV_A("41", "IV.a", PositionLevel.PENGAWAS, false),
        IV_B("42", "IV.b", PositionLevel.PENGAWAS, false),
        V_A("51", "V.a", null, false),
        V_B("52", "V.b", null, false),
        NON("99", "NON", null, true);

        final String id;
        final String label;
        final PositionLevel level;
        final boolean none;

        Eselon(String id, String label, PositionLevel level, boolean none) {
            this.id = id;
            this.label = label;
            this.level = level;
            this.none = none;
        }

        /** @param code an id ({@code "31"}) or a label that names one eselon only ({@code "III.a"}; not {@code I.a}) */
        static Optional<Eselon> byIdOrLabel(String code) {
            Eselon found = null;
            for (Eselon e : values()) {
                if (e.id.equals(code)) {
                    return Optional.of(e);
                }
                if (!e.label.isEmpty() && e.label.equalsIgnoreCase(code)) {
                    if (found != null) {
                        return Optional.empty();
                    }
                    found = e;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** Jenis hukuman disiplin ({@code jenisHukuman}) with its {@code jenisTingkatHukumanId}, contract §4.6. */
    enum JenisHukuman {
        H1("1", "TEGURAN LISAN", SanctionLevel.RINGAN),
        H2("2", "TEGURAN TERTULIS", SanctionLevel.RINGAN),
        H3("3", "PERNYATAAN TIDAK PUAS SECARA TERTULIS", SanctionLevel.RINGAN),
        H4("4", "PENUNDAAN KGB SELAMA 1 THN", SanctionLevel.SEDANG),
        H5("5", "PENURUNAN GAJI MAX 1 TH", SanctionLevel.SEDANG),
        H6("6", "PENUNDAAN GAJI MAX 1 THN", SanctionLevel.SEDANG),
        H7("7", "PENUNDAAN KP SELAMA 1 THN", SanctionLevel.SEDANG),
        H8("8", "PENURUNAN PANGKAT 1 TINGKAT 1 THN", SanctionLevel.SEDANG),
        H9("9", "PEMBEBASAN DARI JABATAN", SanctionLevel.BERAT),
        H10("10", "PEMBERHENTIAN DENGAN HORMAT TIDAK ATAS PERMINTAAN SENDIRI", SanctionLevel.BERAT),
        H11("11", "PEMBERHENTIAN TIDAK DENGAN HORMAT SEBAGAI PNS", SanctionLevel.BERAT),
        H12("12", "PENGAKTIFAN HUKUMAN DISIPLIN", SanctionLevel.BERAT),
        H13("13", "PEMINDAHAN DLM RANGKA PENURUNAN JABATAN 1 TINGKAT", SanctionLevel.BERAT),
        H14("14", "PENURUNAN PANGKAT 1 TINGKAT 3 THN", SanctionLevel.BERAT),
        H21("21", "SANKSI MORAL TERBUKA", SanctionLevel.RINGAN),
        H22("22", "SANKSI MORAL TERTUTUP", SanctionLevel.RINGAN),
        H23("23", "PEMOTONGAN TUNKIN 25% 6 BLN", SanctionLevel.SEDANG),
        H24("24", "PEMOTONGAN TUNKIN 25% 9 BLN", SanctionLevel.SEDANG),
        H25("25", "PEMOTONGAN TUNKIN 25% 12 BLN", SanctionLevel.SEDANG),
        H27("27", "PENURUNAN DARI JABATAN SETINGKAT LEBIH RENDAH SELAMA 12 BLN", SanctionLevel.BERAT),
        H28("28", "PEMBEBASAN DARI JABATAN MENJADI PELAKSANA SELAMA 12 BLN", SanctionLevel.BERAT);

        final String id;
        final String name;
        final SanctionLevel level;

        JenisHukuman(String id, String name, SanctionLevel level) {
            this.id = id;
            this.name = name;
            this.level = level;
        }

        static Optional<JenisHukuman> byId(String canonicalId) {
            for (JenisHukuman h : values()) {
                if (h.id.equals(canonicalId)) {
                    return Optional.of(h);
                }
            }
            return Optional.empty();
        }
    }

    /** Tingkat hukuman ({@code jenisTingkatHukumanId}): R ringan, S sedang, B berat; contract §3.3 and §4.6. */
    static Optional<SanctionLevel> tingkatHukuman(String code) {
        switch (code) {
            case "R":
                return Optional.of(SanctionLevel.RINGAN);
            case "S":
                return Optional.of(SanctionLevel.SEDANG);
            case "B":
                return Optional.of(SanctionLevel.BERAT);
            default:
                return Optional.empty();
        }
    }

    /** Which government a jenis pegawai's employer is. */
    enum Employer {
        /** PNS Pusat: a central agency. */
        CENTRAL,
        /** PNS Daerah Propinsi. */
        PROVINCE,
        /** PNS Daerah Kab./Kota: a regency or a city; the name tells which. */
        REGENCY_OR_CITY
    }

    /**
     * Jenis pegawai ({@code jenisPegawai}), contract §4.3: 1–9 PNS Pusat, 10–14 PNS Daerah Propinsi, 15–19 PNS Daerah
     * Kab./Kota; DPB (diperbantukan) and DPK (dipekerjakan) work at another agency than the one that employs them.
     * No PPPK code is in the snapshot.
     */
    enum JenisPegawai {
        P1("1", "PNS Pusat yang bekerja pada Departemen/Lembaga", Employer.CENTRAL),
        P2("2", "PNS Pusat DPB pada Instansi lain", Employer.CENTRAL),
        P3("3", "PNS Pusat DPK pada Instansi lain", Employer.CENTRAL),
        P4("4", "PNS Pusat DPB pada Pemerintah Propinsi", Employer.CENTRAL),
        P5("5", "PNS Pusat DPK pada Pemerintah Propinsi", Employer.CENTRAL),
        P6("6", "PNS Pusat DPB pada Pemerintah Kab/Kota", Employer.CENTRAL),
        P7("7", "PNS Pusat DPK pada Pemerintah Kab/Kota", Employer.CENTRAL),
        P8("8", "PNS Pusat DPB pada BUMN/Badan lain", Employer.CENTRAL),
        P9("9", "PNS Pusat DPK pada BUMN/Badan lain", Employer.CENTRAL),
        P10("10", "PNS Daerah Propinsi yang bekerja pada Propinsi", Employer.PROVINCE),
        P11("11", "PNS Daerah Propinsi DPB pada Instansi lain", Employer.PROVINCE),
        P12("12", "PNS Daerah Propinsi DPK pada Instansi lain", Employer.PROVINCE),
        P13("13", "PNS Daerah Propinsi DPB pada BUMN/BUMD", Employer.PROVINCE),
        P14("14", "PNS Daerah Propinsi DPK pada BUMN/BUMD", Employer.PROVINCE),
        P15("15", "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota", Employer.REGENCY_OR_CITY),
        P16("16", "PNS Daerah Kab./Kota DPB pada Instansi lain", Employer.REGENCY_OR_CITY),
        P17("17", "PNS Daerah Kab./Kota DPK pada Instansi lain", Employer.REGENCY_OR_CITY),
        P18("18", "PNS Daerah Kab./Kota DPB pada BUMN/BUMD", Employer.REGENCY_OR_CITY),
        P19("19", "PNS Daerah Kab./Kota DPK pada BUMN/BUMD", Employer.REGENCY_OR_CITY);

        final String id;
        final String name;
        final Employer employer;

        JenisPegawai(String id, String name, Employer employer) {
            this.id = id;
            this.name = name;
            this.employer = employer;
        }

        static Optional<JenisPegawai> byId(String canonicalId) {
            for (JenisPegawai p : values()) {
                if (p.id.equals(canonicalId)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The regional agency kind an instansi name states ("Pemerintah Provinsi …", "Pemerintah Kabupaten …" or
     * "… Kab. …", "Pemerintah Kota …"); empty for any other name. Used only to tell a regency from a city, or a region
     * when jenis pegawai is unknown; a central agency is never guessed from its name.
     */
    static Optional<AgencyKind> regionalKindFromName(String name) {
        String[] words = name.toUpperCase(Locale.ROOT).replace('.', ' ').split("[^A-Z]+");
        boolean province = false;
        boolean regency = false;
        boolean city = false;
        for (String w : words) {
            province |= w.equals("PROVINSI") || w.equals("PROPINSI") || w.equals("PROV");
            regency |= w.equals("KABUPATEN") || w.equals("KAB");
            city |= w.equals("KOTA");
        }
        int count = (province ? 1 : 0) + (regency ? 1 : 0) + (city ? 1 : 0);
        if (count != 1) {
            return Optional.empty();
        }
        return Optional.of(province ? AgencyKind.PROVINCE : regency ? AgencyKind.REGENCY : AgencyKind.CITY);
    }

    /** Kedudukan hukum ({@code kedudukanHukum}, data-utama {@code kedudukanPnsId}), contract §4.4; only 01 is active. */
    enum KedudukanHukum {
        K01("1", "Aktif"), K02("2", "CLTN"), K03("3", "Tugas Belajar"), K04("4", "Pemberhentian Sementara"),
        K05("5", "Penerima Uang Tunggu"), K06("6", "Prajurit Wajib"), K07("7", "Pejabat Negara"),
        K08("8", "Kepala Desa"), K09("9", "Sedang dlm Proses Banding BAPEK"), K11("11", "Pegawai Titipan"),
        K12("12", "Pengungsi"), K13("13", "Perpanjangan CLTN"), K14("14", "PNS yang dinyatakan hilang"),
        K15("15", "PNS kena hukuman disiplin"), K16("16", "Pemindahan dalam rangka penurunan Jabatan"),
        K20("20", "Masa Persiapan Pensiun"), K51("51", "CPNS yang belum menerima SK CPNS"), K52("52", "Tidak Aktif"),
        K66("66", "Diberhentikan"), K67("67", "Punah"), K68("68", "Eks PNS Timor Timur"),
        K69("69", "TMS Dari Pengadaan"), K70("70", "Pembatalan NIP"), K77("77", "Pemberhentian tanpa hak pensiun"),
        K88("88", "Pemberhentian dengan hak pensiun"), K89("89", "Tidak aktif tetapi diusulkan Pensiun"),
        K90("90", "Tidak Ikut PUPNS 2015"), K91("91", "Tindak Pidana/ Tindak Pidana Jabatan"),
        K92("92", "Pemblokiran Data PNS"), K98("98", "Mencapai BUP"), K99("99", "Pensiun");

        final String id;
        final String name;

        KedudukanHukum(String id, String name) {
            this.id = id;
            this.name = name;
        }

        boolean isActive() {
            return this == K01;
        }

        static Optional<KedudukanHukum> byId(String canonicalId) {
            for (KedudukanHukum k : values()) {
                if (k.id.equals(canonicalId)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Tingkat pendidikan ({@code tkPendidikanTerakhirId}, rw-pendidikan {@code tkPendidikanId}), contract §4.11. The
     * contract infers the names of 42, 47 and 49 (profesi, spesialis, subspesialis); the model has no level for them,
     * so they map to none rather than to a guessed equivalent.
     */
    enum TingkatPendidikan {
        T05("5", "Sekolah Dasar", EducationLevel.SD),
        T10("10", "SLTP", EducationLevel.SLTP),
        T12("12", "SLTP Kejuruan", EducationLevel.SLTP),
        T15("15", "SLTA", EducationLevel.SLTA),
        T17("17", "SLTA Kejuruan", EducationLevel.SLTA),
        T18("18", "SLTA Keguruan", EducationLevel.SLTA),
        T20("20", "Diploma I", EducationLevel.D1),
        T25("25", "Diploma II", EducationLevel.D2),
        T30("30", "Diploma III/Sarjana Muda", EducationLevel.D3),
        T35("35", "Diploma IV", EducationLevel.D4),
        T40("40", "S-1/Sarjana", EducationLevel.S1),
        T42("42", "Profesi", null),
        T45("45", "S-2", EducationLevel.S2),
        T47("47", "Spesialis", null),
        T49("49", "Subspesialis", null),
        T50("50", "S-3/Doktor", EducationLevel.S3);

        final String id;
        final String name;
        final EducationLevel level;

        TingkatPendidikan(String id, String name, EducationLevel level) {
            this.id = id;
            this.name = name;
            this.level = level;
        }

        static Optional<TingkatPendidikan> byId(String canonicalId) {
            for (TingkatPendidikan t : values()) {
                if (t.id.equals(canonicalId)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** Kuadran kinerja ({@code kuadranNilai}, rw-skp22 {@code KuadranKinerjaNilai}), contract §4.12. */
    enum KuadranKinerja {
        K1("1", "SANGAT BAIK", PerformanceRating.SANGAT_BAIK),
        K2("2", "BAIK", PerformanceRating.BAIK),
        K3("3", "BUTUH PERBAIKAN", PerformanceRating.BUTUH_PERBAIKAN),
        K4("4", "KURANG", PerformanceRating.KURANG),
        K5("5", "SANGAT KURANG", PerformanceRating.SANGAT_KURANG);

        final String id;
        final String label;
        final PerformanceRating rating;

        KuadranKinerja(String id, String label, PerformanceRating rating) {
            this.id = id;
            this.label = label;
            this.rating = rating;
        }

        /** @param code an id ({@code "2"}) or a label ({@code "BAIK"}, {@code "Butuh Perbaikan"}) */
        static Optional<KuadranKinerja> byIdOrLabel(String code) {
            String label = code.replace('_', ' ').trim();
            for (KuadranKinerja k : values()) {
                if (k.id.equals(code) || k.label.equalsIgnoreCase(label)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The jenjang (level) of a functional position, read from the end of its SIASN name ("PRANATA KOMPUTER AHLI MUDA");
     * the jenjang names are those of contract §4.13.
     */
    static Optional<PositionLevel> functionalLevelFromName(String name) {
        String n = name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (n.endsWith("AHLI UTAMA")) {
            return Optional.of(PositionLevel.AHLI_UTAMA);
        }
        if (n.endsWith("AHLI MADYA")) {
            return Optional.of(PositionLevel.AHLI_MADYA);
        }
        if (n.endsWith("AHLI MUDA")) {
            return Optional.of(PositionLevel.AHLI_MUDA);
        }
        if (n.endsWith("AHLI PERTAMA")) {
            return Optional.of(PositionLevel.AHLI_PERTAMA);
        }
        if (n.endsWith(" PENYELIA")) {
            return Optional.of(PositionLevel.PENYELIA);
        }
        if (n.endsWith(" MAHIR")) {
            return Optional.of(PositionLevel.MAHIR);
        }
        if (n.endsWith(" TERAMPIL")) {
            return Optional.of(PositionLevel.TERAMPIL);
        }
        if (n.endsWith(" PEMULA")) {
            return Optional.of(PositionLevel.PEMULA);
        }
        return Optional.empty();
    }
}

package io.github.imut.examples.generate;

import io.github.imut.json.ImutJson;
import io.github.imut.law.LegalParameters;
import io.github.imut.law.ParameterException;
import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Initiator;
import io.github.imut.model.Nip;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.imut.internal.OrderedPipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Realistic, reproducible synthetic proposals of every kind and action, for benchmarks, soak tests and demos
 * ({@code imut generate --count N --seed S}).
 *
 * <p>Record {@code i} of seed {@code S} depends on {@code (S, i)} only, so the same seed and count always give the
 * same bytes, on any machine, in any order of generation. Each record is a made-up person with a career that holds
 * together: a NIP that encodes the birth date, TMT CPNS month and sex; a TMT CPNS at 21–35; a grade that follows the
 * education and the years served (a ruang every four years); a position that fits the grade, with a history; recent
 * performance ratings; an agency with its Kemendagri region code and the official who signs for it; and the
 * documents and approvals each action needs. The effective dates run from 2023 to 2026, so some regional transfers
 * and appointments fall in the 2024 pre-election freeze (with or without the Minister's approval), and a few
 * retirements are old records from before PP 11/2017.
 *
 * <p>Most records are lawful. A share is made deficient the way real data are — a missing birth date, status or
 * position level ({@code BTL}), a NIP that disagrees with the birth date, a CPNS proposed for transfer, a retirement
 * with the wrong TMT ({@code TMS}) — and {@link #writeNdjson} makes about 0.5% of the lines malformed JSON
 * ({@code INVALID}). The verdict shares therefore move as rules are added; the numbers in {@code docs/performance.md}
 * say what they were.
 *
 * <p><b>Extending</b>: an action's share is in {@link #WEIGHTS} and its shape (status, documents, approvals,
 * grounds, target) in {@link #shape}; a new {@link Action} constant fails {@code ProposalGeneratorTest} until it has
 * both. A new model field gets its value where its siblings get theirs ({@link #employee} for the employee,
 * {@link #shape} for the proposal). Not thread-safe as an iterator; {@link #proposal(long)} is pure.
 */
public final class ProposalGenerator implements Iterator<Proposal> {
    /** Share of each action, per thousand proposals (a national year's mix, roughly: transfers and BUP dominate). */
    static final Map<Action, Integer> WEIGHTS = new EnumMap<>(Action.class);

    static {
        WEIGHTS.put(Action.WITHIN_AGENCY, 280);
        WEIGHTS.put(Action.INTO_POSITION, 140);
        WEIGHTS.put(Action.RETIREMENT_AGE, 150);
        WEIGHTS.put(Action.CPNS_TO_PNS, 90);
        WEIGHTS.put(Action.BETWEEN_AGENCIES, 60);
        WEIGHTS.put(Action.PPPK_INTO_POSITION, 50);
        WEIGHTS.put(Action.PPPK_CONTRACT_EXTENSION, 50);
        WEIGHTS.put(Action.JPT_REPLACEMENT, 20);
        WEIGHTS.put(Action.REACTIVATION, 10);
        WEIGHTS.put(Action.OWN_REQUEST, 40);
        WEIGHTS.put(Action.DEATH, 30);
        WEIGHTS.put(Action.EARLY_RETIREMENT, 25);
        WEIGHTS.put(Action.HEALTH, 10);
        WEIGHTS.put(Action.ORGANISATION_DOWNSIZING, 5);
        WEIGHTS.put(Action.DISHONOURABLE, 10);
        WEIGHTS.put(Action.TEMPORARY, 10);
        WEIGHTS.put(Action.PPPK_TERMINATION, 20);
    }

    private static final Action[] ACTIONS = WEIGHTS.keySet().toArray(new Action[0]);
    private static final int TOTAL_WEIGHT = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();

    /** A region: Kemendagri code, kind, name, abbreviation for proposal ids. */
    private static final class Region {
        final String code;
        final AgencyKind kind;
        final String name;
        final String abbreviation;

        Region(String code, AgencyKind kind, String name, String abbreviation) {
            this.code = code;
            this.kind = kind;
            this.name = name;
            this.abbreviation = abbreviation;
        }

        String province() {
            return code.substring(0, 2);
        }
    }

    private static final Region[] REGIONS = {
        new Region("11", AgencyKind.PROVINCE, "Pemerintah Aceh", "BKA"),
        new Region("12.07", AgencyKind.REGENCY, "Pemerintah Kabupaten Labuhanbatu", "BKPSDM-LBH"),
        new Region("13", AgencyKind.PROVINCE, "Pemerintah Provinsi Sumatera Barat", "BKD-SUMBAR"),
        new Region("13.12", AgencyKind.REGENCY, "Pemerintah Kabupaten Pasaman Barat", "BKPSDM-PASBAR"),
        new Region("14.71", AgencyKind.CITY, "Pemerintah Kota Pekanbaru", "BKPSDM-PKU"),
        new Region("16.11", AgencyKind.REGENCY, "Pemerintah Kabupaten Empat Lawang", "BKPSDM-EL"),
        new Region("18.71", AgencyKind.CITY, "Pemerintah Kota Bandar Lampung", "BKPSDM-BDL"),
        new Region("32", AgencyKind.PROVINCE, "Pemerintah Provinsi Jawa Barat", "BKD-JABAR"),
        new Region("32.04", AgencyKind.REGENCY, "Pemerintah Kabupaten Bandung", "BKPSDM-BDG"),
        new Region("32.73", AgencyKind.CITY, "Pemerintah Kota Bandung", "BKPSDM-KBDG"),
        new Region("33.74", AgencyKind.CITY, "Pemerintah Kota Semarang", "BKPP-SMG"),
        new Region("33.02", AgencyKind.REGENCY, "Pemerintah Kabupaten Banyumas", "BKPSDM-BMS"),
        new Region("34.04", AgencyKind.REGENCY, "Pemerintah Kabupaten Sleman", "BKPSDM-SLM"),
        new Region("34.71", AgencyKind.CITY, "Pemerintah Kota Yogyakarta", "BKPSDM-YK"),
        new Region("35", AgencyKind.PROVINCE, "Pemerintah Provinsi Jawa Timur", "BKD-JATIM"),
        new Region("35.78", AgencyKind.CITY, "Pemerintah Kota Surabaya", "BKPSDM-SBY"),
        new Region("35.07", AgencyKind.REGENCY, "Pemerintah Kabupaten Malang", "BKPSDM-MLG"),
        new Region("51.71", AgencyKind.CITY, "Pemerintah Kota Denpasar", "BKPSDM-DPS"),
        new Region("53.01", AgencyKind.REGENCY, "Pemerintah Kabupaten Sumba Barat", "BKPSDM-SB"),
        new Region("64.72", AgencyKind.CITY, "Pemerintah Kota Samarinda", "BKPSDM-SMD"),
        new Region("73.71", AgencyKind.CITY, "Pemerintah Kota Makassar", "BKPSDM-MKS"),
        new Region("81.01", AgencyKind.REGENCY, "Pemerintah Kabupaten Maluku Tengah", "BKPSDM-MALTENG"),
        new Region("91", AgencyKind.PROVINCE, "Pemerintah Provinsi Papua", "BKD-PAPUA"),
    };

    private static final String[][] CENTRAL = {
        {"Kementerian Keuangan", "KEMENKEU"}, {"Kementerian Agama", "KEMENAG"},
        {"Kementerian Kesehatan", "KEMENKES"}, {"Badan Pusat Statistik", "BPS"},
        {"Kementerian Pekerjaan Umum", "KEMENPU"}, {"Badan Kepegawaian Negara", "BKN"},
    };

    private static final String[] MALE = {"Andi", "Budi", "Agus", "Joko", "Hendra", "Rizky", "Ahmad", "Dedi", "Fajar",
        "Hartono", "Imam", "Muhammad", "Ujang", "Wahyu", "Yusuf", "Bambang", "Eko", "Arif", "Teguh", "Suparman"};
    private static final String[] FEMALE = {"Siti", "Dewi", "Sri", "Rina", "Ani", "Ratna", "Nur", "Fitri", "Indah",
        "Lestari", "Wulan", "Ayu", "Yuni", "Putri", "Endang", "Kartika", "Mega", "Novi", "Rahmawati", "Tuti"};
    private static final String[] FAMILY = {"Saputra", "Pratama", "Hidayat", "Santoso", "Wijaya", "Nugroho",
        "Siregar", "Nasution", "Lubis", "Harahap", "Sihombing", "Pohan", "Supriatna", "Kusuma", "Rahman",
        "Setiawan", "Susanti", "Handayani", "Purnomo", "Syahputra"};
    private static final String[] UNITS = {"Dinas Pendidikan", "Dinas Kesehatan", "Badan Keuangan Daerah",
        "Sekretariat Daerah", "Dinas Pekerjaan Umum", "Dinas Kependudukan dan Pencatatan Sipil",
        "Badan Kepegawaian dan Pengembangan SDM", "Inspektorat", "Dinas Sosial", "Dinas Perhubungan"};
    private static final String[] MAJORS = {"Administrasi Publik", "Manajemen", "Akuntansi", "Hukum",
        "Pendidikan Matematika", "Keperawatan", "Teknik Sipil", "Ilmu Komputer", "Ekonomi Pembangunan"};

    /** The pre-election freeze of the default calendar (2024 pilkada), for steering a share of dates into it. */
    private static final LocalDate FREEZE_START = LocalDate.of(2024, 3, 22);
    private static final int FREEZE_DAYS = 336;

    private final long seed;
    private final LegalParameters parameters;
    private long index;

    /**
     * @param seed       the seed: the same seed gives the same proposals
     * @param parameters legal parameters (the retirement ages {@code bup.age.*} decide lawful retirement dates);
     *                   missing ones fall back to PP 11/2017's 58, 60 and 65
     */
    public ProposalGenerator(long seed, LegalParameters parameters) {
        this.seed = seed;
        this.parameters = parameters;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Proposal next() {
        if (index == Long.MAX_VALUE) {
            throw new NoSuchElementException();
        }
        return proposal(index++);
    }

    /**
     * @param i the record's index, from 0
     * @return record {@code i} of this generator's seed
     */
    public Proposal proposal(long i) {
        return new Record(seed, i).build();
    }

    /**
     * Writes {@code count} records as NDJSON, about 0.5% of the lines malformed in the ways real files are (a
     * truncated line, a blank line, a NIP with 17 digits, a misspelt field, an impossible date).
     *
     * @param count how many lines
     * @param out   where; not closed
     * @throws IOException if {@code out} fails
     */
    public void writeNdjson(long count, OutputStream out) throws IOException {
        writeNdjson(count, 1, out);
    }

    /**
     * {@link #writeNdjson(long, OutputStream)} on {@code threads} threads; the bytes are the same whatever the
     * number of threads (record {@code i} depends on the seed and {@code i} only).
     *
     * @param count   how many lines
     * @param threads worker threads, at least 1
     * @param out     where; not closed
     * @throws IOException if {@code out} fails
     */
    public void writeNdjson(long count, int threads, OutputStream out) throws IOException {
        ObjectWriter writer = ImutJson.mapper().writer();
        long[] next = {0};
        OrderedPipeline.run(threads, threads * 4, () -> {
            if (next[0] >= count) {
                return null;
            }
            long[] range = {next[0], Math.min(count, next[0] + CHUNK)};
            next[0] = range[1];
            return range;
        }, range -> lines(range[0], range[1], writer), bytes -> out.write(bytes.toByteArray()));
        out.flush();
    }

    private static final int CHUNK = 256;

    private ByteArrayOutputStream lines(long from, long to, ObjectWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) (to - from) * 1400);
        try (JsonGenerator g = writer.createGenerator(bytes)) {
            g.setRootValueSeparator(null);
            for (long i = from; i < to; i++) {
                SplittableRandom r = random(seed ^ 0x5DEECE66DL, i);
                if (r.nextInt(1000) < 5) {
                    g.writeRaw(malformed(ImutJson.toJson(proposal(i)), r.nextInt(5)));
                } else {
                    writer.writeValue(g, proposal(i));
                }
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private static String malformed(String json, int kind) {
        switch (kind) {
            case 0:
                return json.substring(0, json.length() / 2);
            case 1:
                return "";
            case 2:
                return json.replaceFirst("\"nip\":\"(\\d{17})\\d\"", "\"nip\":\"$1\"");
            case 3:
                return json.replace("\"effectiveDate\"", "\"efectiveDate\"");
            default:
                return json.replaceFirst("\"effectiveDate\":\"(\\d{4})-\\d\\d-\\d\\d\"",
                        "\"effectiveDate\":\"$1-02-30\"");
        }
    }

    static SplittableRandom random(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    private int bupAge(String name, LocalDate on, int fallback) {
        try {
            return parameters.intValue(name, on);
        } catch (ParameterException e) {
            return fallback;
        }
    }

    /** One record: all random choices flow from one generator seeded by (seed, index). */
    private final class Record {
        private final SplittableRandom r;
        private final long index;
        private final Action action;
        /** 0–71 lawful, 72–84 missing data, 85–99 a defect. */
        private final int scenario;
        /** TMT: chosen first, except for a retirement, where the birth date and the BUP decide it. */
        private LocalDate effective;

        Record(long seed, long index) {
            this.r = random(seed, index);
            this.index = index;
            this.action = pickAction();
            this.scenario = r.nextInt(100);
        }

        private Action pickAction() {
            int x = r.nextInt(TOTAL_WEIGHT);
            for (Action a : ACTIONS) {
                x -= WEIGHTS.get(a);
                if (x < 0) {
                    return a;
                }
            }
            return ACTIONS[ACTIONS.length - 1];
        }

        private <T> T pick(T[] values) {
            return values[r.nextInt(values.length)];
        }

        private LocalDate firstWorkingDay(YearMonth m) {
            LocalDate d = m.atDay(1);
            while (d.getDayOfWeek().getValue() > 5) {
                d = d.plusDays(1);
            }
            return d;
        }

        Proposal build() {
            boolean central = r.nextInt(100) < 20;
            Region region = pick(REGIONS);
            String[] ministry = pick(CENTRAL);
            Agency agency = central
                    ? Agency.builder().kind(AgencyKind.CENTRAL).name(ministry[0]).code(ministry[1]).province("31")
                            .build()
                    : Agency.builder().kind(region.kind).name(region.name).province(region.province())
                            .regionCode(region.code).build();
            String prefix = central ? ministry[1] : region.abbreviation;

            effective = effectiveDate(central);
            EmploymentStatus status = status();
            ImmutableEmployee.Builder e = Employee.builder();
            PositionLevel level = employee(e, status, agency);
            String number = Long.toString(index);
            ImmutableProposal.Builder p = Proposal.builder()
                    .id(prefix + "/" + effective.getYear() + "/" + code() + "/" + "0000000".substring(
                            Math.min(7, number.length())) + number)
                    .kind(action.kind()).action(action)
                    .submittedOn(effective.minusDays(14 + r.nextInt(60)))
                    .effectiveDate(effective)
                    .signer(signer(agency, effective));
            shape(p, e, level, agency, effective);
            defects(p, e);
            return p.employee(e.build()).build();
        }

        private String code() {
            switch (action.kind()) {
                case TRANSFER:
                    return "MUT";
                case APPOINTMENT:
                    return "ANGKAT";
                default:
                    return action == Action.RETIREMENT_AGE ? "BUP" : "BERHENTI";
            }
        }

        private LocalDate effectiveDate(boolean central) {
            if (action == Action.RETIREMENT_AGE) {
                // decided in employee(): the first of the month after the BUP is reached
                return null;
            }
            boolean freezeShare = !central && (action.kind() == io.github.imut.model.ProposalKind.TRANSFER
                    || action == Action.INTO_POSITION || action == Action.PPPK_INTO_POSITION) && r.nextInt(100) < 15;
            if (freezeShare) {
                return firstWorkingDay(YearMonth.from(FREEZE_START.plusDays(r.nextInt(FREEZE_DAYS))));
            }
            return firstWorkingDay(YearMonth.of(2023, 1).plusMonths(r.nextInt(48)));
        }

        private EmploymentStatus status() {
            switch (action) {
                case CPNS_TO_PNS:
                    return EmploymentStatus.CPNS;
                case PPPK_INTO_POSITION:
                case PPPK_CONTRACT_EXTENSION:
                case PPPK_TERMINATION:
                    return EmploymentStatus.PPPK;
                default:
                    return EmploymentStatus.PNS;
            }
        }

        /** Fills the employee and returns the current position's level. */
        private PositionLevel employee(ImmutableEmployee.Builder e, EmploymentStatus status, Agency agency) {
            Gender gender = r.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            EducationLevel education = pick(new EducationLevel[] {EducationLevel.SLTA, EducationLevel.D3,
                EducationLevel.S1, EducationLevel.S1, EducationLevel.S1, EducationLevel.S2, EducationLevel.S2});
            PositionLevel level;
            LocalDate birth;
            LocalDate tmtCpns;
            LocalDate on;
            if (action == Action.RETIREMENT_AGE) {
                level = pick(new PositionLevel[] {PositionLevel.PELAKSANA, PositionLevel.PENGAWAS,
                    PositionLevel.ADMINISTRATOR, PositionLevel.AHLI_MUDA, PositionLevel.AHLI_MADYA,
                    PositionLevel.JPT_PRATAMA});
                boolean oldRecord = r.nextInt(100) < 1;
                int bup = bupAgeOf(level, oldRecord ? LocalDate.of(2017, 4, 7) : LocalDate.of(2025, 1, 1));
                YearMonth retirement = oldRecord ? YearMonth.of(2016, 1 + r.nextInt(12))
                        : YearMonth.of(2023, 1).plusMonths(r.nextInt(48));
                // born in the month before retirement, BUP years earlier: TMT pensiun is the first of the next month
                YearMonth birthMonth = retirement.minusMonths(1).minusYears(bup);
                birth = birthMonth.atDay(2 + r.nextInt(birthMonth.lengthOfMonth() - 1));
                on = retirement.atDay(1);
                effective = on;
                tmtCpns = YearMonth.from(birth.plusYears(23 + r.nextInt(8))).atDay(1);
            } else {
                on = effective;
                int age = status == EmploymentStatus.CPNS ? 23 + r.nextInt(10) : 27 + r.nextInt(28);
                birth = on.minusYears(age).minusDays(r.nextInt(365));
                int serviceYears = status == EmploymentStatus.CPNS ? 1 : Math.max(1, age - 22 - r.nextInt(8));
                tmtCpns = YearMonth.from(on.minusYears(serviceYears).minusMonths(r.nextInt(12))).atDay(1);
                if (status == EmploymentStatus.CPNS) {
                    tmtCpns = YearMonth.from(on.minusMonths(12 + r.nextInt(12))).atDay(1);
                }
                level = null;
            }
            int years = on.getYear() - tmtCpns.getYear();
            Grade grade = grade(education, years, status);
            if (level == null) {
                level = levelFor(grade, status);
            }
            Nip nip = status == EmploymentStatus.PPPK
                    ? Nip.parse(String.format("%04d%02d%02d%04d%02d%s%03d", birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth(), tmtCpns.getYear(), 21, gender == Gender.MALE ? "1" : "2",
                            1 + r.nextInt(999)))
                    : Nip.of(birth, YearMonth.from(tmtCpns), gender, 1 + r.nextInt(999));
            String given = pick(gender == Gender.MALE ? MALE : FEMALE);
            e.nip(nip).name(r.nextInt(4) == 0 ? given : given + " " + pick(FAMILY)).birthDate(birth).gender(gender)
                    .status(status).tmtCpns(tmtCpns).grade(grade)
                    .gradeSince(YearMonth.from(on.minusMonths(6 + r.nextInt(40))).atDay(1))
                    .education(Education.builder().level(education).major(pick(MAJORS))
                            .graduated(LocalDate.of(tmtCpns.getYear() - 1 - r.nextInt(3), 8, 30)).build())
                    .agency(agency);
            if (status != EmploymentStatus.CPNS) {
                e.tmtPns(tmtCpns.plusYears(1));
            }
            LocalDate since = YearMonth.from(on.minusMonths(13 + r.nextInt(48))).atDay(2 + r.nextInt(20));
            if (since.isBefore(tmtCpns)) {
                since = tmtCpns;
            }
            io.github.imut.model.ImmutablePosition.Builder current = Position.builder().level(level)
                    .name(positionName(level)).unit(pick(UNITS))
                    .since(since);
            if (level.isFunctional() && r.nextInt(3) == 0) {
                current.functionalCategory(FunctionalCategory.GURU);
            }
            e.currentPosition(current.build());
            if (since.isAfter(tmtCpns.plusYears(2))) {
                e.addPositionHistory(PositionRecord.builder().level(PositionLevel.PELAKSANA)
                        .name("Pengadministrasi Umum").from(tmtCpns).to(since.minusDays(1)).build());
            }
            for (int y = on.getYear() - 2; y < on.getYear(); y++) {
                int x = r.nextInt(100);
                PerformanceRating rating = x < 30 ? PerformanceRating.SANGAT_BAIK
                        : x < 95 ? PerformanceRating.BAIK : PerformanceRating.BUTUH_PERBAIKAN;
                e.addPerformance(PerformanceRecord.builder().year(y).rating(rating).build());
            }
            if (r.nextInt(10) == 0) {
                e.recordedRetirementAge(bupAgeOf(level, on));
            }
            return level;
        }

        private int bupAgeOf(PositionLevel level, LocalDate on) {
            switch (level.bupClass()) {
                case A:
                    return bupAge("bup.age.a", on, 58);
                case B:
                    return bupAge("bup.age.b", on, 60);
                default:
                    return bupAge("bup.age.c", on, 65);
            }
        }

        private Grade grade(EducationLevel education, int years, EmploymentStatus status) {
            if (status == EmploymentStatus.PPPK) {
                return Grade.pppk(education == EducationLevel.SLTA ? 5 : education == EducationLevel.D3 ? 7 : 9);
            }
            int start = education == EducationLevel.SLTA ? 5 : education == EducationLevel.D3 ? 7
                    : education == EducationLevel.S2 ? 10 : 9;
            int rank = Math.min(17, start + Math.max(0, years) / 4);
            int golongan = rank <= 4 ? 1 : rank <= 8 ? 2 : rank <= 12 ? 3 : 4;
            char ruang = (char) (golongan < 4 ? 'a' + (rank - 1) % 4 : 'a' + (rank - 13));
            return Grade.pns(golongan, ruang);
        }

        private PositionLevel levelFor(Grade grade, EmploymentStatus status) {
            if (status == EmploymentStatus.PPPK) {
                return r.nextBoolean() ? PositionLevel.AHLI_PERTAMA : PositionLevel.TERAMPIL;
            }
            int rank = grade.rank();
            boolean functional = r.nextInt(100) < 40;
            if (rank <= 8) {
                return functional ? PositionLevel.TERAMPIL : PositionLevel.PELAKSANA;
            }
            if (rank <= 10) {
                return functional ? PositionLevel.AHLI_PERTAMA : PositionLevel.PELAKSANA;
            }
            if (rank <= 12) {
                return functional ? PositionLevel.AHLI_MUDA : PositionLevel.PENGAWAS;
            }
            if (rank <= 14) {
                return functional ? PositionLevel.AHLI_MADYA : PositionLevel.ADMINISTRATOR;
            }
            return functional ? PositionLevel.AHLI_MADYA : PositionLevel.JPT_PRATAMA;
        }

        private String positionName(PositionLevel level) {
            switch (level) {
                case JPT_PRATAMA:
                    return "Kepala Dinas";
                case ADMINISTRATOR:
                    return "Kepala Bidang";
                case PENGAWAS:
                    return "Kepala Seksi";
                case PELAKSANA:
                    return "Pengadministrasi Perkantoran";
                default:
                    return level.isFunctional() ? "Analis Kebijakan " + level.name().replace('_', ' ').toLowerCase(
                            java.util.Locale.ROOT) : level.name();
            }
        }

        private Signer signer(Agency agency, LocalDate effective) {
            if (agency.getKind() == AgencyKind.CENTRAL) {
                return Signer.builder().role(r.nextBoolean() ? SignerRole.MENTERI : SignerRole.PEJABAT_YANG_BERWENANG)
                        .capacity(SignerCapacity.DEFINITIF).build();
            }
            // 2022-2025: many regions were led by a Penjabat (acting head) between the end of term and the 2024 pilkada
            boolean acting = effective != null && effective.isAfter(LocalDate.of(2022, 5, 1))
                    && effective.isBefore(LocalDate.of(2025, 2, 20)) && r.nextInt(100) < 30;
            SignerRole role;
            switch (agency.getKind()) {
                case PROVINCE:
                    role = acting ? SignerRole.PJ_GUBERNUR : SignerRole.GUBERNUR;
                    break;
                case CITY:
                    role = acting ? SignerRole.PJ_WALI_KOTA : SignerRole.WALI_KOTA;
                    break;
                default:
                    role = acting ? SignerRole.PJ_BUPATI : SignerRole.BUPATI;
                    break;
            }
            return Signer.builder().role(role).capacity(acting ? SignerCapacity.PJ : SignerCapacity.DEFINITIF)
                    .regionCode(agency.getRegionCode().orElseThrow()).build();
        }

        private Document doc(DocumentKind kind, LocalDate date) {
            return Document.builder().kind(kind).reference((800 + r.nextInt(100)) + "/" + (1 + r.nextInt(999)) + "/"
                    + date.getYear()).date(date).build();
        }

        private Approval approval(Approver from, LocalDate date) {
            return Approval.builder().from(from).reference(from.name() + "/" + (1000 + r.nextInt(9000)) + "/"
                    + date.getYear()).date(date).build();
        }

        /** What each action carries: target, documents, approvals, grounds. The one place to extend per action. */
        private void shape(ImmutableProposal.Builder p, ImmutableEmployee.Builder e, PositionLevel level,
                Agency agency, LocalDate effective) {
            LocalDate eff = effective;
            if (eff == null) {
                throw new IllegalStateException("effective date not set");
            }
            LocalDate before = eff.minusDays(7 + r.nextInt(20));
            switch (action) {
                case WITHIN_AGENCY:
                    p.initiatedBy(r.nextInt(10) == 0 ? Initiator.OWN_REQUEST : Initiator.AGENCY)
                            .target(target(level, null))
                            .addDocuments(doc(DocumentKind.SK_PANGKAT_JABATAN, before.minusYears(2)),
                                    doc(DocumentKind.SKP, before), doc(DocumentKind.ANJAB_ABK, before));
                    freezeApproval(p, agency, eff);
                    break;
                case BETWEEN_AGENCIES:
                    Region to = pick(REGIONS);
                    p.initiatedBy(Initiator.OWN_REQUEST)
                            .target(Target.builder().position(Position.builder().level(level)
                                    .name(positionName(level)).unit(pick(UNITS)).build())
                                    .agency(Agency.builder().kind(to.kind).name(to.name).province(to.province())
                                            .regionCode(to.code).build()).build())
                            .addDocuments(doc(DocumentKind.PERMOHONAN, before.minusMonths(3)),
                                    doc(DocumentKind.USUL_PPK_PENERIMA, before.minusMonths(2)),
                                    doc(DocumentKind.PERSETUJUAN_PPK_ASAL, before.minusMonths(2)),
                                    doc(DocumentKind.SK_PANGKAT_JABATAN, before.minusYears(2)),
                                    doc(DocumentKind.SKP, before), doc(DocumentKind.SP_HUKDIS, before),
                                    doc(DocumentKind.SP_TUBEL, before), doc(DocumentKind.BEBAS_TEMUAN, before),
                                    doc(DocumentKind.ANJAB_ABK, before))
                            .addApprovals(approval(Approver.PPK_ASAL, before.minusMonths(2)),
                                    approval(Approver.PPK_PENERIMA, before.minusMonths(2)),
                                    approval(Approver.BKN, before));
                    freezeApproval(p, agency, eff);
                    break;
                case JPT_REPLACEMENT:
                    p.initiatedBy(Initiator.AGENCY).target(target(PositionLevel.JPT_PRATAMA, AssignmentType.DEFINITIF))
                            .addDocuments(doc(DocumentKind.SK_PANGKAT_JABATAN, before.minusYears(3)),
                                    doc(DocumentKind.SKP, before), doc(DocumentKind.HASIL_SELEKSI, before))
                            .addApprovals(approval(Approver.BKN, before));
                    freezeApproval(p, agency, eff);
                    break;
                case INTO_POSITION:
                case PPPK_INTO_POSITION:
                    PositionLevel next = promotion(level);
                    p.target(target(next, r.nextInt(20) == 0 ? AssignmentType.PLT : AssignmentType.DEFINITIF))
                            .addDocuments(doc(DocumentKind.SK_PANGKAT_JABATAN, before.minusYears(2)),
                                    doc(DocumentKind.SKP, before), doc(DocumentKind.ANJAB_ABK, before));
                    if (next.type() == io.github.imut.model.PositionType.JPT) {
                        p.addDocuments(doc(DocumentKind.HASIL_SELEKSI, before));
                    }
                    freezeApproval(p, agency, eff);
                    break;
                case CPNS_TO_PNS:
                    p.addDocuments(doc(DocumentKind.SK_CPNS, e.build().getTmtCpns().orElseThrow()),
                            doc(DocumentKind.SURAT_SEHAT, before), doc(DocumentKind.SERTIFIKAT_LATSAR, before),
                            doc(DocumentKind.SKP, before));
                    break;
                case REACTIVATION:
                    p.target(target(level, AssignmentType.DEFINITIF))
                            .addDocuments(doc(DocumentKind.PERMOHONAN, before), doc(DocumentKind.SURAT_SEHAT, before))
                            .addGrounds(Ground.builder().code("END_OF_CLTN")
                                    .evidence("SK CLTN " + (100 + r.nextInt(900)))
                                    .date(before).build());
                    break;
                case PPPK_CONTRACT_EXTENSION:
                    p.target(target(level, AssignmentType.DEFINITIF))
                            .addDocuments(doc(DocumentKind.SKP, before), doc(DocumentKind.ANJAB_ABK, before));
                    break;
                case RETIREMENT_AGE:
                    p.addDocuments(doc(DocumentKind.SK_CPNS, before.minusYears(30)),
                            doc(DocumentKind.SK_PNS, before.minusYears(29)),
                            doc(DocumentKind.SK_PANGKAT_JABATAN, before.minusYears(4)));
                    break;
                case OWN_REQUEST:
                    p.addDocuments(doc(DocumentKind.PERMOHONAN, before.minusMonths(2)),
                            doc(DocumentKind.SP_HUKDIS, before), doc(DocumentKind.SP_TUBEL, before));
                    break;
                case DEATH:
                    p.addDocuments(doc(DocumentKind.AKTA_KEMATIAN, before))
                            .addGrounds(Ground.builder().code("DEATH").evidence("Akta kematian").date(before).build());
                    break;
                case EARLY_RETIREMENT:
                    p.addDocuments(doc(DocumentKind.PERMOHONAN, before.minusMonths(3)), doc(DocumentKind.SKP, before));
                    break;
                case HEALTH:
                    p.addDocuments(doc(DocumentKind.HASIL_TIM_PENGUJI_KESEHATAN, before))
                            .addGrounds(Ground.builder().code("UNFIT_FOR_DUTY").evidence("Tim penguji kesehatan")
                                    .date(before).build());
                    break;
                case ORGANISATION_DOWNSIZING:
                    p.addGrounds(Ground.builder().code("DOWNSIZING").evidence("Perpres penataan organisasi")
                            .date(before.minusMonths(6)).build());
                    break;
                case DISHONOURABLE:
                    p.addDocuments(doc(DocumentKind.PUTUSAN_PENGADILAN, before.minusMonths(2)))
                            .addGrounds(Ground.builder().code("CRIMINAL_CONVICTION").evidence("Putusan inkracht")
                                    .date(before.minusMonths(2)).build());
                    break;
                case TEMPORARY:
                    p.addGrounds(Ground.builder().code("DETAINED").evidence("Surat penahanan").date(before).build());
                    break;
                case PPPK_TERMINATION:
                    p.addDocuments(doc(DocumentKind.SKP, before))
                            .addGrounds(Ground.builder().code("CONTRACT_END").date(eff.minusDays(1)).build());
                    break;
                default:
                    throw new IllegalStateException("No shape for " + action + ": add one in ProposalGenerator.shape");
            }
        }

        private Target target(PositionLevel level, AssignmentType assignment) {
            io.github.imut.model.ImmutableTarget.Builder t = Target.builder().position(Position.builder().level(level)
                    .name(positionName(level))
                    .unit(pick(UNITS)).build());
            if (assignment != null) {
                t.assignment(assignment);
            }
            return t.build();
        }

        private PositionLevel promotion(PositionLevel level) {
            switch (level) {
                case PELAKSANA:
                    return PositionLevel.PENGAWAS;
                case PENGAWAS:
                    return PositionLevel.ADMINISTRATOR;
                case ADMINISTRATOR:
                    return PositionLevel.JPT_PRATAMA;
                case AHLI_PERTAMA:
                    return PositionLevel.AHLI_MUDA;
                case AHLI_MUDA:
                    return PositionLevel.AHLI_MADYA;
                case TERAMPIL:
                    return PositionLevel.MAHIR;
                default:
                    return level;
            }
        }

        /** Half of the regional proposals dated in the freeze carry the Minister's written approval. */
        private void freezeApproval(ImmutableProposal.Builder p, Agency agency, LocalDate eff) {
            if (agency.getKind().isRegional() && !eff.isBefore(FREEZE_START)
                    && !eff.isAfter(FREEZE_START.plusDays(FREEZE_DAYS)) && r.nextBoolean()) {
                p.addApprovals(approval(Approver.MENDAGRI, eff.minusDays(3 + r.nextInt(20))));
            }
        }

        /** Makes a share of records deficient, the way real data are. */
        private void defects(ImmutableProposal.Builder p, ImmutableEmployee.Builder e) {
            if (scenario < 72) {
                return;
            }
            Employee current = e.build();
            if (scenario < 85) {
                switch (r.nextInt(4)) {
                    case 0:
                        e.birthDate(java.util.Optional.empty());
                        break;
                    case 1:
                        e.status(java.util.Optional.empty());
                        break;
                    case 2:
                        e.currentPosition(Position.builder().name(current.getCurrentPosition().orElseThrow()
                                .getName().orElse("?")).build());
                        break;
                    default:
                        e.tmtCpns(java.util.Optional.empty());
                        break;
                }
                return;
            }
            if (action == Action.RETIREMENT_AGE && r.nextBoolean()) {
                // the TMT entered as the birthday month's first day, not the first of the next month
                p.effectiveDate(effective.minusMonths(1));
                return;
            }
            if (action.kind() == io.github.imut.model.ProposalKind.TRANSFER && r.nextBoolean()) {
                e.status(EmploymentStatus.CPNS).tmtPns(java.util.Optional.empty());
                return;
            }
            if (current.getStatus().orElse(null) != EmploymentStatus.PPPK) {
                // a data-entry error: the birth date disagrees with the NIP by a few days
                e.birthDate(current.getBirthDate().orElseThrow().plusDays(1 + r.nextInt(20)));
            } else {
                e.gender(current.getGender().orElseThrow() == Gender.MALE ? Gender.FEMALE : Gender.MALE);
            }
        }
    }
}

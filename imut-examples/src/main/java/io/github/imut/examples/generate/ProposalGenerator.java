package io.github.imut.examples.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.imut.internal.OrderedPipeline;
import io.github.imut.json.ImutJson;
import io.github.imut.law.LegalParameters;
import io.github.imut.law.ParameterException;
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
import io.github.imut.model.FunctionalRoute;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.HealthExamination;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutablePosition;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableSigner;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Initiator;
import io.github.imut.model.Nip;
import io.github.imut.model.OffenceKind;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.PositionType;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Reactivation;
import io.github.imut.model.ReactivationReason;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Realistic, reproducible synthetic proposals of every kind and action, for benchmarks, soak tests and demos
 * ({@code imut generate --count N --seed S}).
 *
 * <p>Record {@code i} of seed {@code S} depends on {@code (S, i)} only, so the same seed and count always give the
 * same bytes, on any machine, in any order of generation. Each record is a made-up person with a career that holds
 * together: a NIP (a PPPK's NI PPPK) that encodes the birth date, TMT CPNS month (TMT PPPK year) and sex; a TMT CPNS
 * at 21–35; a grade that follows the education and the years served; a position that fits the grade, held since a
 * plausible date, with the earlier post in the history; annual performance ratings; an agency (one of 24 regional
 * governments with their Kemendagri codes, or a ministry) and the official who decides for it, definitive or, in
 * 2022–2025, often a Penjabat; and the documents, approvals and facts each action needs. Effective dates run from
 * 2023 to 2026, so many regional transfers and appointments fall in the 2024 pilkada windows (pre-election freeze
 * and the six months after the inauguration), where they carry the Minister of Home Affairs' approval.
 *
 * <p>Each action's lawful record follows the lawful story of {@link io.github.imut.testing.Fixtures} for that action
 * (the facts and documents the standard rules ask for), with the people, places, dates and careers varied. Each
 * record has a {@link Scenario}, drawn from its index: most are {@link Scenario#LAWFUL} ({@code MS} under the
 * standard rules, warnings allowed); the others are deficient the way real files are — an approval the decision
 * needs is missing ({@code NEEDS_APPROVAL}), a field or document is missing ({@code BTL}), a fact breaks a rule
 * ({@code TMS}), a retirement from before PP 11/2017 that the rules cannot judge ({@code REVIEW}) — and
 * {@link #writeNdjson} makes about 0.5% of the lines malformed JSON ({@code INVALID}). {@code ProposalGeneratorTest}
 * holds each scenario to its verdict for every action.
 *
 * <p><b>Extending</b>: an action's share is in {@link #WEIGHTS} and its lawful story in {@code Record.story}; a new
 * {@link Action} constant fails {@code ProposalGeneratorTest} until it has both. A new rule that the lawful records
 * break fails the same test, naming the rule: give the record the fact or document the rule asks for, where its
 * siblings get theirs. Not thread-safe as an iterator; {@link #proposal(long)} is pure.
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
        WEIGHTS.put(Action.OTHER_GROUND, 10);
    }

    private static final Action[] ACTIONS = WEIGHTS.keySet().toArray(new Action[0]);
    private static final int[] CUMULATIVE = new int[ACTIONS.length];
    private static final int TOTAL_WEIGHT;

    static {
        int sum = 0;
        for (int i = 0; i < ACTIONS.length; i++) {
            sum += WEIGHTS.get(ACTIONS[i]);
            CUMULATIVE[i] = sum;
        }
        TOTAL_WEIGHT = sum;
    }

    /** What a record is meant to be, and so the verdict the standard rules give it. */
    enum Scenario {
        /** Lawful: {@code MS} (warnings allowed). */
        LAWFUL,
        /** An approval the decision needs (window, interim signer, pertek, ...) is missing: {@code NEEDS_APPROVAL}. */
        UNAPPROVED,
        /** A field or a document the rules need is missing: {@code BTL}. */
        MISSING,
        /** A fact breaks a rule: {@code TMS}. */
        DEFECT,
        /** A retirement of 2016, before PP 11/2017 and its parameters: {@code REVIEW}. Retirements only. */
        OLD
    }

    /** Scenario shares, per thousand: below each bound. The rest is DEFECT. */
    private static final int LAWFUL_BELOW = 690;
    private static final int UNAPPROVED_BELOW = 750;
    private static final int MISSING_BELOW = 870;
    /** Per thousand retirements, taken from the lawful share: a 2016 record. */
    private static final int OLD_BELOW = 10;

    /** A region: Kemendagri code, kind, name, abbreviation for proposal ids. */
    private static final class Region {
        final String code;
        final AgencyKind kind;
        final String name;
        final String abbreviation;
        final String place;

        Region(String code, AgencyKind kind, String name, String abbreviation, String place) {
            this.code = code;
            this.kind = kind;
            this.name = name;
            this.abbreviation = abbreviation;
            this.place = place;
        }

        String province() {
            return code.substring(0, 2);
        }
    }

    private static final Region[] REGIONS = {
        new Region("11", AgencyKind.PROVINCE, "Pemerintah Aceh", "BKA", "Aceh"),
        new Region("12.07", AgencyKind.REGENCY, "Pemerintah Kabupaten Labuhanbatu", "BKPSDM-LBH", "Labuhanbatu"),
        new Region("13", AgencyKind.PROVINCE, "Pemerintah Provinsi Sumatera Barat", "BKD-SUMBAR", "Sumatera Barat"),
        new Region("13.12", AgencyKind.REGENCY, "Pemerintah Kabupaten Pasaman Barat", "BKPSDM-PASBAR",
                "Pasaman Barat"),
        new Region("14.71", AgencyKind.CITY, "Pemerintah Kota Pekanbaru", "BKPSDM-PKU", "Pekanbaru"),
        new Region("16.11", AgencyKind.REGENCY, "Pemerintah Kabupaten Empat Lawang", "BKPSDM-EL", "Empat Lawang"),
        new Region("18.71", AgencyKind.CITY, "Pemerintah Kota Bandar Lampung", "BKPSDM-BDL", "Bandar Lampung"),
        new Region("32", AgencyKind.PROVINCE, "Pemerintah Provinsi Jawa Barat", "BKD-JABAR", "Jawa Barat"),
        new Region("32.04", AgencyKind.REGENCY, "Pemerintah Kabupaten Bandung", "BKPSDM-BDG", "Bandung"),
        new Region("32.73", AgencyKind.CITY, "Pemerintah Kota Bandung", "BKPSDM-KBDG", "Bandung"),
        new Region("33.74", AgencyKind.CITY, "Pemerintah Kota Semarang", "BKPP-SMG", "Semarang"),
        new Region("33.02", AgencyKind.REGENCY, "Pemerintah Kabupaten Banyumas", "BKPSDM-BMS", "Banyumas"),
        new Region("34", AgencyKind.PROVINCE, "Pemerintah Daerah Daerah Istimewa Yogyakarta", "BKD-DIY",
                "Daerah Istimewa Yogyakarta"),
        new Region("34.04", AgencyKind.REGENCY, "Pemerintah Kabupaten Sleman", "BKPSDM-SLM", "Sleman"),
        new Region("34.71", AgencyKind.CITY, "Pemerintah Kota Yogyakarta", "BKPSDM-YK", "Yogyakarta"),
        new Region("35", AgencyKind.PROVINCE, "Pemerintah Provinsi Jawa Timur", "BKD-JATIM", "Jawa Timur"),
        new Region("35.78", AgencyKind.CITY, "Pemerintah Kota Surabaya", "BKPSDM-SBY", "Surabaya"),
        new Region("35.07", AgencyKind.REGENCY, "Pemerintah Kabupaten Malang", "BKPSDM-MLG", "Malang"),
        new Region("51.71", AgencyKind.CITY, "Pemerintah Kota Denpasar", "BKPSDM-DPS", "Denpasar"),
        new Region("53.01", AgencyKind.REGENCY, "Pemerintah Kabupaten Sumba Barat", "BKPSDM-SB", "Sumba Barat"),
        new Region("64.72", AgencyKind.CITY, "Pemerintah Kota Samarinda", "BKPSDM-SMD", "Samarinda"),
        new Region("73.71", AgencyKind.CITY, "Pemerintah Kota Makassar", "BKPSDM-MKS", "Makassar"),
        new Region("81.01", AgencyKind.REGENCY, "Pemerintah Kabupaten Maluku Tengah", "BKPSDM-MALTENG",
                "Maluku Tengah"),
        new Region("91", AgencyKind.PROVINCE, "Pemerintah Provinsi Papua", "BKD-PAPUA", "Papua"),
    };

    /** For each region, the other regions of its province (a transfer between agencies within one province). */
    private static final Region[][] SIBLINGS = new Region[REGIONS.length][];
    /** The regions that have a sibling. */
    private static final Region[] WITH_SIBLINGS;

    static {
        List<Region> withSiblings = new ArrayList<>();
        for (int i = 0; i < REGIONS.length; i++) {
            List<Region> same = new ArrayList<>();
            for (Region other : REGIONS) {
                if (other != REGIONS[i] && other.province().equals(REGIONS[i].province())) {
                    same.add(other);
                }
            }
            SIBLINGS[i] = same.toArray(new Region[0]);
            if (!same.isEmpty()) {
                withSiblings.add(REGIONS[i]);
            }
        }
        WITH_SIBLINGS = withSiblings.toArray(new Region[0]);
    }

    private static final String[][] CENTRAL = {
        {"Kementerian Keuangan", "KEMENKEU", "M"}, {"Kementerian Agama", "KEMENAG", "M"},
        {"Kementerian Kesehatan", "KEMENKES", "M"}, {"Badan Pusat Statistik", "BPS", "L"},
        {"Kementerian Pekerjaan Umum", "KEMENPU", "M"}, {"Badan Kepegawaian Negara", "BKN", "L"},
    };

    private static final String[] MALE = {"Andi", "Budi", "Agus", "Joko", "Hendra", "Rizky", "Ahmad", "Dedi", "Fajar",
        "Hartono", "Imam", "Muhammad", "Ujang", "Wahyu", "Yusuf", "Bambang", "Eko", "Arif", "Teguh", "Suparman"};
    private static final String[] FEMALE = {"Siti", "Dewi", "Sri", "Rina", "Ani", "Ratna", "Nur", "Fitri", "Indah",
        "Lestari", "Wulan", "Ayu", "Yuni", "Putri", "Endang", "Kartika", "Mega", "Novi", "Rahmawati", "Tuti"};
    private static final String[] FAMILY = {"Saputra", "Pratama", "Hidayat", "Santoso", "Wijaya", "Nugroho",
        "Siregar", "Nasution", "Lubis", "Harahap", "Sihombing", "Pohan", "Supriatna", "Kusuma", "Rahman",
        "Setiawan", "Susanti", "Handayani", "Purnomo", "Syahputra"};
    private static final String DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil";
    private static final String[] UNITS = {"Dinas Pendidikan", "Dinas Kesehatan", "Badan Keuangan Daerah",
        "Sekretariat Daerah", "Dinas Pekerjaan Umum", DUKCAPIL, "Badan Kepegawaian dan Pengembangan SDM",
        "Inspektorat", "Dinas Sosial", "Dinas Perhubungan", "Badan Perencanaan Pembangunan Daerah",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"};
    private static final String[] CENTRAL_UNITS = {"Sekretariat Jenderal", "Inspektorat Jenderal",
        "Direktorat Jenderal Anggaran", "Biro Sumber Daya Manusia", "Pusat Data dan Informasi",
        "Kantor Wilayah Jawa Tengah", "Badan Pendidikan dan Pelatihan"};
    private static final String[] FIELDS = {"Perencanaan", "Umum dan Kepegawaian", "Keuangan", "Pelayanan",
        "Program dan Evaluasi", "Data dan Informasi", "Pengawasan", "Pembinaan"};
    private static final String[] MAJORS = {"Administrasi Publik", "Manajemen", "Akuntansi", "Hukum",
        "Pendidikan Matematika", "Keperawatan", "Teknik Sipil", "Ilmu Komputer", "Ekonomi Pembangunan"};
    private static final String[] EXPERT_JF = {"Analis Kebijakan", "Pranata Komputer", "Auditor",
        "Perencana", "Analis Sumber Daya Manusia Aparatur", "Analis Keuangan Pusat dan Daerah"};
    private static final String[] SKILLED_JF = {"Pranata Komputer", "Arsiparis", "Perawat", "Pranata Keuangan APBN"};

    /** The 2024 pilkada windows of the default calendar: pre-election freeze and post-inauguration, inclusive. */
    private static final LocalDate WINDOW_START = LocalDate.of(2024, 3, 22);
    private static final LocalDate WINDOW_END = LocalDate.of(2025, 8, 20);
    private static final int WINDOW_DAYS = (int) ChronoUnit.DAYS.between(WINDOW_START, WINDOW_END) + 1;
    /** When many regions were led by a Penjabat (acting head): from the 2022 term ends to the 2025 inaugurations. */
    private static final LocalDate ACTING_FROM = LocalDate.of(2022, 5, 22);
    private static final LocalDate ACTING_UNTIL = LocalDate.of(2025, 2, 19);
    /** PP 11/2017 took effect: a retirement before it is an old record. */
    private static final LocalDate PP_11_2017 = LocalDate.of(2017, 4, 7);
    /** The first day the standard political calendar covers: no decision is dated before it. */
    private static final LocalDate CALENDAR_FROM = LocalDate.of(2023, 1, 1);

    private final long seed;
    private final LegalParameters parameters;
    private long index;

    /**
     * @param seed       the seed: the same seed gives the same proposals
     * @param parameters legal parameters (the retirement ages {@code bup.age.*} decide lawful retirement dates);
     *                   missing ones fall back to PP 11/2017's 58, 60 and 65 and the guru's 60
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
        return new Record(seed, i, null, null).build();
    }

    /**
     * Record {@code i} as its action's lawful story, whatever its scenario: eligible ({@code MS}, warnings allowed)
     * under the standard rules. The benchmarks measure checks of these: a proposal that stops at a missing field
     * measures little.
     *
     * @param i the record's index, from 0
     * @return the lawful form of record {@code i}
     */
    public Proposal lawfulProposal(long i) {
        return new Record(seed, i, null, Scenario.LAWFUL).build();
    }

    /**
     * @param i the record's index
     * @return what record {@code i} is meant to be
     */
    Scenario scenario(long i) {
        return new Record(seed, i, null, null).scenario;
    }

    /**
     * Record {@code i}'s person, place and dates, as another action and scenario: the tests hold every action's
     * scenarios to their verdicts with it.
     *
     * @param i        the record's index
     * @param action   the action
     * @param scenario the scenario; {@link Scenario#OLD} only for {@link Action#RETIREMENT_AGE}
     * @return the record
     */
    Proposal proposal(long i, Action action, Scenario scenario) {
        if (scenario == Scenario.OLD && action != Action.RETIREMENT_AGE) {
            throw new IllegalArgumentException("Only a retirement can be an old record");
        }
        return new Record(seed, i, action, scenario).build();
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) (to - from) * 2200);
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

    private int parameter(String name, LocalDate on, int fallback) {
        try {
            return parameters.intValue(name, on);
        } catch (ParameterException e) {
            return fallback;
        }
    }

    /** @return the retirement age of a position on a day: PP 11/2017 Pasal 239 ayat (2), a guru's UU 14/2005 */
    private int bupAge(Position position, LocalDate on) {
        if (position.getFunctionalCategory().orElse(null) == FunctionalCategory.GURU) {
            return parameter("bup.age.guru", on, 60);
        }
        switch (position.getLevel().orElseThrow().bupClass()) {
            case A:
                return parameter("bup.age.a", on, 58);
            case B:
                return parameter("bup.age.b", on, 60);
            default:
                return parameter("bup.age.c", on, 65);
        }
    }

    private static boolean inWindow(LocalDate d) {
        return !d.isBefore(WINDOW_START) && !d.isAfter(WINDOW_END);
    }

    private static LocalDate firstWorkingDay(YearMonth m) {
        LocalDate d = m.atDay(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static int months(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.MONTHS.between(from, to);
    }

    private static boolean dukcapilManaged(PositionLevel level) {
        return level == PositionLevel.JPT_PRATAMA || level == PositionLevel.ADMINISTRATOR
                || level == PositionLevel.PENGAWAS;
    }

    /**
     * One record: all random choices flow from one generator seeded by (seed, index), in a fixed order: action,
     * scenario, place, dates, person, career, the action's story, then the scenario's change.
     */
    private final class Record {
        private final SplittableRandom r;
        private final long index;
        private final Action action;
        private final Scenario scenario;

        // the place
        private Region region;
        /** A transfer between agencies: the receiving region. */
        private Region targetRegion;
        private Agency agency;
        private String prefix;
        private boolean central;
        private String ministryType;

        // the person
        private Gender gender;
        private String name;
        private int sequence;
        private LocalDate birth;
        /** The functional position's name, once chosen: a promotion keeps it. */
        private String expertJf;
        private String skilledJf;

        // the proposal being built
        private LocalDate tmt;
        private LocalDate decision;
        private final ImmutableProposal.Builder p = Proposal.builder();
        private final ImmutableEmployee.Builder e = Employee.builder();
        private final List<Approval> approvals = new ArrayList<>(4);
        private Signer signer;
        private Position current;
        private Target target;
        private boolean transferOrPlacement;

        Record(long seed, long index, Action forcedAction, Scenario forcedScenario) {
            this.r = random(seed, index);
            this.index = index;
            Action a = pickAction();
            int x = r.nextInt(1000);
            this.action = forcedAction != null ? forcedAction : a;
            Scenario s = x < LAWFUL_BELOW ? Scenario.LAWFUL : x < UNAPPROVED_BELOW ? Scenario.UNAPPROVED
                    : x < MISSING_BELOW ? Scenario.MISSING : Scenario.DEFECT;
            if (action == Action.RETIREMENT_AGE && x < OLD_BELOW) {
                s = Scenario.OLD;
            }
            this.scenario = forcedScenario != null ? forcedScenario : s;
        }

        private Action pickAction() {
            int x = r.nextInt(TOTAL_WEIGHT);
            for (int i = 0; i < ACTIONS.length; i++) {
                if (x < CUMULATIVE[i]) {
                    return ACTIONS[i];
                }
            }
            return ACTIONS[ACTIONS.length - 1];
        }

        private <T> T pick(T[] values) {
            return values[r.nextInt(values.length)];
        }

        private int between(int min, int max) {
            return min + r.nextInt(max - min + 1);
        }

        Proposal build() {
            transferOrPlacement = action.kind() == ProposalKind.TRANSFER || action == Action.INTO_POSITION
                    || action == Action.PPPK_INTO_POSITION;
            place();
            gender = r.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            String given = pick(gender == Gender.MALE ? MALE : FEMALE);
            name = r.nextInt(4) == 0 ? given : given + " " + pick(FAMILY);
            sequence = 1 + r.nextInt(999);
            tmt = effectiveDate();
            story();
            if (scenario == Scenario.OLD) {
                // a retirement of 2016 re-checked: PP 11/2017 and its retirement ages were not yet in force
                return oldRecord();
            }
            decision = r.nextInt(10) < 3 && action != Action.DEATH && action != Action.TEMPORARY
                    ? tmt.minusDays(1 + r.nextInt(10)) : null;
            if (decision != null && decision.isBefore(CALENDAR_FROM)) {
                decision = null;
            }
            signer = signer();
            approvals();
            String number = Long.toString(index);
            p.id(prefix + "/" + tmt.getYear() + "/" + code() + "/" + "0000000".substring(Math.min(7, number.length()))
                    + number)
                    .kind(action.kind()).action(action)
                    .effectiveDate(tmt);
            if (action != Action.DEATH && action != Action.TEMPORARY) {
                p.submittedOn(tmt.minusDays(14 + r.nextInt(60)));
            }
            if (decision != null) {
                p.decisionDate(decision);
            }
            e.agency(agency).currentPosition(current);
            if (target != null) {
                p.target(target);
            }
            ImmutableProposal lawful = p.signer(signer).addAllApprovals(approvals).employee(e.build()).build();
            switch (scenario) {
                case UNAPPROVED:
                    return unapproved(lawful);
                case MISSING:
                    return missing(lawful);
                case DEFECT:
                    return defect(lawful);
                default:
                    return lawful;
            }
        }

        // ---- place, dates, signer, approvals ----

        private void place() {
            central = action != Action.BETWEEN_AGENCIES && r.nextInt(100) < 20;
            if (central) {
                String[] ministry = pick(CENTRAL);
                agency = Agency.builder().kind(AgencyKind.CENTRAL).name(ministry[0]).code(ministry[1])
                        .province("31").build();
                prefix = ministry[1];
                ministryType = ministry[2];
            } else {
                region = action == Action.BETWEEN_AGENCIES ? pick(WITH_SIBLINGS) : pick(REGIONS);
                agency = regional(region);
                prefix = region.abbreviation;
            }
        }

        private Agency regional(Region reg) {
            return Agency.builder().kind(reg.kind).name(reg.name).province(reg.province()).regionCode(reg.code)
                    .build();
        }

        /** The TMT; a retirement's is decided by the birth date in {@link #retirementAge}. */
        private LocalDate effectiveDate() {
            if (scenario == Scenario.UNAPPROVED && transferOrPlacement && !central) {
                // a regional transfer or placement decided in the 2024 pilkada windows, without the approval
                return firstWorkingDay(YearMonth.from(WINDOW_START.plusDays(r.nextInt(WINDOW_DAYS))))
                        .plusDays(r.nextInt(3));
            }
            YearMonth month = YearMonth.of(2023, 1).plusMonths(r.nextInt(48));
            switch (action) {
                case DEATH:
                case TEMPORARY:
                    return month.atDay(1 + r.nextInt(month.lengthOfMonth()));
                case DISHONOURABLE:
                case OTHER_GROUND:
                    return month.atEndOfMonth();
                case RETIREMENT_AGE:
                case CPNS_TO_PNS:
                case PPPK_CONTRACT_EXTENSION:
                case PPPK_TERMINATION:
                case OWN_REQUEST:
                case EARLY_RETIREMENT:
                case HEALTH:
                case ORGANISATION_DOWNSIZING:
                case REACTIVATION:
                    return month.atDay(1);
                default:
                    return firstWorkingDay(month);
            }
        }

        private Signer signer() {
            LocalDate on = decision != null ? decision : tmt;
            if (action == Action.BETWEEN_AGENCIES) {
                Region to = targetRegion;
                if (!to.province().equals(region.province())) {
                    return Signer.builder().role(SignerRole.MENDAGRI).capacity(SignerCapacity.DEFINITIF)
                            .name("Menteri Dalam Negeri").build();
                }
                boolean acting = acting(on);
                return Signer.builder().role(acting ? SignerRole.PJ_GUBERNUR : SignerRole.GUBERNUR)
                        .capacity(acting ? SignerCapacity.PJ : SignerCapacity.DEFINITIF)
                        .regionCode(region.province()).build();
            }
            if (central) {
                SignerRole role = ministryType.equals("M") ? SignerRole.MENTERI : SignerRole.KEPALA_LEMBAGA;
                return Signer.builder().role(role).capacity(SignerCapacity.DEFINITIF)
                        .name((role == SignerRole.MENTERI ? "Menteri" : "Kepala") + " "
                                + agency.getName().orElseThrow().replace("Kementerian ", "").replace("Badan ", ""))
                        .build();
            }
            boolean acting = acting(on);
            return regionalHead(region, acting ? SignerCapacity.PJ : SignerCapacity.DEFINITIF);
        }

        /** 2022–2025: a third of the regions were led by a Penjabat until the 2024 winners were inaugurated. */
        private boolean acting(LocalDate on) {
            return !on.isBefore(ACTING_FROM) && !on.isAfter(ACTING_UNTIL) && r.nextInt(3) == 0;
        }

        private Signer regionalHead(Region reg, SignerCapacity capacity) {
            boolean interim = capacity != SignerCapacity.DEFINITIF;
            SignerRole role;
            String title;
            switch (reg.kind) {
                case PROVINCE:
                    role = !interim ? SignerRole.GUBERNUR : capacity == SignerCapacity.PJ ? SignerRole.PJ_GUBERNUR
                            : SignerRole.PLT_GUBERNUR;
                    title = "Gubernur ";
                    break;
                case CITY:
                    role = !interim ? SignerRole.WALI_KOTA : capacity == SignerCapacity.PJ ? SignerRole.PJ_WALI_KOTA
                            : SignerRole.PLT_WALI_KOTA;
                    title = "Wali Kota ";
                    break;
                default:
                    role = !interim ? SignerRole.BUPATI : capacity == SignerCapacity.PJ ? SignerRole.PJ_BUPATI
                            : SignerRole.PLT_BUPATI;
                    title = "Bupati ";
                    break;
            }
            String prefixTitle = !interim ? "" : capacity == SignerCapacity.PJ ? "Pj. " : "Plt. ";
            return Signer.builder().role(role).capacity(capacity).regionCode(reg.code)
                    .name(prefixTitle + title + reg.place).build();
        }

        /** The approvals the lawful decision needs, dated before the TMT and the decision. */
        private void approvals() {
            boolean interim = signer.capacity().orElseThrow().isInterim();
            if (interim) {
                approvals.add(approval(Approver.BKN));
            }
            boolean regionalDecision = !central;
            if (transferOrPlacement && regionalDecision) {
                boolean window = inWindow(tmt) || decision != null && inWindow(decision);
                boolean actingHead = interim && signer.getRole().isRegionalHead();
                if (window || actingHead) {
                    approvals.add(approval(Approver.MENDAGRI));
                }
                if (dukcapilPost()) {
                    approvals.add(approval(Approver.DIRJEN_DUKCAPIL));
                }
            }
            if (action == Action.BETWEEN_AGENCIES && !hasApproval(Approver.BKN)) {
                approvals.add(approval(region.province().equals(targetRegion.province()) ? Approver.KANREG_BKN
                        : Approver.BKN));
            }
            if (action == Action.ORGANISATION_DOWNSIZING) {
                approvals.add(approval(Approver.MENPANRB));
                if (!hasApproval(Approver.BKN)) {
                    approvals.add(approval(Approver.BKN));
                }
            }
        }

        private boolean dukcapilPost() {
            if (target != null && isDukcapilPost(target.getPosition())) {
                return true;
            }
            return action.kind() == ProposalKind.TRANSFER && isDukcapilPost(current);
        }

        private boolean isDukcapilPost(Position position) {
            return position.getDukcapilUnit().orElse(false) && dukcapilManaged(position.getLevel().orElseThrow());
        }

        private boolean hasApproval(Approver from) {
            for (Approval a : approvals) {
                if (a.getFrom() == from) {
                    return true;
                }
            }
            return false;
        }

        private Approval approval(Approver from) {
            LocalDate before = decision != null && decision.isBefore(tmt) ? decision : tmt;
            LocalDate date = before.minusDays(3 + r.nextInt(25));
            String reference;
            switch (from) {
                case MENDAGRI:
                    reference = "100.2.2.6/" + (1000 + r.nextInt(9000)) + "/OTDA";
                    break;
                case BKN:
                    reference = "K.26-30/V." + (10 + r.nextInt(90)) + "-2/99";
                    break;
                case KANREG_BKN:
                    reference = "PERTEK-KR" + (1 + r.nextInt(14)) + "/" + (1000 + r.nextInt(9000));
                    break;
                case MENPANRB:
                    reference = "B/" + (1000 + r.nextInt(9000)) + "/M.SM.01.00/" + date.getYear();
                    break;
                default:
                    reference = from.name() + "/" + (1000 + r.nextInt(9000)) + "/" + date.getYear();
                    break;
            }
            return Approval.builder().from(from).reference(reference).date(date).build();
        }

        private String code() {
            switch (action) {
                case WITHIN_AGENCY:
                case JPT_REPLACEMENT:
                    return "MUT";
                case BETWEEN_AGENCIES:
                    return "PINDAH";
                case CPNS_TO_PNS:
                    return "PNS";
                case PPPK_INTO_POSITION:
                case PPPK_CONTRACT_EXTENSION:
                case PPPK_TERMINATION:
                    return "PPPK";
                case INTO_POSITION:
                    return "ANGKAT";
                case REACTIVATION:
                    return "AK";
                case RETIREMENT_AGE:
                    return "BUP";
                default:
                    return "BERHENTI";
            }
        }

        // ---- people and careers ----

        /** A PNS born {@code age} (plus up to a year) years before the TMT, CPNS at {@code cpnsAge} or so. */
        private void pns(int age, int cpnsAge) {
            LocalDate birth = tmt.minusYears(age).minusDays(r.nextInt(365));
            LocalDate tmtCpns = YearMonth.from(birth.plusYears(cpnsAge).plusMonths(r.nextInt(12))).atDay(1);
            pns(birth, tmtCpns);
        }

        private void pns(LocalDate birth, LocalDate tmtCpns) {
            this.birth = birth;
            e.nip(Nip.of(birth, YearMonth.from(tmtCpns), gender, sequence)).name(name).birthDate(birth).gender(gender)
                    .status(EmploymentStatus.PNS).tmtCpns(tmtCpns).tmtPns(tmtCpns.plusYears(1));
        }

        private void pppk(LocalDate birth, LocalDate tmtPppk) {
            this.birth = birth;
            e.nip(niPppk(birth, tmtPppk.getYear(), gender, sequence)).name(name).birthDate(birth).gender(gender)
                    .status(EmploymentStatus.PPPK).tmtPppk(tmtPppk);
        }

        private EducationLevel education(EducationLevel min) {
            EducationLevel[] levels = {EducationLevel.SLTA, EducationLevel.D3, EducationLevel.S1, EducationLevel.S1,
                EducationLevel.S1, EducationLevel.S2, EducationLevel.S2};
            EducationLevel level = pick(levels);
            return level.ordinal() < min.ordinal() ? min : level;
        }

        /** The education, completed at the usual age for the level and before the first appointment. */
        private void education(EducationLevel level, LocalDate tmtCpns) {
            int typical = level == EducationLevel.SLTA ? 18 : level == EducationLevel.D3 ? 21
                    : level == EducationLevel.S2 ? 25 : 22;
            int year = Math.min(tmtCpns.getYear() - 1, birth.getYear() + typical + r.nextInt(3));
            e.education(Education.builder().level(level).major(pick(MAJORS))
                    .graduated(LocalDate.of(Math.max(year, birth.getYear() + 17), 8, 30)).build());
        }

        /** A PNS grade from the education and the years served: a ruang every four years. */
        private Grade grade(EducationLevel education, int years, int maxRank) {
            int start = education == EducationLevel.SLTA ? 5 : education == EducationLevel.D3 ? 7
                    : education == EducationLevel.S2 ? 10 : 9;
            int rank = Math.min(maxRank, start + Math.max(0, years) / 4);
            int golongan = rank <= 4 ? 1 : rank <= 8 ? 2 : rank <= 12 ? 3 : 4;
            char ruang = (char) (golongan < 4 ? 'a' + (rank - 1) % 4 : 'a' + (rank - 13));
            return Grade.pns(golongan, ruang);
        }

        private void grade(Grade grade) {
            e.grade(grade).gradeSince(YearMonth.from(tmt.minusMonths(6 + r.nextInt(40))).atDay(1));
        }

        private String unit() {
            return pick(central ? CENTRAL_UNITS : UNITS);
        }

        private String positionName(PositionLevel level, String unit) {
            switch (level) {
                case JPT_PRATAMA:
                    return central ? "Kepala Biro " + pick(FIELDS) : unit.startsWith("Dinas") ? "Kepala " + unit
                            : "Staf Ahli Bidang " + pick(FIELDS);
                case ADMINISTRATOR:
                    return "Kepala Bidang " + pick(FIELDS);
                case PENGAWAS:
                    return "Kepala Seksi " + pick(FIELDS);
                case PELAKSANA:
                    return r.nextBoolean() ? "Pengadministrasi Perkantoran" : "Pengelola Data " + pick(FIELDS);
                case AHLI_PERTAMA:
                case AHLI_MUDA:
                case AHLI_MADYA:
                    if (expertJf == null) {
                        expertJf = pick(EXPERT_JF);
                    }
                    return expertJf + " Ahli " + jenjang(level);
                default:
                    if (skilledJf == null) {
                        skilledJf = pick(SKILLED_JF);
                    }
                    return skilledJf + " " + jenjang(level);
            }
        }

        private String jenjang(PositionLevel level) {
            switch (level) {
                case AHLI_PERTAMA:
                    return "Pertama";
                case AHLI_MUDA:
                    return "Muda";
                case AHLI_MADYA:
                    return "Madya";
                case MAHIR:
                    return "Mahir";
                case PENYELIA:
                    return "Penyelia";
                default:
                    return "Terampil";
            }
        }

        private ImmutablePosition.Builder position(PositionLevel level, String unit) {
            return Position.builder().level(level).name(positionName(level, unit)).unit(unit)
                    .dukcapilUnit(!central && unit.equals(DUKCAPIL));
        }

        private Target target(Position position, AssignmentType assignment) {
            ImmutableTarget.Builder t = Target.builder().position(position);
            if (assignment != null) {
                t.assignment(assignment);
            }
            return t.build();
        }

        /** Annual ratings of the two years before the TMT's year, at least BAIK. */
        private void ratings(int years) {
            for (int y = tmt.getYear() - years; y < tmt.getYear(); y++) {
                e.addPerformance(PerformanceRecord.builder().year(y)
                        .rating(r.nextInt(100) < 30 ? PerformanceRating.SANGAT_BAIK : PerformanceRating.BAIK).build());
            }
        }

        private Document doc(DocumentKind kind, String reference, LocalDate date) {
            return Document.builder().kind(kind).reference(reference).date(date).build();
        }

        private Document doc(DocumentKind kind, LocalDate date) {
            return doc(kind, (800 + r.nextInt(100)) + "/" + (1 + r.nextInt(999)) + "/" + date.getYear(), date);
        }

        private LocalDate weeksBefore(int min, int max) {
            return tmt.minusDays(7L * between(min, max));
        }

        private int serviceMonths(LocalDate tmtCpns) {
            return Math.max(0, months(tmtCpns, tmt));
        }

        /** A dismissal with honour grants a pension at 50 with 20 years' service (UU 11/1969 Pasal 9 ayat (1)). */
        private boolean pensionRight(LocalDate birth, int serviceMonths) {
            return !birth.plusYears(50).isAfter(tmt) && serviceMonths >= 240;
        }

        // ---- the stories ----

        /** The lawful story of the action, as {@code io.github.imut.testing.Fixtures} tells it, varied. */
        private void story() {
            switch (action) {
                case WITHIN_AGENCY:
                    withinAgency();
                    break;
                case BETWEEN_AGENCIES:
                    betweenAgencies();
                    break;
                case JPT_REPLACEMENT:
                    jptReplacement();
                    break;
                case CPNS_TO_PNS:
                    cpnsToPns();
                    break;
                case INTO_POSITION:
                    intoPosition();
                    break;
                case PPPK_INTO_POSITION:
                    pppkIntoPosition();
                    break;
                case REACTIVATION:
                    reactivation();
                    break;
                case PPPK_CONTRACT_EXTENSION:
                    pppkContractExtension();
                    break;
                case RETIREMENT_AGE:
                    retirementAge();
                    break;
                case OWN_REQUEST:
                    ownRequest();
                    break;
                case DEATH:
                    death();
                    break;
                case EARLY_RETIREMENT:
                    earlyRetirement();
                    break;
                case HEALTH:
                    health();
                    break;
                case ORGANISATION_DOWNSIZING:
                    downsizing();
                    break;
                case DISHONOURABLE:
                    dishonourable();
                    break;
                case TEMPORARY:
                    temporary();
                    break;
                case PPPK_TERMINATION:
                    pppkTermination();
                    break;
                case OTHER_GROUND:
                    otherGround();
                    break;
                default:
                    throw new IllegalStateException("No story for " + action + ": add one in ProposalGenerator");
            }
        }

        /** A PNS in post for 2 to 6 years, in a position that fits the grade. */
        private PositionLevel career(int minAge, int maxAge) {
            int age = between(minAge, maxAge);
            pns(age, between(21, Math.min(30, age - 5)));
            Employee so = e.build();
            LocalDate tmtCpns = so.getTmtCpns().orElseThrow();
            EducationLevel education = education(EducationLevel.SLTA);
            education(education, tmtCpns);
            Grade grade = grade(education, tmt.getYear() - tmtCpns.getYear(), 15);
            grade(grade);
            PositionLevel level = levelFor(grade);
            LocalDate since = tmt.minusMonths(between(25, 72)).withDayOfMonth(between(1, 28));
            if (since.isBefore(tmtCpns.plusYears(1))) {
                since = tmtCpns.plusYears(1);
            }
            String unit = unit();
            current = position(level, unit).since(since).build();
            if (since.isAfter(tmtCpns.plusYears(2))) {
                e.addPositionHistory(PositionRecord.builder().level(previous(level)).name("Pengadministrasi Umum")
                        .from(tmtCpns).to(since.minusDays(1)).build());
            }
            return level;
        }

        private PositionLevel levelFor(Grade grade) {
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
            return functional ? PositionLevel.AHLI_MADYA : PositionLevel.ADMINISTRATOR;
        }

        private PositionLevel previous(PositionLevel level) {
            switch (level) {
                case ADMINISTRATOR:
                    return PositionLevel.PENGAWAS;
                case JPT_PRATAMA:
                    return PositionLevel.ADMINISTRATOR;
                case AHLI_MUDA:
                case AHLI_MADYA:
                    return PositionLevel.AHLI_PERTAMA;
                case MAHIR:
                    return PositionLevel.TERAMPIL;
                default:
                    return PositionLevel.PELAKSANA;
            }
        }

        private void withinAgency() {
            PositionLevel level = career(27, 54);
            String unit = unit();
            target = target(position(level, unit).build(), AssignmentType.DEFINITIF);
            boolean own = r.nextInt(100) < 15;
            p.initiatedBy(own ? Initiator.OWN_REQUEST : Initiator.AGENCY)
                    .addDocuments(doc(DocumentKind.SK_PANGKAT_JABATAN, current.getSince().orElseThrow().minusDays(7)),
                            doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + "-" + (tmt.getYear() - 1),
                                    weeksBefore(6, 10)));
            ratings(2);
            if (own) {
                e.openAuditFindings(false);
                p.addDocuments(doc(DocumentKind.PERMOHONAN, "Surat permohonan pindah", weeksBefore(10, 20)),
                        doc(DocumentKind.SP_HUKDIS, weeksBefore(4, 8)), doc(DocumentKind.SP_TUBEL, weeksBefore(4, 8)),
                        doc(DocumentKind.BEBAS_TEMUAN, weeksBefore(4, 8)));
            }
        }

        private void betweenAgencies() {
            PositionLevel level = career(27, 54);
            Region[] siblings = SIBLINGS[indexOf(region)];
            targetRegion = r.nextInt(100) < 85 ? pick(siblings) : otherProvince(region);
            String unit = pick(UNITS);
            while (unit.equals(DUKCAPIL)) {
                unit = pick(UNITS);
            }
            current = ImmutablePosition.copyOf(current).withUnit(unit).withDukcapilUnit(false);
            Position to = position(level, pick(UNITS)).dukcapilUnit(false).build();
            String positionName = to.getName().orElseThrow();
            target = Target.builder().position(to).assignment(AssignmentType.DEFINITIF)
                    .agency(regional(targetRegion)).build();
            boolean own = r.nextInt(100) < 30;
            if (own) {
                // a PNS who moves at own request signed to stay 10 years: a long career
                Employee so = e.build();
                if (so.getTmtPns().orElseThrow().plusYears(10).isAfter(tmt)) {
                    LocalDate tmtCpns = YearMonth.from(tmt.minusYears(11 + r.nextInt(10))).atDay(1);
                    LocalDate birth = so.getBirthDate().orElseThrow();
                    if (birth.plusYears(20).isAfter(tmtCpns)) {
                        birth = tmtCpns.minusYears(23).minusDays(r.nextInt(365));
                    }
                    pns(birth, tmtCpns);
                    e.positionHistory(List.of());
                }
            }
            p.initiatedBy(own ? Initiator.OWN_REQUEST : Initiator.AGENCY);
            e.openAuditFindings(false);
            ratings(2);
            p.addDocuments(doc(DocumentKind.SK_PANGKAT_JABATAN, current.getSince().orElseThrow().minusDays(7)),
                    doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + "-" + (tmt.getYear() - 1), weeksBefore(8, 14)),
                    Document.builder().kind(DocumentKind.USUL_PPK_PENERIMA).reference("800.1/" + (100 + r.nextInt(900)))
                            .date(weeksBefore(6, 10)).positionName(positionName).build(),
                    Document.builder().kind(DocumentKind.PERSETUJUAN_PPK_ASAL)
                            .reference("800.1/" + (100 + r.nextInt(900))).date(weeksBefore(6, 10))
                            .positionName(positionName).build(),
                    doc(DocumentKind.ANJAB_ABK, weeksBefore(12, 20)),
                    doc(DocumentKind.SP_HUKDIS, weeksBefore(6, 10)), doc(DocumentKind.SP_TUBEL, weeksBefore(6, 10)),
                    doc(DocumentKind.BEBAS_TEMUAN, weeksBefore(6, 10)));
            if (own) {
                p.addDocuments(doc(DocumentKind.PERMOHONAN, "Surat permohonan pindah", weeksBefore(16, 30)));
            }
        }

        private int indexOf(Region reg) {
            for (int i = 0; i < REGIONS.length; i++) {
                if (REGIONS[i] == reg) {
                    return i;
                }
            }
            throw new IllegalStateException(reg.code);
        }

        private Region otherProvince(Region from) {
            Region to = pick(REGIONS);
            while (to.province().equals(from.province())) {
                to = pick(REGIONS);
            }
            return to;
        }

        private void jptReplacement() {
            pns(between(44, 57), between(22, 28));
            LocalDate tmtCpns = e.build().getTmtCpns().orElseThrow();
            EducationLevel education = r.nextInt(4) == 0 ? EducationLevel.S1 : EducationLevel.S2;
            education(education, tmtCpns);
            grade(Grade.pns(4, (char) ('b' + r.nextInt(3))));
            LocalDate since = tmt.minusMonths(between(25, 60)).withDayOfMonth(between(1, 28));
            String unit = central ? pick(CENTRAL_UNITS) : "Dinas " + pick(new String[] {"Perhubungan", "Pendidikan",
                "Kesehatan", "Sosial", "Pekerjaan Umum"});
            current = position(PositionLevel.JPT_PRATAMA, unit).dukcapilUnit(false).since(since).build();
            e.addPositionHistory(PositionRecord.builder().level(PositionLevel.ADMINISTRATOR)
                    .name("Kepala Bidang " + pick(FIELDS)).from(since.minusYears(5 + r.nextInt(5)))
                    .to(since.minusDays(1)).relatedToTarget(true).build());
            ratings(2);
            target = target(position(PositionLevel.JPT_PRATAMA, central ? pick(CENTRAL_UNITS) : "Sekretariat Daerah")
                    .dukcapilUnit(false).build(), AssignmentType.DEFINITIF);
            p.initiatedBy(Initiator.AGENCY);
        }

        private void cpnsToPns() {
            // TMT PNS on the day the probation year ends, or a few months later
            LocalDate tmtCpns = tmt.minusYears(1).minusMonths(r.nextInt(5));
            birth = tmtCpns.minusYears(between(22, 34)).minusDays(r.nextInt(365));
            e.nip(Nip.of(birth, YearMonth.from(tmtCpns), gender, sequence)).name(name).birthDate(birth).gender(gender)
                    .status(EmploymentStatus.CPNS).tmtCpns(tmtCpns);
            EducationLevel education = education(EducationLevel.SLTA);
            education(education, tmtCpns);
            e.grade(grade(education, 0, 17)).gradeSince(tmtCpns);
            PositionLevel level = education == EducationLevel.SLTA ? PositionLevel.PELAKSANA
                    : education == EducationLevel.D3 ? PositionLevel.TERAMPIL : PositionLevel.AHLI_PERTAMA;
            String unit = unit();
            current = position(level, unit).since(tmtCpns).build();
            target = Target.builder().position(ImmutablePosition.copyOf(current).withSince(Optional.empty())).build();
            LocalDate latsar = tmtCpns.plusMonths(between(4, 10));
            String latsarRef = "STTPL/BPSDM/" + latsar.getYear() + "/" + (10000 + r.nextInt(90000));
            LocalDate health = weeksBefore(6, 10);
            String healthRef = "445/" + (100 + r.nextInt(900)) + "/RSUD";
            e.addAssessments(AssessmentResult.builder().kind(AssessmentKind.LATSAR).passed(true).date(latsar)
                            .reference(latsarRef).build(),
                    AssessmentResult.builder().kind(AssessmentKind.HEALTH).passed(true).date(health)
                            .reference(healthRef).build());
            p.addDocuments(doc(DocumentKind.SK_CPNS, "800.1.2.2/" + (100 + r.nextInt(900)) + "/" + tmtCpns.getYear(),
                            tmtCpns.minusDays(5 + r.nextInt(20))),
                    doc(DocumentKind.SERTIFIKAT_LATSAR, latsarRef, latsar),
                    doc(DocumentKind.SURAT_SEHAT, healthRef, health));
        }

        private void intoPosition() {
            int path = r.nextInt(100);
            if (path < 10) {
                jptPromotion();
                return;
            }
            PositionLevel from;
            PositionLevel to;
            EducationLevel min;
            int minMonths;
            if (path < 45) {
                from = PositionLevel.PENGAWAS;
                to = PositionLevel.ADMINISTRATOR;
                min = EducationLevel.S1;
                minMonths = 37;
            } else if (path < 80) {
                from = PositionLevel.PELAKSANA;
                to = PositionLevel.PENGAWAS;
                min = EducationLevel.D3;
                minMonths = 49;
            } else if (path < 93) {
                from = PositionLevel.AHLI_PERTAMA;
                to = PositionLevel.AHLI_MUDA;
                min = EducationLevel.S1;
                minMonths = 25;
            } else {
                from = PositionLevel.TERAMPIL;
                to = PositionLevel.MAHIR;
                min = EducationLevel.D3;
                minMonths = 25;
            }
            pns(between(30, 53), between(21, 27));
            LocalDate tmtCpns = e.build().getTmtCpns().orElseThrow();
            EducationLevel education = education(min);
            education(education, tmtCpns);
            int years = tmt.getYear() - tmtCpns.getYear();
            grade(grade(education, years, 14));
            LocalDate since = tmt.minusMonths(between(minMonths, minMonths + 48)).withDayOfMonth(between(1, 28));
            if (since.isBefore(tmtCpns)) {
                since = tmtCpns;
                if (months(since, tmt) < minMonths) {
                    // a short career: CPNS earlier
                    tmtCpns = YearMonth.from(tmt.minusMonths(minMonths + 12)).atDay(1);
                    since = tmtCpns;
                    pns(tmtCpns.minusYears(24).minusDays(r.nextInt(365)), tmtCpns);
                }
            }
            String unit = unit();
            current = position(from, unit).since(since).relatedToTarget(true).build();
            if (since.isAfter(tmtCpns.plusYears(1))) {
                e.addPositionHistory(PositionRecord.builder().level(previous(from)).name("Pengadministrasi Umum")
                        .from(tmtCpns).to(since.minusDays(1)).relatedToTarget(true).build());
            }
            ratings(2);
            // a Plt fills the post while it is vacant; in the freeze it needs no approval (PLT-FILL-OK)
            boolean plt = r.nextInt(20) == 0 && !from.isFunctional() && scenario != Scenario.UNAPPROVED;
            ImmutableTarget.Builder t = Target.builder().position(position(to, unit).build())
                    .assignment(plt ? AssignmentType.PLT : AssignmentType.DEFINITIF);
            if (to.isFunctional()) {
                t.functionalRoute(FunctionalRoute.PROMOTION);
            }
            target = t.build();
            LocalDate health = weeksBefore(3, 6);
            e.addAssessments(AssessmentResult.builder().kind(AssessmentKind.HEALTH).passed(true).date(health).build());
            p.addDocuments(doc(DocumentKind.SURAT_SEHAT, "445/" + (100 + r.nextInt(900)) + "/RSUD", health),
                    doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + "-" + (tmt.getYear() - 1), weeksBefore(6, 10)),
                    doc(DocumentKind.SK_PANGKAT_JABATAN, since.minusDays(7)));
        }

        /** An administrator, selected in an open selection, appointed to a JPT pratama. */
        private void jptPromotion() {
            pns(between(42, 55), between(22, 27));
            LocalDate tmtCpns = e.build().getTmtCpns().orElseThrow();
            education(EducationLevel.S2, tmtCpns);
            grade(Grade.pns(4, (char) ('a' + r.nextInt(3))));
            LocalDate since = tmt.minusMonths(between(25, 72)).withDayOfMonth(between(1, 28));
            String unit = unit();
            current = position(PositionLevel.ADMINISTRATOR, unit).since(since).relatedToTarget(true).build();
            e.addPositionHistory(PositionRecord.builder().level(PositionLevel.PENGAWAS)
                    .name("Kepala Seksi " + pick(FIELDS)).from(since.minusYears(4 + r.nextInt(6)))
                    .to(since.minusDays(1)).relatedToTarget(true).build());
            ratings(2);
            String to = central ? pick(CENTRAL_UNITS) : unit.equals(DUKCAPIL) ? "Dinas Sosial" : unit;
            target = target(position(PositionLevel.JPT_PRATAMA, to).build(), AssignmentType.DEFINITIF);
            LocalDate selection = weeksBefore(4, 10);
            LocalDate health = weeksBefore(10, 14);
            e.addAssessments(AssessmentResult.builder().kind(AssessmentKind.OPEN_SELECTION).passed(true)
                            .date(selection).reference("Pansel JPT " + selection.getYear()).build(),
                    AssessmentResult.builder().kind(AssessmentKind.HEALTH).passed(true).date(health).build());
            p.addDocuments(doc(DocumentKind.HASIL_SELEKSI, "Hasil seleksi terbuka JPT pratama " + selection.getYear(),
                            selection),
                    doc(DocumentKind.SURAT_SEHAT, "445/" + (100 + r.nextInt(900)) + "/RSUD", health),
                    doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 2) + "-" + (tmt.getYear() - 1),
                            weeksBefore(6, 10)));
        }

        /** A PPPK in a functional position: a teacher (60) or another JF (58). */
        private Position pppkPosition(LocalDate since, EducationLevel education) {
            boolean teacher = r.nextInt(100) < 60;
            String unit;
            ImmutablePosition.Builder b;
            if (teacher) {
                unit = (r.nextBoolean() ? "SD Negeri " : "SMP Negeri ") + (1 + r.nextInt(12));
                b = Position.builder().level(PositionLevel.AHLI_PERTAMA).name("Guru Ahli Pertama").unit(unit)
                        .functionalCategory(FunctionalCategory.GURU);
            } else if (education == EducationLevel.D3) {
                unit = central ? pick(CENTRAL_UNITS) : "Rumah Sakit Umum Daerah";
                b = Position.builder().level(PositionLevel.TERAMPIL).name("Perawat Terampil").unit(unit);
            } else {
                unit = unit();
                b = Position.builder().level(PositionLevel.AHLI_PERTAMA)
                        .name(pick(EXPERT_JF) + " Ahli Pertama").unit(unit);
            }
            return b.dukcapilUnit(false).since(since).build();
        }

        private Grade pppkGrade(EducationLevel education) {
            return Grade.pppk(education == EducationLevel.D3 ? 7 : 9);
        }

        private void pppkIntoPosition() {
            LocalDate tmtPppk = YearMonth.from(tmt.minusMonths(between(12, 48))).atDay(1);
            LocalDate birth = tmt.minusYears(between(24, 50)).minusDays(r.nextInt(365));
            pppk(birth, tmtPppk);
            EducationLevel education = r.nextInt(4) == 0 ? EducationLevel.D3 : EducationLevel.S1;
            education(education, tmtPppk);
            e.grade(pppkGrade(education)).gradeSince(tmtPppk);
            current = pppkPosition(tmtPppk, education);
            Position to = ImmutablePosition.copyOf(pppkPosition(tmtPppk, education))
                    .withLevel(current.getLevel().orElseThrow()).withName(current.getName().orElseThrow())
                    .withFunctionalCategory(current.getFunctionalCategory()).withSince(Optional.empty());
            target = target(to, AssignmentType.DEFINITIF);
            e.addPerformance(PerformanceRecord.builder().year(tmt.getYear() - 1).rating(PerformanceRating.BAIK)
                    .build());
            p.addDocuments(doc(DocumentKind.SURAT_SEHAT, "445/" + (100 + r.nextInt(900)) + "/PKM", weeksBefore(3, 6)));
        }

        private void reactivation() {
            career(35, 53);
            LocalDate detained = tmt.minusMonths(between(6, 14)).withDayOfMonth(between(1, 28));
            LocalDate judgment = tmt.minusDays(between(20, 70));
            Employee so = e.build();
            e.pensionServiceMonths(serviceMonths(so.getTmtCpns().orElseThrow()))
                    .criminalCase(CriminalCase.builder().status(CriminalStatus.ACQUITTED).detainedOn(detained)
                            .finalJudgmentOn(judgment).build());
            p.addDocuments(doc(DocumentKind.PUTUSAN_PENGADILAN, "Putusan " + (100 + r.nextInt(3000))
                            + " K/Pid.Sus/" + judgment.getYear() + " (bebas)", judgment))
                    .reactivation(Reactivation.builder().reason(ReactivationReason.CRIMINAL_PROCEEDINGS_ENDED)
                            .backPayClaimed(true).build());
        }

        private void pppkContractExtension() {
            int oldYears = r.nextInt(100) < 70 ? 5 : between(1, 4);
            LocalDate tmtPppk = tmt.minusYears(oldYears);
            EducationLevel education = r.nextInt(4) == 0 ? EducationLevel.D3 : EducationLevel.S1;
            Position position = pppkPosition(tmtPppk, education);
            int bup = bupAge(position, tmt);
            int newYears = r.nextInt(100) < 70 ? 5 : between(1, 4);
            // the new contract ends before the retirement age: born at most BUP - newYears - 1 years before
            LocalDate birth = tmt.minusYears(between(25, bup - newYears - 1)).minusDays(r.nextInt(365));
            pppk(birth, tmtPppk);
            education(education, tmtPppk);
            e.grade(pppkGrade(education)).gradeSince(tmtPppk)
                    .contract(Period.builder().from(tmtPppk).to(tmt.minusDays(1)).build());
            current = position;
            ratings(Math.min(2, oldYears));
            p.addDocuments(doc(DocumentKind.SKP, "SKP " + (tmt.getYear() - 1) + ": baik", weeksBefore(6, 10)),
                            doc(DocumentKind.PERJANJIAN_KERJA, "800/PK/" + tmt.getYear() + "/"
                                    + (1000 + r.nextInt(9000)), weeksBefore(1, 3)))
                    .contractPeriod(Period.builder().from(tmt).to(tmt.plusYears(newYears).minusDays(1)).build());
        }

        /** A level with its retirement age, for dismissals. */
        private PositionLevel dismissalLevel() {
            return pick(new PositionLevel[] {PositionLevel.PELAKSANA, PositionLevel.PELAKSANA, PositionLevel.PENGAWAS,
                PositionLevel.ADMINISTRATOR, PositionLevel.AHLI_MUDA, PositionLevel.AHLI_MADYA, PositionLevel.TERAMPIL,
                PositionLevel.JPT_PRATAMA});
        }

        /** A PNS of the given age band, in a position of that level since a few years, with service months. */
        private LocalDate dismissedPns(PositionLevel level, int minAge, int maxAge, int minServiceYears) {
            int age = between(minAge, maxAge);
            int cpnsAge = between(21, Math.max(21, Math.min(35, age - minServiceYears - 1)));
            pns(age, cpnsAge);
            LocalDate tmtCpns = e.build().getTmtCpns().orElseThrow();
            EducationLevel education = level == PositionLevel.JPT_PRATAMA ? EducationLevel.S2
                    : level.type() == PositionType.FUNCTIONAL_EXPERT
                    || level == PositionLevel.ADMINISTRATOR ? EducationLevel.S1 : education(EducationLevel.SLTA);
            education(education, tmtCpns);
            grade(grade(education, tmt.getYear() - tmtCpns.getYear(), level == PositionLevel.JPT_PRATAMA ? 15 : 14));
            LocalDate since = tmt.minusMonths(between(24, 120)).withDayOfMonth(between(1, 28));
            if (since.isBefore(tmtCpns.plusYears(1))) {
                since = tmtCpns.plusYears(1);
            }
            current = position(level, unit()).since(since).build();
            e.pensionServiceMonths(serviceMonths(tmtCpns));
            return tmtCpns;
        }

        private void retirementAge() {
            PositionLevel level = dismissalLevel();
            Position probe = Position.builder().level(level).build();
            int bup = bupAge(probe, LocalDate.of(2025, 1, 1));
            YearMonth retirement = YearMonth.of(2023, 1).plusMonths(r.nextInt(48));
            // TMT pensiun is the first of the month after the month the BUP is reached (born any day of it)
            YearMonth birthMonth = retirement.minusMonths(1).minusYears(bup);
            LocalDate birth = birthMonth.atDay(1 + r.nextInt(birthMonth.lengthOfMonth()));
            tmt = retirement.atDay(1);
            LocalDate tmtCpns = YearMonth.from(birth.plusYears(22 + r.nextInt(9))).atDay(1);
            pns(birth, tmtCpns);
            EducationLevel education = level == PositionLevel.JPT_PRATAMA ? EducationLevel.S2
                    : level.type() == PositionType.FUNCTIONAL_EXPERT
                    || level == PositionLevel.ADMINISTRATOR ? EducationLevel.S1 : education(EducationLevel.SLTA);
            education(education, tmtCpns);
            grade(grade(education, tmt.getYear() - tmtCpns.getYear(), level == PositionLevel.JPT_PRATAMA ? 16 : 15));
            LocalDate since = tmt.minusMonths(between(24, 120)).withDayOfMonth(between(1, 28));
            current = position(level, unit()).since(since).build();
            if (r.nextInt(3) > 0) {
                e.recordedRetirementAge(bup);
            }
            int service = serviceMonths(tmtCpns);
            e.pensionServiceMonths(service);
            p.addDocuments(doc(DocumentKind.SK_CPNS, tmtCpns.minusDays(10 + r.nextInt(20))),
                    doc(DocumentKind.SK_PANGKAT_JABATAN, since.minusDays(7)))
                    .dismissal(Dismissal.builder().ground(DismissalGround.RETIREMENT_AGE)
                            .kind(DismissalKind.HONOURABLE).pensionClaimed(true).build());
        }

        /** Record built, but in 2016: the same person and position, ten years earlier. */
        private Proposal oldRecord() {
            // the retirement ages UU 5/2014 Pasal 90 already set, as PP 11/2017 repeats them
            int bup = bupAge(current, PP_11_2017);
            YearMonth retirement = YearMonth.of(2016, 1 + r.nextInt(12));
            YearMonth birthMonth = retirement.minusMonths(1).minusYears(bup);
            LocalDate birth = birthMonth.atDay(1 + r.nextInt(birthMonth.lengthOfMonth()));
            tmt = retirement.atDay(1);
            LocalDate tmtCpns = YearMonth.from(birth.plusYears(24)).atDay(1);
            pns(birth, tmtCpns);
            e.pensionServiceMonths(serviceMonths(tmtCpns)).recordedRetirementAge(Optional.empty())
                    .currentPosition(ImmutablePosition.copyOf(current).withSince(tmt.minusYears(4)))
                    .gradeSince(tmt.minusYears(3)).agency(agency);
            signer = central ? Signer.builder().role(ministryType.equals("M") ? SignerRole.MENTERI
                    : SignerRole.KEPALA_LEMBAGA).capacity(SignerCapacity.DEFINITIF).build()
                    : regionalHead(region, SignerCapacity.DEFINITIF);
            return p.id(prefix + "/2016/BUP/" + index).kind(action.kind()).action(action).effectiveDate(tmt)
                    .submittedOn(tmt.minusMonths(2)).signer(signer).documents(List.of()).employee(e.build()).build();
        }

        private void ownRequest() {
            PositionLevel level = pick(new PositionLevel[] {PositionLevel.PELAKSANA, PositionLevel.PELAKSANA,
                PositionLevel.PENGAWAS, PositionLevel.AHLI_PERTAMA, PositionLevel.AHLI_MUDA, PositionLevel.TERAMPIL});
            dismissedPns(level, 26, 49, 1);
            LocalDate received = tmt.minusDays(between(20, 200));
            p.addDocuments(doc(DocumentKind.PERMOHONAN, "Surat permohonan berhenti", received.minusDays(r.nextInt(5))))
                    .dismissal(Dismissal.builder().ground(DismissalGround.OWN_REQUEST).kind(DismissalKind.HONOURABLE)
                            .pensionClaimed(false).requestReceivedOn(received)
                            .proposedBy(central ? SignerRole.PEJABAT_YANG_BERWENANG : SignerRole.SEKDA).build());
        }

        private void death() {
            dismissedPns(dismissalLevel(), 30, 57, 1);
            e.deathDate(tmt).diedOnDuty(r.nextInt(20) == 0);
            p.addDocuments(doc(DocumentKind.AKTA_KEMATIAN, "KM-" + tmt.getYear() + "-" + (1000 + r.nextInt(9000)),
                            tmt.plusDays(1 + r.nextInt(10))))
                    .dismissal(Dismissal.builder().ground(DismissalGround.DEATH).kind(DismissalKind.HONOURABLE)
                            .build());
        }

        private void earlyRetirement() {
            PositionLevel level = pick(new PositionLevel[] {PositionLevel.PELAKSANA, PositionLevel.PENGAWAS,
                PositionLevel.ADMINISTRATOR, PositionLevel.AHLI_MUDA});
            // at least 50 with 20 years' service, below the retirement age of 58
            LocalDate birth = tmt.minusYears(between(50, 56)).minusDays(r.nextInt(365));
            LocalDate tmtCpns = YearMonth.from(tmt.minusYears(between(21, Math.min(33, 56 - 21)))).atDay(1);
            if (birth.plusYears(20).isAfter(tmtCpns)) {
                tmtCpns = YearMonth.from(birth.plusYears(21)).atDay(1);
            }
            pns(birth, tmtCpns);
            EducationLevel education = level == PositionLevel.ADMINISTRATOR ? EducationLevel.S1
                    : education(EducationLevel.SLTA);
            education(education, tmtCpns);
            grade(grade(education, tmt.getYear() - tmtCpns.getYear(), 14));
            current = position(level, unit()).since(tmt.minusMonths(between(24, 96)).withDayOfMonth(2)).build();
            e.pensionServiceMonths(serviceMonths(tmtCpns));
            LocalDate received = tmt.minusDays(between(30, 150));
            p.addDocuments(doc(DocumentKind.PERMOHONAN, "Permohonan pensiun dini", received.minusDays(r.nextInt(5))))
                    .dismissal(Dismissal.builder().ground(DismissalGround.OWN_REQUEST).kind(DismissalKind.HONOURABLE)
                            .pensionClaimed(true).requestReceivedOn(received).build());
        }

        private void health() {
            dismissedPns(dismissalLevel(), 35, 56, 5);
            LocalDate examined = tmt.minusDays(between(15, 80));
            boolean byDuty = r.nextInt(100) < 40;
            e.healthExamination(HealthExamination.builder().examinedOn(examined).unfit(true).causedByDuty(byDuty)
                    .build());
            p.addDocuments(doc(DocumentKind.HASIL_TIM_PENGUJI_KESEHATAN, "KS.02.03/" + (100 + r.nextInt(9000)) + "/"
                            + examined.getYear(), examined))
                    .dismissal(Dismissal.builder().ground(DismissalGround.UNFIT).kind(DismissalKind.HONOURABLE)
                            .pensionClaimed(true).build());
        }

        private void downsizing() {
            // aged 50 with 10 years' service: dismissed with a pension, without waiting pay
            dismissedPns(PositionLevel.PELAKSANA, 50, 57, 10);
            p.addDocuments(doc(DocumentKind.INVENTARISASI_KELEBIHAN_PNS, "800/" + (1000 + r.nextInt(9000))
                            + "-BKPSDM", tmt.minusMonths(between(3, 6))))
                    .dismissal(Dismissal.builder().ground(DismissalGround.DOWNSIZING).kind(DismissalKind.HONOURABLE)
                            .pensionClaimed(true).build());
        }

        private void dishonourable() {
            dismissedPns(pick(new PositionLevel[] {PositionLevel.PENGAWAS, PositionLevel.ADMINISTRATOR,
                PositionLevel.PELAKSANA}), 35, 56, 5);
            LocalDate judgment = tmt.withDayOfMonth(between(1, tmt.lengthOfMonth() - 1));
            e.criminalCase(CriminalCase.builder().status(CriminalStatus.CONVICTED).finalJudgmentOn(judgment)
                    .sentenceMonths(between(12, 96)).premeditated(false)
                    .offence(r.nextInt(4) == 0 ? OffenceKind.RELATED_TO_OFFICE : OffenceKind.IN_OFFICE).build());
            p.addDocuments(doc(DocumentKind.PUTUSAN_PENGADILAN, "Putusan " + (100 + r.nextInt(3000)) + " K/Pid.Sus/"
                            + judgment.getYear(), judgment))
                    .dismissal(Dismissal.builder().ground(DismissalGround.CRIME_IN_OFFICE)
                            .kind(DismissalKind.DISHONOURABLE).pensionClaimed(false).build());
        }

        private void temporary() {
            dismissedPns(dismissalLevel(), 30, 55, 2);
            e.criminalCase(CriminalCase.builder().status(CriminalStatus.DETAINED).detainedOn(tmt).build());
            p.addDocuments(doc(DocumentKind.OTHER, "Surat perintah penahanan Print-" + (100 + r.nextInt(900)) + "/"
                            + tmt.getYear(), tmt))
                    .dismissal(Dismissal.builder().ground(DismissalGround.DETENTION).build());
        }

        private void pppkTermination() {
            int years = r.nextInt(100) < 70 ? 5 : between(1, 4);
            LocalDate tmtPppk = tmt.minusYears(years);
            EducationLevel education = r.nextInt(4) == 0 ? EducationLevel.D3 : EducationLevel.S1;
            LocalDate birth = tmt.minusYears(between(26, 55)).minusDays(r.nextInt(365));
            pppk(birth, tmtPppk);
            education(education, tmtPppk);
            e.grade(pppkGrade(education)).gradeSince(tmtPppk)
                    .contract(Period.builder().from(tmtPppk).to(tmt.minusDays(1)).build());
            current = pppkPosition(tmtPppk, education);
            p.addDocuments(doc(DocumentKind.PERJANJIAN_KERJA, "800/PK/" + tmtPppk.getYear() + "/"
                            + (1000 + r.nextInt(9000)), tmtPppk.minusDays(10)))
                    .dismissal(Dismissal.builder().ground(DismissalGround.CONTRACT_END).kind(DismissalKind.HONOURABLE)
                            .build());
        }

        private void otherGround() {
            dismissedPns(pick(new PositionLevel[] {PositionLevel.PELAKSANA, PositionLevel.PELAKSANA,
                PositionLevel.PENGAWAS, PositionLevel.TERAMPIL}), 30, 56, 4);
            LocalDate judgment = tmt.withDayOfMonth(between(1, tmt.lengthOfMonth() - 1));
            e.criminalCase(CriminalCase.builder().status(CriminalStatus.CONVICTED).finalJudgmentOn(judgment)
                    .sentenceMonths(between(24, 72)).premeditated(false).offence(OffenceKind.GENERAL)
                    .probation(false).build());
            Employee so = e.build();
            p.addDocuments(doc(DocumentKind.PUTUSAN_PENGADILAN, "Putusan PN " + (10 + r.nextInt(900)) + "/Pid.B/"
                            + judgment.getYear(), judgment))
                    .dismissal(Dismissal.builder().ground(DismissalGround.SENTENCE_2Y).kind(DismissalKind.HONOURABLE)
                            .pensionClaimed(pensionRight(so.getBirthDate().orElseThrow(),
                                    so.getPensionServiceMonths().orElseThrow()))
                            .build());
        }

        // ---- the deficient scenarios ----

        /** The approvals dropped; a decision that needed none is signed by an acting head who has none. */
        private Proposal unapproved(ImmutableProposal lawful) {
            if (!lawful.getApprovals().isEmpty()) {
                return lawful.withApprovals(List.of());
            }
            Signer acting;
            if (central) {
                acting = ImmutableSigner.copyOf(lawful.getSigner().orElseThrow()).withCapacity(SignerCapacity.PLT)
                        .withName("Plt. " + lawful.getSigner().get().getName().orElse(""));
            } else {
                acting = regionalHead(region, tmt.isBefore(ACTING_FROM) || tmt.isAfter(ACTING_UNTIL)
                        ? SignerCapacity.PLT : SignerCapacity.PJ);
            }
            return lawful.withSigner(acting);
        }

        /** A field or a document the rules need, missing. */
        private Proposal missing(ImmutableProposal lawful) {
            ImmutableEmployee emp = ImmutableEmployee.copyOf(lawful.getEmployee());
            boolean pppk = emp.getStatus().orElseThrow() == EmploymentStatus.PPPK;
            int choice = r.nextInt(6);
            DocumentKind document = keyDocument();
            if (choice == 5 && document == null) {
                choice = 0;
            }
            switch (choice) {
                case 0:
                    return lawful.withEmployee(emp.withBirthDate(Optional.empty()));
                case 1:
                    // a PPPK's status stays: without it a NI PPPK reads as a NIP
                    return lawful.withEmployee(pppk ? emp.withTmtPppk(Optional.empty())
                            : emp.withStatus(Optional.empty()));
                case 2:
                    if (action == Action.PPPK_TERMINATION) {
                        return lawful.withEmployee(emp.withContract(Period.builder()
                                .from(emp.getContract().orElseThrow().getFrom()).build()));
                    }
                    return lawful.withEmployee(emp.withCurrentPosition(ImmutablePosition.copyOf(
                            emp.getCurrentPosition().orElseThrow()).withLevel(Optional.empty())));
                case 3:
                    if (action == Action.PPPK_CONTRACT_EXTENSION) {
                        return lawful.withContractPeriod(Period.builder().from(tmt).build());
                    }
                    return lawful.withEmployee(pppk ? emp.withBirthDate(Optional.empty())
                            : emp.withTmtCpns(Optional.empty()));
                case 4:
                    return lawful.withSigner(Optional.empty());
                default:
                    List<Document> documents = new ArrayList<>();
                    for (Document d : lawful.getDocuments()) {
                        if (d.getKind() != document) {
                            documents.add(d);
                        }
                    }
                    AssessmentKind assessment = document == DocumentKind.SURAT_SEHAT ? AssessmentKind.HEALTH
                            : document == DocumentKind.SERTIFIKAT_LATSAR ? AssessmentKind.LATSAR : null;
                    List<AssessmentResult> assessments = new ArrayList<>();
                    for (AssessmentResult a : emp.getAssessments()) {
                        if (a.getKind() != assessment) {
                            assessments.add(a);
                        }
                    }
                    return lawful.withDocuments(documents).withEmployee(emp.withAssessments(assessments));
            }
        }

        /** @return the document whose absence the rules report for this action, or null */
        private DocumentKind keyDocument() {
            switch (action) {
                case BETWEEN_AGENCIES:
                    return DocumentKind.ANJAB_ABK;
                case CPNS_TO_PNS:
                    return DocumentKind.SERTIFIKAT_LATSAR;
                case INTO_POSITION:
                    // a definitive appointment into an administration or JPT post needs the health certificate
                    return target.getPosition().getLevel().orElseThrow().isFunctional()
                            || target.getAssignment().orElseThrow() == AssignmentType.PLT ? null
                            : DocumentKind.SURAT_SEHAT;
                case OWN_REQUEST:
                case EARLY_RETIREMENT:
                    return DocumentKind.PERMOHONAN;
                case DEATH:
                    return DocumentKind.AKTA_KEMATIAN;
                case HEALTH:
                    return DocumentKind.HASIL_TIM_PENGUJI_KESEHATAN;
                case ORGANISATION_DOWNSIZING:
                    return DocumentKind.INVENTARISASI_KELEBIHAN_PNS;
                case DISHONOURABLE:
                case OTHER_GROUND:
                    return DocumentKind.PUTUSAN_PENGADILAN;
                default:
                    return null;
            }
        }

        /** A fact that breaks a rule. */
        private Proposal defect(ImmutableProposal lawful) {
            ImmutableEmployee emp = ImmutableEmployee.copyOf(lawful.getEmployee());
            if (r.nextBoolean()) {
                switch (action) {
                    case RETIREMENT_AGE:
                        // the TMT entered as the birthday month's first day, not the first of the next month
                        return lawful.withEffectiveDate(tmt.minusMonths(1));
                    case WITHIN_AGENCY:
                    case BETWEEN_AGENCIES:
                        return lawful.withEmployee(emp.withStatus(EmploymentStatus.CPNS).withTmtPns(Optional.empty()));
                    case JPT_REPLACEMENT:
                        // replaced within two years of the inauguration
                        return lawful.withEmployee(emp.withCurrentPosition(ImmutablePosition.copyOf(
                                emp.getCurrentPosition().orElseThrow()).withSince(tmt.minusMonths(between(3, 20)))));
                    case DEATH:
                        // dismissed from the first of the month before the death
                        return lawful.withEffectiveDate(tmt.withDayOfMonth(1).minusMonths(1));
                    case EARLY_RETIREMENT:
                        // a pension claimed with less than 20 years' pensionable service (years of unpaid leave)
                        return lawful.withEmployee(emp.withPensionServiceMonths(12 * between(12, 19)));
                    default:
                        break;
                }
            }
            if (emp.getStatus().orElseThrow() == EmploymentStatus.PPPK) {
                return lawful.withEmployee(emp.withGender(gender == Gender.MALE ? Gender.FEMALE : Gender.MALE));
            }
            // a data-entry error: the birth date disagrees with the NIP by a few days
            return lawful.withEmployee(emp.withBirthDate(emp.getBirthDate().orElseThrow().plusDays(1 + r.nextInt(20))));
        }
    }

    /** @return the NI PPPK of the parts, with the regular code 21 */
    static Nip niPppk(LocalDate birth, int year, Gender sex, int sequence) {
        char[] c = new char[18];
        put(c, 0, birth.getYear(), 4);
        put(c, 4, birth.getMonthValue(), 2);
        put(c, 6, birth.getDayOfMonth(), 2);
        put(c, 8, year, 4);
        c[12] = '2';
        c[13] = '1';
        c[14] = sex == Gender.MALE ? '1' : '2';
        put(c, 15, sequence, 3);
        return Nip.parse(new String(c));
    }

    private static void put(char[] c, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

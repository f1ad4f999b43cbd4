package io.github.imut.law;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The political calendar: for each region, the regional-head elections whose dates open and close the
 * political-neutrality windows (UU 10/2016 Pasal 71 and 162).
 *
 * <p>A calendar holds nationwide cycles (simultaneous pilkada, which every region holds unless excluded) and
 * per-region entries that replace a nationwide cycle's dates for one region (dispute and re-vote regions were
 * inaugurated later) or add an election only that region held. It also states its {@link #coverage()}: the dates for
 * which it claims to know every election. A rule asked about a date outside the coverage cannot say that no window
 * applies, and reports the calendar as incomplete rather than passing.
 *
 * <p>{@link #fromJson(InputStream)} is strict, because a misspelt key would silently leave a date unknown: it
 * accepts only the keys shown below (and {@code note} anywhere), rejects a key or cycle given twice, region codes
 * other than {@code 13} or {@code 13.12}, impossible dates and an inauguration before the candidate determination,
 * each with a message saying where.
 *
 * <p>Immutable and thread-safe. JSON form:
 * <pre>{@code
 * { "coverage": { "from": "2023-01-01", "until": "2028-12-31" },
 *   "nationwide": [ { "id": "PILKADA-2024", "candidateDetermination": "2024-09-22", "voting": "2024-11-27",
 *                     "inauguration": "2025-02-20", "excludedRegions": ["34"] } ],
 *   "regions": { "16.11": [ { "id": "PILKADA-2024", "candidateDetermination": "2024-09-22",
 *                             "inauguration": "2025-06-16" } ] } }
 * }</pre>
 */
public final class PoliticalCalendar {
    /** An entry given twice must not silently lose its first definition. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    /** What a calendar covers when it states nothing: no day. */
    private static final InForce NO_COVERAGE = InForce.between(LocalDate.MIN, LocalDate.MIN);
    private static final Set<String> ROOT_KEYS = Set.of("coverage", "nationwide", "regions", "note");
    private static final Set<String> COVERAGE_KEYS = Set.of("from", "until", "note");
    private static final Set<String> NATIONWIDE_KEYS = Set.of("id", "candidateDetermination", "voting",
            "inauguration", "excludedRegions", "note");
    private static final Set<String> REGION_KEYS = Set.of("id", "candidateDetermination", "voting", "inauguration",
            "note");
    private static final PoliticalCalendar EMPTY =
            new PoliticalCalendar(NO_COVERAGE, false, List.of(), Map.of(), Map.of());

    private final InForce coverage;
    private final boolean coverageStated;
    private final List<RegionalElection> nationwide;
    private final Map<String, Set<String>> exclusions;
    private final Map<String, Map<String, RegionalElection>> regional;
    /** {@link #electionsIn} per region, filled on first use (the calendar itself is immutable). */
    private final Map<String, List<RegionalElection>> resolved = new ConcurrentHashMap<>();
    private static final int MAX_RESOLVED = 20_000;

    private PoliticalCalendar(InForce coverage, boolean coverageStated, List<RegionalElection> nationwide,
            Map<String, Set<String>> exclusions, Map<String, Map<String, RegionalElection>> regional) {
        this.coverage = coverage;
        this.coverageStated = coverageStated;
        this.nationwide = nationwide;
        this.exclusions = exclusions;
        this.regional = regional;
    }

    /** @return a calendar that knows no election and covers no date */
    public static PoliticalCalendar empty() {
        return EMPTY;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a calendar from JSON (see the class description).
     *
     * @param in the document; not closed
     * @return the calendar
     * @throws IllegalArgumentException naming the defect if the document is malformed
     */
    public static PoliticalCalendar fromJson(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Political calendar is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Political calendar: expected a JSON object");
        }
        keys(root, ROOT_KEYS, "Political calendar");
        Builder b = builder();
        JsonNode cov = root.get("coverage");
        if (cov == null || !cov.isObject()) {
            throw new IllegalArgumentException("Political calendar: \"coverage\" {from, until} is required");
        }
        keys(cov, COVERAGE_KEYS, "Political calendar coverage");
        LocalDate from = date(cov, "from", "coverage", true);
        LocalDate until = date(cov, "until", "coverage", true);
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("Political calendar coverage: \"until\" " + until
                    + " is before \"from\" " + from);
        }
        b.coverage(InForce.between(from, until));
        JsonNode nationwide = list(root, "nationwide", "Political calendar");
        Set<String> cycles = new TreeSet<>();
        for (int i = 0; i < nationwide.size(); i++) {
            JsonNode c = nationwide.get(i);
            String where = "nationwide[" + i + "]";
            RegionalElection election = election(c, where, NATIONWIDE_KEYS);
            if (!cycles.add(election.cycleId())) {
                throw new IllegalArgumentException("Political calendar " + where + ": cycle \"" + election.cycleId()
                        + "\" is listed twice");
            }
            List<String> excluded = new ArrayList<>();
            for (JsonNode n : list(c, "excludedRegions", "Political calendar " + where)) {
                if (!n.isTextual()) {
                    throw new IllegalArgumentException("Political calendar " + where
                            + ": \"excludedRegions\" holds region codes as text, not " + n);
                }
                excluded.add(regionCode(n.asText(), "Political calendar " + where + " excludedRegions"));
            }
            b.nationwide(election, excluded);
        }
        JsonNode regions = root.path("regions");
        if (!regions.isMissingNode() && !regions.isObject()) {
            throw new IllegalArgumentException("Political calendar: \"regions\" must be an object of region codes");
        }
        for (Map.Entry<String, JsonNode> e : regions.properties()) {
            String region = regionCode(e.getKey(), "Political calendar regions");
            JsonNode entries = e.getValue();
            if (!entries.isArray()) {
                throw new IllegalArgumentException("Political calendar regions." + region
                        + ": must be a list [ ... ] of elections");
            }
            Set<String> own = new TreeSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String where = "regions." + region + "[" + i + "]";
                RegionalElection election = election(entries.get(i), where, REGION_KEYS);
                if (!own.add(election.cycleId())) {
                    throw new IllegalArgumentException("Political calendar " + where + ": cycle \""
                            + election.cycleId() + "\" is listed twice for the region");
                }
                b.region(region, election);
            }
        }
        return b.build();
    }

    /** @return the array under {@code field}, or an empty array if absent */
    private static JsonNode list(JsonNode node, String field, String where) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return JSON.createArrayNode();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a list [ ... ]");
        }
        return n;
    }

    private static void keys(JsonNode node, Set<String> allowed, String where) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!allowed.contains(e.getKey())) {
                throw new IllegalArgumentException(where + ": unknown key \"" + e.getKey() + "\"; known: "
                        + new TreeSet<>(allowed));
            }
        }
    }

    /** Checks a Ministry of Home Affairs region code: {@code 13} (province) or {@code 13.12} (regency or city). */
    static String regionCode(String code, String where) {
        boolean ok = code != null && (code.length() == 2 || code.length() == 5 && code.charAt(2) == '.');
        for (int i = 0; ok && i < code.length(); i++) {
            ok = i == 2 || Character.isDigit(code.charAt(i)) && code.charAt(i) < 128;
        }
        if (!ok) {
            throw new IllegalArgumentException(where + ": \"" + code + "\" is not a Ministry of Home Affairs region "
                    + "code (13 for a province, 13.12 for a regency or city)");
        }
        return code;
    }

    private static RegionalElection election(JsonNode c, String where, Set<String> allowed) {
        if (c == null || !c.isObject()) {
            throw new IllegalArgumentException("Political calendar " + where + ": expected an object {id, "
                    + "candidateDetermination, voting, inauguration}");
        }
        keys(c, allowed, "Political calendar " + where);
        JsonNode id = c.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new IllegalArgumentException("Political calendar " + where + ": \"id\" is required");
        }
        LocalDate determination = date(c, "candidateDetermination", where, true);
        LocalDate inauguration = date(c, "inauguration", where, false);
        if (inauguration != null && inauguration.isBefore(determination)) {
            throw new IllegalArgumentException("Political calendar " + where + ": \"inauguration\" " + inauguration
                    + " is before \"candidateDetermination\" " + determination);
        }
        return RegionalElection.of(id.asText(), determination, date(c, "voting", where, false), inauguration);
    }

    private static LocalDate date(JsonNode node, String field, String where, boolean required) {
        JsonNode d = node.get(field);
        if (d == null || d.isNull()) {
            if (required) {
                throw new IllegalArgumentException("Political calendar " + where + ": \"" + field + "\" is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(d.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Political calendar " + where + ": \"" + field
                    + "\" is not an ISO date: " + d.asText(), e);
        }
    }

    /** @return the dates for which this calendar claims to know every election */
    public InForce coverage() {
        return coverage;
    }

    /**
     * @param regionCode a region (Ministry of Home Affairs code, e.g. {@code 13.12})
     * @return the elections that region holds, ordered by candidate determination; empty if none is known. The
     *     list is unmodifiable and resolved once per region: rules call this on every check, and it allocates
     *     nothing after the first call for a region.
     */
    public List<RegionalElection> electionsIn(String regionCode) {
        List<RegionalElection> known = resolved.get(regionCode);
        if (known == null) {
            known = List.copyOf(resolve(regionCode));
            // region codes are two or five characters after validation; the bound only guards direct callers
            if (resolved.size() < MAX_RESOLVED) {
                resolved.putIfAbsent(regionCode, known);
            }
        }
        return known;
    }

    private List<RegionalElection> resolve(String regionCode) {
        Map<String, RegionalElection> own = regional.getOrDefault(regionCode, Map.of());
        List<RegionalElection> out = new ArrayList<>(nationwide.size() + own.size());
        for (RegionalElection n : nationwide) {
            RegionalElection override = own.get(n.cycleId());
            if (override != null) {
                out.add(override);
            } else if (!exclusions.getOrDefault(n.cycleId(), Set.of()).contains(regionCode)) {
                out.add(n.inRegion(regionCode));
            }
        }
        for (RegionalElection r : own.values()) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(RegionalElection::candidateDetermination));
        return out;
    }

    /**
     * @param overrides a calendar whose entries take precedence
     * @return a calendar with the overrides' coverage (this one's if the overrides state none, so that a user who
     *     only moves one region's dates keeps the default coverage), nationwide cycles (same id replaced, with the
     *     overriding cycle's exclusions) and regional entries (same region and cycle replaced) laid over this one's
     */
    public PoliticalCalendar overriddenBy(PoliticalCalendar overrides) {
        if (overrides == EMPTY) {
            return this;
        }
        Builder b = builder();
        if (overrides.coverageStated) {
            b.coverage(overrides.coverage);
        } else if (coverageStated) {
            b.coverage(coverage);
        }
        Map<String, RegionalElection> cycles = new LinkedHashMap<>();
        Map<String, Set<String>> excl = new TreeMap<>(exclusions);
        for (RegionalElection n : nationwide) {
            cycles.put(n.cycleId(), n);
        }
        for (RegionalElection n : overrides.nationwide) {
            cycles.put(n.cycleId(), n);
            excl.put(n.cycleId(), overrides.exclusions.getOrDefault(n.cycleId(), Set.of()));
        }
        for (RegionalElection n : cycles.values()) {
            b.nationwide(n, excl.getOrDefault(n.cycleId(), Set.of()));
        }
        regional.forEach((region, m) -> m.values().forEach(e -> b.region(region, e)));
        overrides.regional.forEach((region, m) -> m.values().forEach(e -> b.region(region, e)));
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PoliticalCalendar)) {
            return false;
        }
        PoliticalCalendar c = (PoliticalCalendar) o;
        return coverage.equals(c.coverage) && coverageStated == c.coverageStated && nationwide.equals(c.nationwide) && exclusions.equals(c.exclusions)
                && regional.equals(c.regional);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coverage, coverageStated, nationwide, exclusions, regional);
    }

    @Override
    public String toString() {
        return "PoliticalCalendar[coverage " + coverage + ", nationwide " + nationwide + " excluding " + exclusions
                + ", regional " + regional + "]";
    }

    /** Builds a {@link PoliticalCalendar}; not thread-safe. */
    public static final class Builder {
        private InForce coverage = NO_COVERAGE;
        private boolean coverageStated;
        private final Map<String, RegionalElection> nationwide = new LinkedHashMap<>();
        private final Map<String, Set<String>> exclusions = new TreeMap<>();
        private final Map<String, Map<String, RegionalElection>> regional = new TreeMap<>();

        private Builder() {
        }

        /**
         * @param period the dates for which the calendar claims to know every election
         * @return this builder
         */
        public Builder coverage(InForce period) {
            this.coverage = Objects.requireNonNull(period, "period");
            this.coverageStated = true;
            return this;
        }

        /**
         * Adds (or replaces, by id) a simultaneous election that every region holds except the excluded ones.
         *
         * @param election        the election's dates
         * @param excludedRegions regions that did not take part (e.g. {@code 34}, DIY province)
         * @return this builder
         */
        public Builder nationwide(RegionalElection election, Iterable<String> excludedRegions) {
            nationwide.put(election.cycleId(), election);
            Set<String> ex = new TreeSet<>();
            for (String region : excludedRegions) {
                ex.add(regionCode(region, "Political calendar " + election.cycleId() + " excluded region"));
            }
            exclusions.put(election.cycleId(), Collections.unmodifiableSet(ex));
            return this;
        }

        /**
         * Sets one region's dates for a cycle: replaces the nationwide dates for that region, or adds an election
         * only that region held.
         *
         * @param regionCode the region
         * @param election   its dates
         * @return this builder
         */
        public Builder region(String regionCode, RegionalElection election) {
            regionCode(Objects.requireNonNull(regionCode, "regionCode"), "Political calendar region");
            regional.computeIfAbsent(regionCode, k -> new TreeMap<>())
                    .put(election.cycleId(), election.inRegion(regionCode));
            return this;
        }

        /** @return the calendar */
        public PoliticalCalendar build() {
            Map<String, Map<String, RegionalElection>> reg = new TreeMap<>();
            regional.forEach((k, v) -> reg.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            return new PoliticalCalendar(coverage, coverageStated, List.copyOf(nationwide.values()),
                    Collections.unmodifiableMap(new TreeMap<>(exclusions)), Collections.unmodifiableMap(reg));
        }
    }
}

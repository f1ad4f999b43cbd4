package io.github.imut.law;

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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PoliticalCalendar EMPTY =
            new PoliticalCalendar(InForce.between(LocalDate.MIN, LocalDate.MIN), List.of(), Map.of(), Map.of());

    private final InForce coverage;
    private final List<RegionalElection> nationwide;
    private final Map<String, Set<String>> exclusions;
    private final Map<String, Map<String, RegionalElection>> regional;
    /** {@link #electionsIn} per region, filled on first use (the calendar itself is immutable). */
    private final Map<String, List<RegionalElection>> resolved = new ConcurrentHashMap<>();
    private static final int MAX_RESOLVED = 20_000;

    private PoliticalCalendar(InForce coverage, List<RegionalElection> nationwide, Map<String, Set<String>> exclusions,
            Map<String, Map<String, RegionalElection>> regional) {
        this.coverage = coverage;
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
        Builder b = builder();
        JsonNode cov = root.get("coverage");
        if (cov == null) {
            throw new IllegalArgumentException("Political calendar: \"coverage\" {from, until} is required");
        }
        b.coverage(InForce.between(date(cov, "from", "coverage", true), date(cov, "until", "coverage", true)));
        JsonNode nationwide = root.path("nationwide");
        for (int i = 0; i < nationwide.size(); i++) {
            JsonNode c = nationwide.get(i);
            List<String> excluded = new ArrayList<>();
            c.path("excludedRegions").forEach(n -> excluded.add(n.asText()));
            b.nationwide(election(c, "nationwide[" + i + "]"), excluded);
        }
        for (Map.Entry<String, JsonNode> e : root.path("regions").properties()) {
            for (int i = 0; i < e.getValue().size(); i++) {
                b.region(e.getKey(), election(e.getValue().get(i), "regions." + e.getKey() + "[" + i + "]"));
            }
        }
        return b.build();
    }

    private static RegionalElection election(JsonNode c, String where) {
        JsonNode id = c.get("id");
        if (id == null || id.asText().isBlank()) {
            throw new IllegalArgumentException("Political calendar " + where + ": \"id\" is required");
        }
        return RegionalElection.of(id.asText(), date(c, "candidateDetermination", where, true),
                date(c, "voting", where, false), date(c, "inauguration", where, false));
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
     * @return a calendar with the overrides' coverage, nationwide cycles (same id replaced) and regional entries
     *     (same region and cycle replaced) laid over this one's
     */
    public PoliticalCalendar overriddenBy(PoliticalCalendar overrides) {
        if (overrides == EMPTY) {
            return this;
        }
        Builder b = builder().coverage(overrides.coverage);
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
        return coverage.equals(c.coverage) && nationwide.equals(c.nationwide) && exclusions.equals(c.exclusions)
                && regional.equals(c.regional);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coverage, nationwide, exclusions, regional);
    }

    @Override
    public String toString() {
        return "PoliticalCalendar[coverage " + coverage + ", nationwide " + nationwide + " excluding " + exclusions
                + ", regional " + regional + "]";
    }

    /** Builds a {@link PoliticalCalendar}; not thread-safe. */
    public static final class Builder {
        private InForce coverage = InForce.between(LocalDate.MIN, LocalDate.MIN);
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
            excludedRegions.forEach(ex::add);
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
            Objects.requireNonNull(regionCode, "regionCode");
            regional.computeIfAbsent(regionCode, k -> new TreeMap<>())
                    .put(election.cycleId(), election.inRegion(regionCode));
            return this;
        }

        /** @return the calendar */
        public PoliticalCalendar build() {
            Map<String, Map<String, RegionalElection>> reg = new TreeMap<>();
            regional.forEach((k, v) -> reg.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            return new PoliticalCalendar(coverage, List.copyOf(nationwide.values()),
                    Collections.unmodifiableMap(new TreeMap<>(exclusions)), Collections.unmodifiableMap(reg));
        }
    }
}

package io.github.imut.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One regional-head election (pilkada) as it concerns one region: the dates the political-neutrality windows are
 * counted from. Immutable and thread-safe.
 */
public final class RegionalElection {
    private final String cycleId;
    private final String regionCode;
    private final LocalDate candidateDetermination;
    private final LocalDate voting;
    private final LocalDate inauguration;

    private RegionalElection(String cycleId, String regionCode, LocalDate candidateDetermination, LocalDate voting,
            LocalDate inauguration) {
        this.cycleId = Objects.requireNonNull(cycleId, "cycleId");
        this.regionCode = regionCode;
        this.candidateDetermination = Objects.requireNonNull(candidateDetermination, "candidateDetermination");
        this.voting = voting;
        this.inauguration = inauguration;
        if (inauguration != null && inauguration.isBefore(candidateDetermination)) {
            throw new IllegalArgumentException("Election " + cycleId + " in " + regionCode
                    + ": inauguration before candidate determination");
        }
    }

    /**
     * @param cycleId                the cycle, e.g. {@code PILKADA-2024}
     * @param candidateDetermination the day the KPU determined the candidate pairs (penetapan pasangan calon)
     * @param voting                 voting day, or null if unknown
     * @param inauguration           the elected head's inauguration (pelantikan), or null if not yet known
     * @return an election not yet tied to a region
     */
    public static RegionalElection of(String cycleId, LocalDate candidateDetermination, LocalDate voting,
            LocalDate inauguration) {
        return new RegionalElection(cycleId, null, candidateDetermination, voting, inauguration);
    }

    RegionalElection inRegion(String code) {
        return new RegionalElection(cycleId, code, candidateDetermination, voting, inauguration);
    }

    /** @return the cycle, e.g. {@code PILKADA-2024} */
    public String cycleId() {
        return cycleId;
    }

    /** @return the region (Ministry of Home Affairs code), empty for a nationwide template */
    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    /** @return the day the candidate pairs were determined (penetapan pasangan calon) */
    public LocalDate candidateDetermination() {
        return candidateDetermination;
    }

    /** @return voting day, if known */
    public Optional<LocalDate> voting() {
        return Optional.ofNullable(voting);
    }

    /**
     * @return the day the elected head was inaugurated (the end of the incumbent's or Pj's term), if known; while it
     *     is unknown the pre-election freeze has not ended
     */
    public Optional<LocalDate> inauguration() {
        return Optional.ofNullable(inauguration);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegionalElection)) {
            return false;
        }
        RegionalElection e = (RegionalElection) o;
        return cycleId.equals(e.cycleId) && Objects.equals(regionCode, e.regionCode)
                && candidateDetermination.equals(e.candidateDetermination) && Objects.equals(voting, e.voting)
                && Objects.equals(inauguration, e.inauguration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cycleId, regionCode, candidateDetermination, voting, inauguration);
    }

    @Override
    public String toString() {
        return cycleId + (regionCode == null ? "" : "@" + regionCode) + "[penetapan " + candidateDetermination
                + ", pelantikan " + (inauguration == null ? "?" : inauguration) + "]";
    }
}

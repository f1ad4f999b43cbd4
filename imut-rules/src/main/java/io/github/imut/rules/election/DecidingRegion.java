package io.github.imut.rules.election;

import io.github.imut.model.Agency;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.Target;
import java.util.Optional;

/**
 * Which regional government decides a proposal, for the political-cycle windows: the receiving agency when the
 * proposal names one, else the employee's own agency. Its region code is the agency's, else the signer's.
 */
final class DecidingRegion {
    /** How the resolution ended. */
    enum Kind { REGIONAL, CENTRAL, AGENCY_UNKNOWN, REGION_UNKNOWN }

    final Kind kind;
    final String regionCode;
    final String agencyPath;

    private static final String EMPLOYEE_AGENCY = "employee.agency";
    private static final String TARGET_AGENCY = "target.agency";
    // the resolutions without a region code are shared: they carry nothing else (hot path)
    private static final DecidingRegion AGENCY_UNKNOWN = new DecidingRegion(Kind.AGENCY_UNKNOWN, null,
            EMPLOYEE_AGENCY);
    private static final DecidingRegion CENTRAL_EMPLOYEE = new DecidingRegion(Kind.CENTRAL, null, EMPLOYEE_AGENCY);
    private static final DecidingRegion CENTRAL_TARGET = new DecidingRegion(Kind.CENTRAL, null, TARGET_AGENCY);
    private static final DecidingRegion REGION_UNKNOWN_EMPLOYEE = new DecidingRegion(Kind.REGION_UNKNOWN, null,
            EMPLOYEE_AGENCY);
    private static final DecidingRegion REGION_UNKNOWN_TARGET = new DecidingRegion(Kind.REGION_UNKNOWN, null,
            TARGET_AGENCY);

    private DecidingRegion(Kind kind, String regionCode, String agencyPath) {
        this.kind = kind;
        this.regionCode = regionCode;
        this.agencyPath = agencyPath;
    }

    /**
     * @param target the proposal's target, as the rule has read it (the getter allocates: hot path)
     * @return the region that decides: the target's agency, else the employee's, with the signer's region code
     *     where the agency gives none
     */
    static DecidingRegion of(Proposal proposal, Optional<Target> target) {
        // each Optional getter is read once: every call allocates (hot path)
        Optional<Agency> agency = target.isPresent() ? target.get().getAgency() : Optional.empty();
        boolean fromTarget = agency.isPresent();
        if (!fromTarget) {
            agency = proposal.getEmployee().getAgency();
        }
        if (agency.isEmpty()) {
            return AGENCY_UNKNOWN;
        }
        if (!agency.get().getKind().isRegional()) {
            return fromTarget ? CENTRAL_TARGET : CENTRAL_EMPLOYEE;
        }
        Optional<String> code = agency.get().getRegionCode();
        if (code.isEmpty()) {
            Optional<Signer> signer = proposal.getSigner();
            if (signer.isPresent()) {
                code = signer.get().getRegionCode();
            }
        }
        if (code.isEmpty()) {
            return fromTarget ? REGION_UNKNOWN_TARGET : REGION_UNKNOWN_EMPLOYEE;
        }
        return new DecidingRegion(Kind.REGIONAL, code.get(), fromTarget ? TARGET_AGENCY : EMPLOYEE_AGENCY);
    }
}

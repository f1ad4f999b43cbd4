package io.github.imut.rules.election;

import io.github.imut.model.Agency;
import io.github.imut.model.Proposal;
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

    private DecidingRegion(Kind kind, String regionCode, String agencyPath) {
        this.kind = kind;
        this.regionCode = regionCode;
        this.agencyPath = agencyPath;
    }

    static DecidingRegion of(Proposal proposal) {
        Optional<Agency> agency = Optional.empty();
        String path = "employee.agency";
        Optional<Target> target = proposal.getTarget();
        if (target.isPresent() && target.get().getAgency().isPresent()) {
            agency = target.get().getAgency();
            path = "target.agency";
        } else if (proposal.getEmployee().getAgency().isPresent()) {
            agency = proposal.getEmployee().getAgency();
        }
        if (agency.isEmpty()) {
            return new DecidingRegion(Kind.AGENCY_UNKNOWN, null, path);
        }
        if (!agency.get().getKind().isRegional()) {
            return new DecidingRegion(Kind.CENTRAL, null, path);
        }
        Optional<String> code = agency.get().getRegionCode();
        if (code.isEmpty() && proposal.getSigner().isPresent()) {
            code = proposal.getSigner().get().getRegionCode();
        }
        return code.isPresent() ? new DecidingRegion(Kind.REGIONAL, code.get(), path)
                : new DecidingRegion(Kind.REGION_UNKNOWN, null, path);
    }
}

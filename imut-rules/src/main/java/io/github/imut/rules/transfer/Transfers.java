package io.github.imut.rules.transfer;

import io.github.imut.check.Evaluation;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Ground;
import io.github.imut.model.Initiator;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What several transfer rules share: the scope of the Peraturan BKN 5/2019 Pasal 3 document set (inter-agency and
 * own-request transfers), the ground codes the rules accept, lookups of documents and approvals, and the provisions
 * they cite.
 */
final class Transfers {
    /** Ground code: the JPT holder violated the law (JPT-2Y-PROTECT exception). */
    static final String GROUND_VIOLATION = "PELANGGARAN";
    /** Ground code: the JPT holder no longer meets the job requirements (JPT-2Y-PROTECT exception). */
    static final String GROUND_REQUIREMENTS_LOST = "TIDAK_MEMENUHI_SYARAT";
    /** Ground code: rotation of a JPT holder on performance grounds under SE MenPANRB 19/2023 (JPT-2Y-RELAX). */
    static final String GROUND_PERFORMANCE = "KINERJA";
    /** Ground code: organisational downsizing, the only ground for moving a PPPK (MUT-PPPK). */
    static final String GROUND_DOWNSIZING = "PERAMPINGAN_ORGANISASI";

    /** UU 20/2023 was promulgated, and UU 5/2014 revoked, on this day. */
    static final LocalDate UU20_2023 = LocalDate.of(2023, 10, 31);
    /** UU 5/2014 was in force from 15-01-2014 until the day before UU 20/2023. */
    static final InForce UNDER_UU5 = InForce.between(LocalDate.of(2014, 1, 15), UU20_2023.minusDays(1));
    static final InForce UNDER_UU20 = InForce.from(UU20_2023);
    /** Permenpan RB 6/2024 was signed on this day. */
    static final LocalDate PERMENPAN_6_2024 = LocalDate.of(2024, 7, 18);

    static final LegalBasis PERBAN5_3 = LegalBasis.of("Peraturan BKN 5/2019").article("3");
    static final LegalBasis PERBAN5_5 = LegalBasis.of("Peraturan BKN 5/2019").article("5");

    private static final Map<DocumentKind, String> PATHS = new EnumMap<>(DocumentKind.class);

    static {
        for (DocumentKind k : DocumentKind.values()) {
            PATHS.put(k, "documents[" + k.name() + "]");
        }
    }

    private Transfers() {
    }

    /**
     * The transfers Peraturan BKN 5/2019 Pasal 3 (and Pasal 5 for own requests) concerns.
     *
     * @param reportUnknown whether this rule names a missing {@code initiatedBy} ({@code MUT-DOCS} does; the other
     *                      rules of the document set then stay silent, so the field is named once and the verdict is
     *                      still BTL)
     * @return null for a transfer between agencies or at the employee's own request; not applicable for a move the
     *     agency ordered within itself; for a within-agency move that does not say who initiated it, INCOMPLETE naming
     *     {@code initiatedBy} when {@code reportUnknown}, else not applicable
     */
    static Evaluation documentSetScope(Proposal proposal, boolean reportUnknown) {
        if (proposal.getAction() == Action.BETWEEN_AGENCIES) {
            return null;
        }
        Optional<Initiator> by = proposal.getInitiatedBy();
        if (by.isEmpty()) {
            return reportUnknown ? Evaluation.incomplete("initiatedBy") : Evaluation.notApplicable();
        }
        return by.get() == Initiator.OWN_REQUEST ? null : Evaluation.notApplicable();
    }

    /** @return whether the employee asked for the transfer (empty when not stated) */
    static boolean ownRequest(Proposal proposal) {
        return proposal.getInitiatedBy().orElse(null) == Initiator.OWN_REQUEST;
    }

    /** @return the JSON path of a document kind, {@code documents[KIND]} */
    static String path(DocumentKind kind) {
        return PATHS.get(kind);
    }

    /** @return the first document of {@code kind}, or null */
    static Document document(Proposal proposal, DocumentKind kind) {
        List<Document> docs = proposal.getDocuments();
        for (int i = 0, n = docs.size(); i < n; i++) {
            if (docs.get(i).getKind() == kind) {
                return docs.get(i);
            }
        }
        return null;
    }

    /** @return the first ground claimed with {@code code}, or null */
    static Ground ground(Proposal proposal, String code) {
        List<Ground> grounds = proposal.getGrounds();
        for (int i = 0, n = grounds.size(); i < n; i++) {
            if (grounds.get(i).getCode().equals(code)) {
                return grounds.get(i);
            }
        }
        return null;
    }

    /** @return the first approval from {@code from} dated on or before the effective date, or null */
    static Approval approval(Proposal proposal, Approver from) {
        List<Approval> approvals = proposal.getApprovals();
        for (int i = 0, n = approvals.size(); i < n; i++) {
            Approval a = approvals.get(i);
            if (a.getFrom() == from && !a.getDate().isAfter(proposal.getEffectiveDate())) {
                return a;
            }
        }
        return null;
    }

    /** @return whether the level is a JPT (utama, madya, pratama) */
    static boolean isJpt(PositionLevel level) {
        return level == PositionLevel.JPT_UTAMA || level == PositionLevel.JPT_MADYA
                || level == PositionLevel.JPT_PRATAMA;
    }

    /** @return whether the President decides moves into and out of the level: JPT utama, JPT madya, JF ahli utama */
    static boolean isPresidential(PositionLevel level) {
        return level == PositionLevel.JPT_UTAMA || level == PositionLevel.JPT_MADYA
                || level == PositionLevel.AHLI_UTAMA;
    }

    /** @return whether a Dinas Dukcapil post of this level is filled by the Minister of Home Affairs */
    static boolean isDukcapilManaged(PositionLevel level) {
        return level == PositionLevel.JPT_PRATAMA || level == PositionLevel.ADMINISTRATOR
                || level == PositionLevel.PENGAWAS;
    }

    /**
     * @return whether two position names are the same, ignoring case and runs of white space (letters often differ in
     *     capitalisation and spacing only)
     */
    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = skipSpace(a, 0);
        int j = skipSpace(b, 0);
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            boolean sx = Character.isWhitespace(x);
            boolean sy = Character.isWhitespace(y);
            if (sx || sy) {
                if (sx != sy) {
                    return false;
                }
                i = skipSpace(a, i);
                j = skipSpace(b, j);
            } else if (Character.toUpperCase(x) == Character.toUpperCase(y)
                    || Character.toLowerCase(x) == Character.toLowerCase(y)) {
                i++;
                j++;
            } else {
                return false;
            }
        }
        return skipSpace(a, i) == a.length() && skipSpace(b, j) == b.length();
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}

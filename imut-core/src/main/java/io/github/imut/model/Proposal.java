package io.github.imut.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One personnel proposal (usulan): one action for one employee, the unit imut checks.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; read from JSON with {@code io.github.imut.json}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposal.class)
@JsonDeserialize(as = ImmutableProposal.class)
public abstract class Proposal {

    /** @return a new builder */
    public static ImmutableProposal.Builder builder() {
        return ImmutableProposal.builder();
    }

    /** @return the agency's own reference, 1–64 characters, echoed in the report */
    @NotBlank
    @Size(max = 64)
    public abstract String getId();

    /** @return appointment, transfer or dismissal */
    public abstract ProposalKind getKind();

    /** @return the precise action; it must belong to {@link #getKind()} */
    public abstract Action getAction();

    /** @return the date the proposal was submitted, if known */
    public abstract Optional<LocalDate> getSubmittedOn();

    /**
     * @return the effective date (TMT): for an appointment or transfer the planned inauguration or decision date,
     *     for a dismissal the date it takes effect; rules are judged as of this date
     */
    public abstract LocalDate getEffectiveDate();

    /** @return for a transfer: whether the agency ordered it or the employee asked for it */
    public abstract Optional<Initiator> getInitiatedBy();

    /** @return the employee concerned */
    @Valid
    public abstract Employee getEmployee();

    /** @return the target position and receiving agency (appointments and transfers) */
    public abstract Optional<@Valid Target> getTarget();

    /** @return the official who signs the decision */
    public abstract Optional<@Valid Signer> getSigner();

    /** @return written approvals, recommendations and technical considerations already obtained */
    public abstract List<@Valid Approval> getApprovals();

    /** @return the supporting documents attached */
    public abstract List<@Valid Document> getDocuments();

    /** @return people related to the employee who play a role in the proposal (conflict of interest) */
    public abstract List<@Valid RelatedParty> getRelatedParties();

    /** @return the grounds claimed: for a dismissal, and for exceptions such as the JPT two-year exception */
    public abstract List<@Valid Ground> getGrounds();

    /**
     * @param approver who
     * @return the first approval from {@code approver} dated on or before the effective date
     */
    public final Optional<Approval> approvalFrom(Approver approver) {
        List<Approval> approvals = getApprovals();
        for (int i = 0, n = approvals.size(); i < n; i++) {
            Approval a = approvals.get(i);
            if (a.getFrom() == approver && !a.getDate().isAfter(getEffectiveDate())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * @param kind a document kind
     * @return whether a document of that kind is attached
     */
    public final boolean hasDocument(DocumentKind kind) {
        List<Document> documents = getDocuments();
        for (int i = 0, n = documents.size(); i < n; i++) {
            if (documents.get(i).getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the date the decision (SK, surat keputusan) is signed, when it is known and may differ from the
     *     effective date (the inauguration): the political-cycle windows count "penggantian pejabat" as happening on
     *     the SK or on the inauguration, so the rules test both dates (tanggal SK)
     */
    public abstract Optional<LocalDate> getDecisionDate();

    /** @return for a dismissal: the ground, the kind, the pension claimed and the resignation request */
    public abstract Optional<@Valid Dismissal> getDismissal();

    /** @return for a reactivation (pengaktifan kembali): why, and whether withheld income is paid */
    public abstract Optional<@Valid Reactivation> getReactivation();

    /** @return for a PPPK contract extension: the new contract period (masa perjanjian kerja) */
    public abstract Optional<@Valid Period> getContractPeriod();
}

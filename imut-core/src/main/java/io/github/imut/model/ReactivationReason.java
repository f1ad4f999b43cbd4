package io.github.imut.model;

/** Why a PNS is reactivated (pengaktifan kembali). */
public enum ReactivationReason {
    /** After temporary dismissal for detention, the investigation or prosecution stopped or the PNS was acquitted. */
    CRIMINAL_PROCEEDINGS_ENDED,
    /** After serving a sentence under 2 years for an offence not premeditated. */
    SENTENCE_SERVED,
    /** After the term as pejabat negara or member of a nonstructural body ended. */
    STATE_OFFICE_ENDED,
    /** After cuti di luar tanggungan negara (CLTN, unpaid leave) ended. */
    UNPAID_LEAVE_ENDED
}

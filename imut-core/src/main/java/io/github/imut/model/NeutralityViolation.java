package io.github.imut.model;

/**
 * A neutrality violation as listed in the joint guideline on ASN neutrality in elections of 22 September 2022
 * (Keputusan Bersama Menteri PANRB 2/2022, Mendagri 800-5474/2022, Kepala BKN 246/2022, Ketua KASN 30/2022 and Ketua
 * Bawaslu 1447.1/PM.01/K.1/09/2022; rule catalogue NETRAL-SKB-2022). The guideline sorts its items into two families:
 * code-of-ethics violations (kode etik), answered with a moral sanction (sanksi moral, PP 42/2004 Pasal 15), mostly
 * acts about a prospective candidate (bakal calon); and disciplinary violations, answered with a disciplinary sanction
 * under PP 94/2021, mostly acts about a determined candidate (calon) or during the campaign. The catalogue took the
 * items from summaries of the guideline; which family and level each belongs to is the law's, checked by
 * {@code NETRAL-SKB-2022}, not fixed here.
 */
public enum NeutralityViolation {
    /** Kode etik: putting up banners or billboards promoting oneself or another as a bakal calon. */
    PROSPECTIVE_CANDIDATE_BANNER,
    /** Kode etik: promoting or campaigning for a bakal calon on social media. */
    PROSPECTIVE_CANDIDATE_SOCIAL_MEDIA,
    /** Kode etik: attending a bakal calon's declaration and actively supporting it. */
    PROSPECTIVE_CANDIDATE_DECLARATION,
    /** Kode etik: posting, commenting, sharing, liking or following a bakal calon's or party's campaign accounts. */
    PROSPECTIVE_CANDIDATE_ONLINE,
    /** Kode etik: a group photo with a bakal calon or party showing gestures or symbols of partiality. */
    PROSPECTIVE_CANDIDATE_PHOTO,
    /** Kode etik: taking part in a bakal calon's campaign or socialisation activities. */
    PROSPECTIVE_CANDIDATE_CAMPAIGN,
    /** Kode etik: an ASN spouse joining a candidate spouse's declaration or campaign without taking CLTN. */
    SPOUSE_CAMPAIGN_WITHOUT_LEAVE,
    /** Disiplin: putting up campaign banners or props for a calon. */
    CANDIDATE_BANNER,
    /** Disiplin: campaigning for a calon on social media. */
    CANDIDATE_SOCIAL_MEDIA,
    /** Disiplin: an ASN who, as a bakal calon, approaches political parties or the public. */
    PROSPECTIVE_CANDIDATE_APPROACHING_PARTIES,
    /** Disiplin: attending a calon's declaration and supporting it. */
    CANDIDATE_DECLARATION,
    /** Disiplin: becoming a member or officer of a political party (a dismissal ground: BERHENTI-PARPOL). */
    PARTY_MEMBERSHIP,
    /** Disiplin: posting, liking or sharing a calon's campaign material. */
    CANDIDATE_ONLINE,
    /** Disiplin: a group photo with a calon showing partiality. */
    CANDIDATE_PHOTO,
    /** Disiplin: holding activities showing partiality (meetings, appeals, gifts). */
    PARTISAN_ACTIVITIES,
    /** Disiplin: joining a candidate's expert or campaign team. */
    CAMPAIGN_TEAM,
    /** Disiplin: giving a support letter with a copy of the identity card (KTP) to an independent candidate. */
    ID_CARD_SUPPORT_LETTER,
    /** Disiplin: making a decision or act that favours or harms a candidate. */
    DECISION_FAVOURING_CANDIDATE
}

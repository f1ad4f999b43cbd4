package io.github.imut.model;

/**
 * The ground of a dismissal (alasan pemberhentian), one row of the rule catalogue's master table R8 (PNS) or of the
 * PPPK termination grounds (PP 49/2018 Pasal 53). The R8 code is given in each constant's documentation. Which
 * action and which {@link DismissalKind} each ground calls for is the law's, checked by the rules
 * ({@code BERHENTI-GROUNDS}, {@code PPPK-PHK}), not fixed here.
 */
public enum DismissalGround {
    /** APS: atas permintaan sendiri, resignation at own request (also pensiun dini). */
    OWN_REQUEST,
    /** BUP: reaching the retirement age of the position. */
    RETIREMENT_AGE,
    /** PERAMPINGAN: perampingan organisasi or government policy (kebijakan pemerintah). */
    DOWNSIZING,
    /** TDK_CAKAP: tidak cakap jasmani dan/atau rohani, physical or mental unfitness certified by the health board. */
    UNFIT,
    /** MENINGGAL: death (meninggal dunia), including death in the line of duty (tewas). */
    DEATH,
    /** HILANG: missing (hilang), presumed dead at the end of the 12th month. */
    MISSING,
    /** PIDANA_GE2_TB: prison sentence of at least 2 years (inkracht) for an offence not premeditated (tidak berencana). */
    SENTENCE_2Y,
    /** PIDANA_LT2_TB: prison sentence under 2 years for an offence not premeditated, not re-placed within 2 years. */
    SENTENCE_UNDER_2Y,
    /** PIDANA_LT2_B: prison sentence under 2 years for a premeditated offence (berencana). */
    SENTENCE_UNDER_2Y_PREMEDITATED,
    /** PTDH_PANCASILA: betraying (menyeleweng dari) Pancasila or the UUD 1945. */
    BETRAYAL,
    /** PTDH_JABATAN: final sentence for a kejahatan jabatan or a crime related to the position. */
    CRIME_IN_OFFICE,
    /** PTDH_BERENCANA: prison sentence of at least 2 years for a premeditated offence. */
    SENTENCE_2Y_PREMEDITATED,
    /** PARPOL_MUNDUR: member or officer of a political party (anggota/pengurus partai politik) who resigned in writing. */
    PARTY_RESIGNED,
    /** PARPOL_PTDH: member or officer of a political party who did not resign. */
    PARTY_MEMBER,
    /** CALON_MUNDUR: determined as a candidate (ditetapkan sebagai calon) for an elected office and resigned. */
    CANDIDACY_RESIGNED,
    /** CALON_PTDH: determined as a candidate and did not resign. */
    CANDIDACY_NOT_RESIGNED,
    /** DISIPLIN_BERAT: heavy disciplinary sanction of dismissal (hukuman disiplin berat). */
    HEAVY_DISCIPLINE,
    /** EX_PEJABAT_NEGARA: not re-placed within 2 years after serving as pejabat negara or member of a nonstructural body. */
    EX_STATE_OFFICIAL,
    /** CLTN_LAPOR: did not report within 1 month after cuti di luar tanggungan negara (unpaid leave) ended. */
    CLTN_NOT_REPORTED,
    /** CLTN_SALUR: reported after unpaid leave but not placed within 1 year. */
    CLTN_NOT_PLACED,
    /** IJAZAH_PALSU: used a fake diploma (ijazah palsu). */
    FAKE_DIPLOMA,
    /** TUBEL_LAPOR: did not report within 15 working days after study leave (tugas belajar) ended. */
    STUDY_LEAVE_NOT_REPORTED,
    /** TIDAK_BERKINERJA: not performing (UU 20/2023 Pasal 52 ayat (3) huruf f); no implementing criteria yet. */
    NOT_PERFORMING,
    /** Temporary dismissal (pemberhentian sementara) on appointment as pejabat negara or member of a nonstructural body. */
    STATE_OFFICE,
    /** Temporary dismissal on detention (penahanan) as a criminal suspect. */
    DETENTION,
    /** PPPK: the work contract (perjanjian kerja) ends. */
    CONTRACT_END,
    /** PPPK: failing to meet the performance target agreed in the contract (PP 49/2018 Pasal 53 ayat (2) huruf c). */
    PERFORMANCE_TARGET_NOT_MET
}

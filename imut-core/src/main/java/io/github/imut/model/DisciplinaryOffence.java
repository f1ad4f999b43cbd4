package io.github.imut.model;

/**
 * The duty (kewajiban) or prohibition (larangan) of PP 94/2021 a disciplinary violation breached: Pasal 3 (8 duties),
 * Pasal 4 (9 further duties) and Pasal 5 (14 prohibitions). The constants are named after the content, not the letter:
 * the rule catalogue takes the content-to-letter mapping from secondary lists (its open question 20), so the letter
 * each constant's documentation gives is the one those lists give. Which sanction level a violation calls for is the
 * law's, checked by the rules ({@code DISIPLIN-DAMPAK}, {@code DISIPLIN-LHKPN}), not fixed here.
 */
public enum DisciplinaryOffence {
    /** Pasal 3 huruf a: setia dan taat kepada Pancasila, UUD 1945, NKRI dan Pemerintah (loyalty). */
    LOYALTY,
    /** Pasal 3 huruf b: menjaga persatuan dan kesatuan bangsa (national unity). */
    NATIONAL_UNITY,
    /** Pasal 3 huruf c: melaksanakan kebijakan yang ditetapkan pejabat pemerintah yang berwenang (carry out policy). */
    GOVERNMENT_POLICY,
    /** Pasal 3 huruf d: menaati ketentuan peraturan perundang-undangan (obey the law). */
    OBEY_THE_LAW,
    /** Pasal 3 huruf e: melaksanakan tugas kedinasan dengan penuh pengabdian, kejujuran dan tanggung jawab. */
    DEDICATION,
    /** Pasal 3 huruf f: menunjukkan integritas dan keteladanan (integrity and exemplary conduct). */
    INTEGRITY,
    /** Pasal 3 huruf g: menyimpan rahasia jabatan (official secrecy). */
    OFFICIAL_SECRECY,
    /** Pasal 3 huruf h: bersedia ditempatkan di seluruh wilayah NKRI (willingness to be posted anywhere). */
    POSTING_ANYWHERE,
    /** Pasal 4 huruf a: mengucapkan sumpah/janji PNS (the PNS oath). */
    PNS_OATH,
    /** Pasal 4 huruf b: mengucapkan sumpah/janji jabatan (the oath of office). */
    POSITION_OATH,
    /** Pasal 4 huruf c: mengutamakan kepentingan negara (state interests first). */
    STATE_INTEREST_FIRST,
    /** Pasal 4 huruf d: melaporkan hal yang membahayakan keamanan negara atau merugikan keuangan negara. */
    REPORT_THREATS,
    /** Pasal 4 huruf e: melaporkan harta kekayaan (the wealth report, LHKPN/LHKASN). */
    WEALTH_REPORT,
    /** Pasal 4 huruf f: masuk kerja dan menaati ketentuan jam kerja (attendance; see the absence fields). */
    ATTENDANCE,
    /** Pasal 4 huruf g: menggunakan dan memelihara barang milik negara (care of state property). */
    STATE_PROPERTY_CARE,
    /** Pasal 4 huruf h: memberikan kesempatan kepada bawahan untuk mengembangkan kompetensi. */
    SUBORDINATE_DEVELOPMENT,
    /** Pasal 4 huruf i: menolak segala bentuk pemberian yang berkaitan dengan tugas (refuse gratification). */
    REFUSE_GRATIFICATION,
    /** Pasal 5 huruf a: menyalahgunakan wewenang (abuse of authority). */
    ABUSE_OF_AUTHORITY,
    /** Pasal 5 huruf b: menjadi perantara untuk mendapatkan keuntungan dengan menggunakan kewenangan orang lain. */
    INTERMEDIARY,
    /** Pasal 5 huruf c: menjadi pegawai atau bekerja untuk negara lain (serving a foreign state). */
    FOREIGN_STATE_SERVICE,
    /** Pasal 5 huruf d: bekerja pada lembaga atau organisasi internasional tanpa izin atau penugasan. */
    INTERNATIONAL_ORGANISATION,
    /** Pasal 5 huruf e: bekerja pada perusahaan asing, konsultan asing atau LSM asing kecuali ditugaskan. */
    FOREIGN_COMPANY,
    /** Pasal 5 huruf f: memiliki, menjual, membeli, menggadaikan, menyewakan atau meminjamkan barang milik negara. */
    STATE_GOODS_MISUSE,
    /** Pasal 5 huruf g: melakukan pungutan di luar ketentuan (pungutan liar, illegal levies). */
    ILLEGAL_LEVY,
    /** Pasal 5 huruf h: melakukan kegiatan yang merugikan negara (activities harming the state). */
    HARMING_THE_STATE,
    /** Pasal 5 huruf i: bertindak sewenang-wenang terhadap bawahan (arbitrary towards subordinates). */
    ARBITRARY_TO_SUBORDINATES,
    /** Pasal 5 huruf j: menghalangi berjalannya tugas kedinasan (obstructing official duties). */
    OBSTRUCTING_DUTIES,
    /** Pasal 5 huruf k: menerima hadiah yang berhubungan dengan jabatan atau pekerjaan (accepting gifts). */
    ACCEPTING_GIFTS,
    /** Pasal 5 huruf l: meminta sesuatu yang berhubungan dengan jabatan (soliciting). */
    SOLICITING,
    /** Pasal 5 huruf m: melakukan atau tidak melakukan tindakan yang merugikan yang dilayani (harming the public). */
    HARMING_THE_PUBLIC,
    /** Pasal 5 huruf n: memberikan dukungan kepada calon (support for a candidate; see the neutrality form). */
    CANDIDATE_SUPPORT
}

package io.github.imut.model;

/** Kinds of supporting document a proposal may carry. */
public enum DocumentKind {
    /** SK CPNS: decision appointing the CPNS. */
    SK_CPNS,
    /** SK PNS: decision appointing the PNS. */
    SK_PNS,
    /** SK of the last rank or position (SK pangkat/jabatan terakhir). */
    SK_PANGKAT_JABATAN,
    /** Performance appraisals (SKP) of the last two years. */
    SKP,
    /** Analisis jabatan and analisis beban kerja for the target position. */
    ANJAB_ABK,
    /** The employee's written request (surat permohonan). */
    PERMOHONAN,
    /** The receiving PPK's proposal letter naming the position (usul PPK penerima). */
    USUL_PPK_PENERIMA,
    /** The origin PPK's consent letter naming the position (persetujuan PPK asal). */
    PERSETUJUAN_PPK_ASAL,
    /** Statement of no disciplinary proceedings, sanction or judicial process (surat pernyataan hukdis). */
    SP_HUKDIS,
    /** Statement of not being on study leave or under a service bond (surat pernyataan tugas belajar). */
    SP_TUBEL,
    /** Inspektorat certificate of no outstanding audit findings (surat bebas temuan). */
    BEBAS_TEMUAN,
    /** Health certificate (surat keterangan sehat). */
    SURAT_SEHAT,
    /** Certificate of the training for CPNS (sertifikat latsar). */
    SERTIFIKAT_LATSAR,
    /** Death certificate (akta kematian). */
    AKTA_KEMATIAN,
    /** Result of the health examination board (tim penguji kesehatan). */
    HASIL_TIM_PENGUJI_KESEHATAN,
    /** A court judgment with final force (putusan berkekuatan hukum tetap). */
    PUTUSAN_PENGADILAN,
    /** Result of a competency test or open selection (uji kompetensi / seleksi terbuka). */
    HASIL_SELEKSI,
    /** Any other document; describe it in the document's description. */
    OTHER,
    /** The PPK's inventory of surplus PNS after downsizing (inventarisasi PNS yang kelebihan). */
    INVENTARISASI_KELEBIHAN_PNS,
    /** Evidence of political-party membership or office (kartu tanda anggota, SIPOL record). */
    BUKTI_KEANGGOTAAN_PARPOL,
    /** The election body's decision determining the candidates (keputusan penetapan calon). */
    PENETAPAN_CALON,
    /** A PPPK work contract (perjanjian kerja). */
    PERJANJIAN_KERJA
}

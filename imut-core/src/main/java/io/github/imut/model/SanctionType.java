package io.github.imut.model;

/**
 * The type of a disciplinary sanction (jenis hukuman disiplin): the closed catalogue of PP 94/2021 Pasal 8 (rule
 * catalogue table R5, whose code {@link #code()} gives) and, for records decided before 31 August 2021, the types of
 * the repealed PP 53/2010. The length of a sanction with a period is a legal parameter
 * ({@code sanction.months.<code>}), not a constant here.
 */
public enum SanctionType {
    /** R-LISAN: teguran lisan, oral reprimand (PP 94/2021 Pasal 8 ayat (2) huruf a; also PP 53/2010). */
    VERBAL_REPRIMAND("R-LISAN", SanctionLevel.RINGAN, Regime.BOTH, false, false),
    /** R-TULIS: teguran tertulis, written reprimand (Pasal 8 ayat (2) huruf b; also PP 53/2010). */
    WRITTEN_REPRIMAND("R-TULIS", SanctionLevel.RINGAN, Regime.BOTH, false, false),
    /** R-TIDAKPUAS: pernyataan tidak puas secara tertulis (Pasal 8 ayat (2) huruf c; also PP 53/2010). */
    WRITTEN_DISSATISFACTION("R-TIDAKPUAS", SanctionLevel.RINGAN, Regime.BOTH, false, false),
    /** S-TKN6: pemotongan tunjangan kinerja 25% for 6 months (Pasal 8 ayat (3) huruf a). */
    ALLOWANCE_CUT_6_MONTHS("S-TKN6", SanctionLevel.SEDANG, Regime.PP94, true, false),
    /** S-TKN9: pemotongan tunjangan kinerja 25% for 9 months (Pasal 8 ayat (3) huruf b). */
    ALLOWANCE_CUT_9_MONTHS("S-TKN9", SanctionLevel.SEDANG, Regime.PP94, true, false),
    /** S-TKN12: pemotongan tunjangan kinerja 25% for 12 months (Pasal 8 ayat (3) huruf c). */
    ALLOWANCE_CUT_12_MONTHS("S-TKN12", SanctionLevel.SEDANG, Regime.PP94, true, false),
    /** B-TURUNJAB: penurunan jabatan setingkat lebih rendah for 12 months (Pasal 8 ayat (4) huruf a). */
    DEMOTION_ONE_LEVEL("B-TURUNJAB", SanctionLevel.BERAT, Regime.PP94, true, false),
    /** B-BEBASJAB: pembebasan dari jabatan menjadi jabatan pelaksana for 12 months (Pasal 8 ayat (4) huruf b). */
    RELEASE_TO_PELAKSANA("B-BEBASJAB", SanctionLevel.BERAT, Regime.PP94, true, false),
    /**
     * B-PDHTAPS: pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS (Pasal 8 ayat (4) huruf c;
     * also PP 53/2010); permanent.
     */
    DISMISSAL_NOT_AT_OWN_REQUEST("B-PDHTAPS", SanctionLevel.BERAT, Regime.BOTH, false, true),
    /** PP 53/2010 sedang: penundaan kenaikan gaji berkala (KGB) for 1 year. */
    PAY_RISE_DEFERRED("PP53-S-KGB", SanctionLevel.SEDANG, Regime.PP53, true, false),
    /** PP 53/2010 sedang: penundaan kenaikan pangkat (KP) for 1 year. */
    PROMOTION_DEFERRED("PP53-S-KP", SanctionLevel.SEDANG, Regime.PP53, true, false),
    /** PP 53/2010 sedang: penurunan pangkat setingkat lebih rendah for 1 year. */
    RANK_DEMOTION_1_YEAR("PP53-S-PANGKAT", SanctionLevel.SEDANG, Regime.PP53, true, false),
    /** PP 53/2010 berat: penurunan pangkat setingkat lebih rendah for 3 years. */
    RANK_DEMOTION_3_YEARS("PP53-B-PANGKAT", SanctionLevel.BERAT, Regime.PP53, true, false),
    /** PP 53/2010 berat: pemindahan dalam rangka penurunan jabatan setingkat lebih rendah. */
    TRANSFER_TO_LOWER_POSITION("PP53-B-PINDAH", SanctionLevel.BERAT, Regime.PP53, false, false),
    /** PP 53/2010 berat: pembebasan dari jabatan. */
    RELEASE_FROM_POSITION("PP53-B-BEBAS", SanctionLevel.BERAT, Regime.PP53, false, false),
    /** PP 53/2010 berat: pemberhentian tidak dengan hormat sebagai PNS (PTDH); permanent. */
    DISHONOURABLE_DISMISSAL("PP53-B-PTDH", SanctionLevel.BERAT, Regime.PP53, false, true);

    /** The discipline regulation a sanction type belongs to. */
    public enum Regime {
        /** PP 53/2010, repealed on 31 August 2021. */
        PP53,
        /** PP 94/2021, in force from 31 August 2021. */
        PP94,
        /** Both regulations know the type. */
        BOTH
    }

    private final String code;
    private final SanctionLevel level;
    private final Regime regime;
    private final boolean hasPeriod;
    private final boolean permanent;

    SanctionType(String code, SanctionLevel level, Regime regime, boolean hasPeriod, boolean permanent) {
        this.code = code;
        this.level = level;
        this.regime = regime;
        this.hasPeriod = hasPeriod;
        this.permanent = permanent;
    }

    /** @return the catalogue's code (table R5 for PP 94/2021, {@code PP53-...} for the repealed types) */
    public String code() {
        return code;
    }

    /** @return the level the type belongs to */
    public SanctionLevel level() {
        return level;
    }

    /** @return the regulation that knows the type */
    public Regime regime() {
        return regime;
    }

    /** @return whether the sanction runs for a period set by law ({@code sanction.months.<code>}) */
    public boolean hasPeriod() {
        return hasPeriod;
    }

    /** @return whether the sanction ends the employment (dismissal) and so never ends */
    public boolean isPermanent() {
        return permanent;
    }
}

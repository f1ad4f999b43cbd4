package io.github.imut.model;

/**
 * A position's type and level (jenis and jenjang jabatan), with its retirement-age class.
 *
 * <p>The constants keep the law's own names; the Javadoc gives the English meaning.
 */
public enum PositionLevel {
    /** JPT utama: top leadership (e.g. head of a non-ministerial agency). */
    JPT_UTAMA(PositionType.JPT, BupClass.B, true),
    /** JPT madya: high leadership (e.g. secretary-general, director-general, provincial secretary). */
    JPT_MADYA(PositionType.JPT, BupClass.B, true),
    /** JPT pratama: senior leadership (e.g. director, head of a regional office, regency secretary). */
    JPT_PRATAMA(PositionType.JPT, BupClass.B, true),
    /** Administrator: middle management (formerly eselon III). */
    ADMINISTRATOR(PositionType.ADMINISTRATION, BupClass.A, true),
    /** Pengawas: supervisor (formerly eselon IV). */
    PENGAWAS(PositionType.ADMINISTRATION, BupClass.A, true),
    /** Pelaksana: executive staff. */
    PELAKSANA(PositionType.ADMINISTRATION, BupClass.A, false),
    /** JF ahli utama: principal expert. */
    AHLI_UTAMA(PositionType.FUNCTIONAL_EXPERT, BupClass.C, false),
    /** JF ahli madya: senior expert. */
    AHLI_MADYA(PositionType.FUNCTIONAL_EXPERT, BupClass.B, false),
    /** JF ahli muda: expert. */
    AHLI_MUDA(PositionType.FUNCTIONAL_EXPERT, BupClass.A, false),
    /** JF ahli pertama: junior expert. */
    AHLI_PERTAMA(PositionType.FUNCTIONAL_EXPERT, BupClass.A, false),
    /** JF penyelia: skilled supervisor. */
    PENYELIA(PositionType.FUNCTIONAL_SKILLED, BupClass.A, false),
    /** JF mahir: advanced skilled. */
    MAHIR(PositionType.FUNCTIONAL_SKILLED, BupClass.A, false),
    /** JF terampil: skilled. */
    TERAMPIL(PositionType.FUNCTIONAL_SKILLED, BupClass.A, false),
    /** JF pemula: entry skilled. */
    PEMULA(PositionType.FUNCTIONAL_SKILLED, BupClass.A, false);

    private final PositionType type;
    private final BupClass bupClass;
    private final boolean managerial;

    PositionLevel(PositionType type, BupClass bupClass, boolean managerial) {
        this.type = type;
        this.bupClass = bupClass;
        this.managerial = managerial;
    }

    /** @return the position family */
    public PositionType type() {
        return type;
    }

    /** @return the retirement-age class under PP 11/2017 Pasal 239 ayat (2) */
    public BupClass bupClass() {
        return bupClass;
    }

    /** @return whether the position is managerial (jabatan manajerial: JPT, administrator, pengawas) */
    public boolean isManagerial() {
        return managerial;
    }

    /** @return whether the position is a functional one (JF), expert or skilled */
    public boolean isFunctional() {
        return type == PositionType.FUNCTIONAL_EXPERT || type == PositionType.FUNCTIONAL_SKILLED;
    }
}

package io.github.imut.model;

/** Highest completed education (tingkat pendidikan), ordered from lowest to highest. */
public enum EducationLevel {
    /** Sekolah dasar: primary school. */
    SD(1),
    /** Sekolah lanjutan tingkat pertama: junior secondary. */
    SLTP(2),
    /** Sekolah lanjutan tingkat atas: senior secondary. */
    SLTA(3),
    /** Diploma I. */
    D1(4),
    /** Diploma II. */
    D2(5),
    /** Diploma III. */
    D3(6),
    /** Diploma IV (applied bachelor), equal in rank to S1. */
    D4(7),
    /** Sarjana: bachelor. */
    S1(7),
    /** Magister: master. */
    S2(8),
    /** Doktor: doctorate. */
    S3(9);

    private final int rank;

    EducationLevel(int rank) {
        this.rank = rank;
    }

    /**
     * @param minimum the level required
     * @return whether this level meets it (D4 and S1 count as equal, as the law writes "S1/D-IV")
     */
    public boolean isAtLeast(EducationLevel minimum) {
        return rank >= minimum.rank;
    }
}

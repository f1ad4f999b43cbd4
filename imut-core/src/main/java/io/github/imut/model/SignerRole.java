package io.github.imut.model;

import java.util.Optional;

/**
 * The office of the official who signs the decision. Roles with an interim prefix ({@code PJ_BUPATI} …) are the
 * contract's shorthand; they imply the {@link SignerCapacity}, and a proposal that states a different capacity is
 * invalid.
 */
public enum SignerRole {
    /** President of the Republic. */
    PRESIDEN(null),
    /** A minister (menteri). */
    MENTERI(null),
    /** Head of a non-ministerial or other central agency (kepala lembaga). */
    KEPALA_LEMBAGA(null),
    /** Minister of Home Affairs (Menteri Dalam Negeri). */
    MENDAGRI(null),
    /** Head of BKN, the national civil service agency. */
    KEPALA_BKN(null),
    /** Secretary-general or other official to whom a PPK delegated (pejabat yang berwenang). */
    PEJABAT_YANG_BERWENANG(null),
    /** Governor. */
    GUBERNUR(null),
    /** Regent (head of a regency). */
    BUPATI(null),
    /** Mayor. */
    WALI_KOTA(null),
    /** Regional secretary (sekretaris daerah), signing as delegated official. */
    SEKDA(null),
    /** Acting governor (Penjabat Gubernur). */
    PJ_GUBERNUR(SignerCapacity.PJ),
    /** Acting regent (Penjabat Bupati). */
    PJ_BUPATI(SignerCapacity.PJ),
    /** Acting mayor (Penjabat Wali Kota). */
    PJ_WALI_KOTA(SignerCapacity.PJ),
    /** Plt Gubernur. */
    PLT_GUBERNUR(SignerCapacity.PLT),
    /** Plt Bupati. */
    PLT_BUPATI(SignerCapacity.PLT),
    /** Plt Wali Kota. */
    PLT_WALI_KOTA(SignerCapacity.PLT),
    /** Pjs Gubernur. */
    PJS_GUBERNUR(SignerCapacity.PJS),
    /** Pjs Bupati. */
    PJS_BUPATI(SignerCapacity.PJS),
    /** Pjs Wali Kota. */
    PJS_WALI_KOTA(SignerCapacity.PJS);

    /** Built once per constant: {@link #impliedCapacity()} is asked on every check and allocates nothing. */
    private final Optional<SignerCapacity> impliedCapacity;

    SignerRole(SignerCapacity impliedCapacity) {
        this.impliedCapacity = Optional.ofNullable(impliedCapacity);
    }

    /** @return the capacity this role's name implies, if any */
    public Optional<SignerCapacity> impliedCapacity() {
        return impliedCapacity;
    }

    /** @return whether this role is a regional head (kepala daerah), definitive or interim */
    public boolean isRegionalHead() {
        return this != PRESIDEN && this != MENTERI && this != KEPALA_LEMBAGA && this != MENDAGRI
                && this != KEPALA_BKN && this != PEJABAT_YANG_BERWENANG && this != SEKDA;
    }
}

package io.github.imut.siasn;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SIASN read services whose responses imut maps (contract {@code shared/spec/siasn-contract.md} §1–§3): the
 * profile {@code pns/data-utama/{nip}} and the histories (riwayat) {@code pns/rw-*}/{nip} that matter for
 * appointment, transfer and dismissal checks.
 */
public enum SiasnEndpoint {
    /** {@code pns/data-utama}: the profile object (contract §2). */
    DATA_UTAMA("data-utama"),
    /** {@code pns/rw-jabatan}: position history (contract §3.1); back-reference {@code idPns}. */
    RW_JABATAN("rw-jabatan", "idPns"),
    /** {@code pns/rw-golongan}: grade history (contract §3.2); back-reference {@code idPns}. */
    RW_GOLONGAN("rw-golongan", "idPns"),
    /** {@code pns/rw-pendidikan}: education history (contract §3.5); back-reference {@code idPns}. */
    RW_PENDIDIKAN("rw-pendidikan", "idPns"),
    /** {@code pns/rw-hukdis}: disciplinary sanctions (contract §3.3); back-reference {@code pnsOrang}. */
    RW_HUKDIS("rw-hukdis", "pnsOrang", "pnsOrangId"),
    /** {@code pns/rw-skp}: performance appraisals up to 2021 (contract §3.4); back-reference {@code pns}. */
    RW_SKP("rw-skp", "pns"),
    /** {@code pns/rw-skp22}: annual performance ratings from 2022 (contract §3.4); back-reference {@code pnsDinilaiId}. */
    RW_SKP22("rw-skp22", "pnsDinilaiId"),
    /** {@code pns/rw-kinerjaperiodik}: monthly or quarterly ratings (contract §3.4); back-reference {@code pnsDinilaiId}. */
    RW_KINERJA_PERIODIK("rw-kinerjaperiodik", "pnsDinilaiId");

    private final String key;
    private final List<String> ownerKeys;

    SiasnEndpoint(String key, String... ownerKeys) {
        this.key = key;
        this.ownerKeys = List.of(ownerKeys);
    }

    /** @return the name used in a profile file and in field paths, e.g. {@code rw-hukdis} */
    public String key() {
        return key;
    }

    /** @return the service path below {@code /apisiasn/1.0}, e.g. {@code pns/rw-hukdis} */
    public String servicePath() {
        return "pns/" + key;
    }

    /** The keys by which a riwayat record names its employee (data-utama's {@code id}), contract §3.0. */
    List<String> ownerKeys() {
        return ownerKeys;
    }

    /**
     * Finds an endpoint by name, ignoring case, a {@code pns/} prefix and punctuation: {@code rw-hukdis},
     * {@code pns/rw-hukdis}, {@code rwHukdis} and {@code RW_HUKDIS} all name {@link #RW_HUKDIS}.
     *
     * @param name a name
     * @return the endpoint, or empty if the name is none of them
     */
    public static Optional<SiasnEndpoint> byName(String name) {
        String n = normalize(name);
        if (n.startsWith("pns") && n.length() > 3) {
            Optional<SiasnEndpoint> withoutPrefix = find(n.substring(3));
            if (withoutPrefix.isPresent()) {
                return withoutPrefix;
            }
        }
        return find(n);
    }

    private static Optional<SiasnEndpoint> find(String normalized) {
        for (SiasnEndpoint e : values()) {
            if (normalize(e.key).equals(normalized)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}

package io.github.imut.rules.appointment;

import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import java.time.LocalDate;

/** Dates and provisions several appointment rules cite, exactly as the catalogue gives them. */
final class Bases {
    /** PP 11/2017 took effect on this day (catalogue LAW-REGIME; BKN's transitional letter uses it, S). */
    static final LocalDate PP11_2017 = LocalDate.of(2017, 4, 7);
    /** UU 20/2023 was promulgated, and UU 5/2014 revoked, on this day (catalogue LAW-REGIME). */
    static final LocalDate UU20_2023 = LocalDate.of(2023, 10, 31);
    /** UU 5/2014 in force from this day (catalogue JPT-2Y-PROTECT: 15-01-2014 to 30-10-2023). */
    static final LocalDate UU5_2014 = LocalDate.of(2014, 1, 15);
    /** PermenPAN-RB 1/2023 on Jabatan Fungsional, dated 6-01-2023 (catalogue JF-PINDAH). */
    static final LocalDate PERMENPAN_1_2023 = LocalDate.of(2023, 1, 6);
    /** Perpres 38/2020 on the positions PPPK may fill, dated 26-02-2020 (catalogue PPPK-JABATAN). */
    static final LocalDate PERPRES_38_2020 = LocalDate.of(2020, 2, 26);

    static final InForce UNDER_PP11 = InForce.from(PP11_2017);
    static final InForce UNDER_UU20 = InForce.from(UU20_2023);
    static final InForce UNDER_UU5 = InForce.between(UU5_2014, UU20_2023.minusDays(1));

    /**
     * The exception to the JPT requirements: "dapat dikecualikan dengan terlebih dahulu mendapatkan persetujuan
     * Presiden".
     */
    static final LegalBasis PP11_107_2 = LegalBasis.of("PP 11/2017").article("107").paragraph("2")
            .inForce(UNDER_PP11)
            .note("Ayat (2) ditambahkan dengan PP 17/2020; tanggal berlakunya belum diverifikasi");

    /** CPNS probation, training and health: the catalogue gives no pasal. */
    static final LegalBasis PP11_CPNS = LegalBasis.of("PP 11/2017").inForce(UNDER_PP11)
            .note("Masa percobaan dan pengangkatan CPNS menjadi PNS; nomor pasal belum diverifikasi dalam katalog"
                    + " (diduga Pasal 34)");

    private Bases() {
    }
}

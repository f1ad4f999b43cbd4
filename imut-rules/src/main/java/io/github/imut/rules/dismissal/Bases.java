package io.github.imut.rules.dismissal;

import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import java.time.LocalDate;

/** Provisions cited by several dismissal rules, exactly as the catalogue gives them. */
final class Bases {
    /** UU 20/2023 was promulgated, and UU 5/2014 revoked, on this day (catalogue LAW-REGIME). */
    static final LocalDate UU20_2023 = LocalDate.of(2023, 10, 31);
    static final InForce UNDER_UU5 = InForce.until(UU20_2023.minusDays(1));
    static final InForce UNDER_UU20 = InForce.from(UU20_2023);

    static final LegalBasis PP11_239_1 = LegalBasis.of("PP 11/2017").article("239").paragraph("1");
    static final LegalBasis PP11_239_2 = LegalBasis.of("PP 11/2017").article("239").paragraph("2");
    static final LegalBasis PP11_240 = LegalBasis.of("PP 11/2017").article("240");
    static final LegalBasis UU20_55 = LegalBasis.of("UU 20/2023").article("55").inForce(UNDER_UU20);
    static final LegalBasis UU5_90 = LegalBasis.of("UU 5/2014").article("90").inForce(UNDER_UU5);

    private Bases() {
    }
}

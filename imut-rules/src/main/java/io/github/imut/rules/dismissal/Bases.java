package io.github.imut.rules.dismissal;

import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import java.time.LocalDate;

/** Dates and provisions cited by several dismissal rules, exactly as the catalogue gives them. */
final class Bases {
    /** UU 20/2023 was promulgated, and UU 5/2014 revoked, on this day (catalogue LAW-REGIME). */
    static final LocalDate UU20_2023 = LocalDate.of(2023, 10, 31);
    /** PP 11/2017 took effect on this day (catalogue LAW-REGIME; BKN's transitional BUP letter uses it). */
    static final LocalDate PP11_2017 = LocalDate.of(2017, 4, 7);
    /**
     * PP 17/2020 (amending PP 11/2017) was issued in 2020; the catalogue did not see its date. An event from this day
     * on is certainly under it.
     */
    static final LocalDate PP17_2020_CERTAIN = LocalDate.of(2021, 1, 1);
    /** An event before this day is certainly under the original PP 11/2017 text. */
    static final LocalDate PP17_2020_EARLIEST = LocalDate.of(2020, 1, 1);

    static final InForce UNDER_UU5 = InForce.until(UU20_2023.minusDays(1));
    static final InForce UNDER_UU20 = InForce.from(UU20_2023);
    static final InForce UNDER_PP11 = InForce.from(PP11_2017);

    static final LegalBasis PP11 = LegalBasis.of("PP 11/2017").inForce(UNDER_PP11);
    static final LegalBasis PP11_239_1 = PP11.article("239").paragraph("1");
    static final LegalBasis PP11_239_2 = PP11.article("239").paragraph("2");
    static final LegalBasis PP11_240 = PP11.article("240");
    static final LegalBasis UU20_52 = LegalBasis.of("UU 20/2023").article("52").inForce(UNDER_UU20);
    static final LegalBasis UU20_55 = LegalBasis.of("UU 20/2023").article("55").inForce(UNDER_UU20);
    static final LegalBasis UU5_87 = LegalBasis.of("UU 5/2014").article("87").inForce(UNDER_UU5);
    static final LegalBasis UU5_90 = LegalBasis.of("UU 5/2014").article("90").inForce(UNDER_UU5);
    static final LegalBasis UU11_1969_9 = LegalBasis.of("UU 11/1969").article("9");
    static final LegalBasis UU11_1969_10 = LegalBasis.of("UU 11/1969").article("10");
    static final LegalBasis PP49_2018 = LegalBasis.of("PP 49/2018");

    private Bases() {
    }

    /**
     * @param event the day of the event a PP 11/2017 provision amended by PP 17/2020 is applied to
     * @return 1 if the event is certainly under PP 17/2020, -1 if certainly before it, 0 if in 2020 (undecidable:
     *     the amending regulation's date was not seen)
     */
    static int underPp17(LocalDate event) {
        if (!event.isBefore(PP17_2020_CERTAIN)) {
            return 1;
        }
        return event.isBefore(PP17_2020_EARLIEST) ? -1 : 0;
    }
}

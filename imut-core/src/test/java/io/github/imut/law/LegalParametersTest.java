package io.github.imut.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalParametersTest {
    private static final LocalDate PP11 = LocalDate.of(2017, 4, 7);

    private static LegalParameters json(String text) {
        return LegalParameters.fromJson(new ByteArrayInputStream(text.replace('\'', '"')
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String one(String values) {
        return "{'parameters': {'bup.age.a': {'unit': 'years', 'description': 'BUP a', 'values': [" + values + "]}}}";
    }

    /** BUP huruf a: 56 under PP 32/1979 until PP 11/2017 took effect, 58 from then. */
    private static final LegalParameters BUP = json(one(
            "{'value': 56, 'reference': 'PP 32/1979 Pasal 3'},"
                    + "{'from': '2017-04-07', 'value': 58, 'reference': 'PP 11/2017 Pasal 239 ayat (2) huruf a'}"));

    @Test
    void theValueChangesOnTheDayTheNewProvisionTakesEffect() {
        assertThat(BUP.intValue("bup.age.a", PP11.minusDays(1))).isEqualTo(56);
        assertThat(BUP.intValue("bup.age.a", PP11)).isEqualTo(58);
        assertThat(BUP.intValue("bup.age.a", PP11.plusDays(1))).isEqualTo(58);
        assertThat(BUP.intValue("bup.age.a", LocalDate.of(1900, 1, 1))).isEqualTo(56);
        assertThat(BUP.intValue("bup.age.a", LocalDate.of(2999, 12, 31))).isEqualTo(58);
    }

    @Test
    void eachValueCarriesItsReferenceAndPeriod() {
        ParameterValue v = BUP.get("bup.age.a", PP11);

        assertThat(v.name()).isEqualTo("bup.age.a");
        assertThat(v.reference()).isEqualTo("PP 11/2017 Pasal 239 ayat (2) huruf a");
        assertThat(v.inForce()).isEqualTo(InForce.from(PP11));
        assertThat(BUP.get("bup.age.a", PP11.minusDays(1)).inForce()).isEqualTo(InForce.until(PP11.minusDays(1)));
        assertThat(BUP.timeline("bup.age.a")).hasSize(2);
        assertThat(BUP.names()).containsExactly("bup.age.a");
    }

    @Test
    void aValueWithAnEndIsNotInForceTheDayAfter() {
        LegalParameters p = json(one("{'from': '2020-01-01', 'until': '2020-12-31', 'value': 1, 'reference': 'X'}"));

        assertThat(p.intValue("bup.age.a", LocalDate.of(2020, 12, 31))).isEqualTo(1);
        assertThatThrownBy(() -> p.get("bup.age.a", LocalDate.of(2021, 1, 1))).isInstanceOf(ParameterException.class)
                .hasMessageContaining("bup.age.a").hasMessageContaining("2021-01-01");
        assertThatThrownBy(() -> p.get("bup.age.a", LocalDate.of(2019, 12, 31)))
                .isInstanceOf(ParameterException.class);
    }

    @Test
    void aGapBetweenValuesHasNoValue() {
        LegalParameters p = json(one("{'from': '2020-01-01', 'until': '2020-06-30', 'value': 1, 'reference': 'X'},"
                + "{'from': '2020-08-01', 'value': 2, 'reference': 'Y'}"));

        assertThat(p.intValue("bup.age.a", LocalDate.of(2020, 6, 30))).isEqualTo(1);
        assertThatThrownBy(() -> p.get("bup.age.a", LocalDate.of(2020, 7, 15))).isInstanceOf(ParameterException.class);
        assertThat(p.intValue("bup.age.a", LocalDate.of(2020, 8, 1))).isEqualTo(2);
    }

    @Test
    void valuesMayBeListedInAnyOrder() {
        LegalParameters p = json(one("{'from': '2017-04-07', 'value': 58, 'reference': 'B'},"
                + "{'value': 56, 'reference': 'A'}"));

        assertThat(p.intValue("bup.age.a", PP11.minusDays(1))).isEqualTo(56);
    }

    @Test
    void anUnknownParameterIsNamed() {
        assertThatThrownBy(() -> BUP.get("bup.age.z", PP11)).isInstanceOf(ParameterException.class)
                .hasMessageContaining("bup.age.z");
        assertThat(BUP.timeline("bup.age.z")).isEmpty();
    }

    @Test
    void aMissingReferenceIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> json(one("{'value': 58}"))).isInstanceOf(ParameterException.class)
                .hasMessageContaining("bup.age.a").hasMessageContaining("reference");
        assertThatThrownBy(() -> json(one("{'value': 58, 'reference': '  '}"))).isInstanceOf(ParameterException.class)
                .hasMessageContaining("bup.age.a");
        assertThatThrownBy(() -> LegalParameters.builder().value("bup.age.a", null, null, 58, ""))
                .isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a");
    }

    @Test
    void overlappingValuesAreRejectedNamingTheParameter() {
        assertThatThrownBy(() -> json(one("{'from': '2010-01-01', 'until': '2017-04-07', 'value': 56, "
                + "'reference': 'A'}, {'from': '2017-04-07', 'value': 58, 'reference': 'B'}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a")
                .hasMessageContaining("overlaps");
    }

    @Test
    void valuesEndingTheDayBeforeTheNextStartsDoNotOverlap() {
        LegalParameters p = json(one("{'from': '2010-01-01', 'until': '2017-04-06', 'value': 56, 'reference': 'A'},"
                + " {'from': '2017-04-07', 'value': 58, 'reference': 'B'}"));

        assertThat(p.intValue("bup.age.a", LocalDate.of(2017, 4, 6))).isEqualTo(56);
        assertThat(p.intValue("bup.age.a", PP11)).isEqualTo(58);
    }

    @Test
    void twoValuesStartingOnOneDayAreRejected() {
        assertThatThrownBy(() -> json(one("{'from': '2017-04-07', 'value': 56, 'reference': 'A'},"
                + "{'from': '2017-04-07', 'value': 58, 'reference': 'B'}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a")
                .hasMessageContaining("2017-04-07");
    }

    @Test
    void twoValuesWithoutFromAreRejectedSayingOnlyTheFirstMayOmitIt() {
        assertThatThrownBy(() -> json(one("{'value': 56, 'reference': 'A'}, {'value': 58, 'reference': 'B'}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a")
                .hasMessageContaining("only the first value may omit \"from\"");
    }

    @Test
    void aValueThatEndsBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> json(one("{'from': '2020-01-01', 'until': '2019-12-31', 'value': 1, "
                + "'reference': 'A'}"))).isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a")
                .hasMessageContaining("ends before it starts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"58.5", "'58'", "true", "null", "12345678901", "[58]"})
    void aValueThatIsNotAWholeNumberIsRejected(String value) {
        assertThatThrownBy(() -> json(one("{'value': " + value + ", 'reference': 'A'}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a values[0]")
                .hasMessageContaining("whole number");
    }

    @Test
    void aMissingValueIsRejected() {
        assertThatThrownBy(() -> json(one("{'reference': 'A'}"))).isInstanceOf(ParameterException.class)
                .hasMessageContaining("bup.age.a values[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'2017-4-7'", "'07-04-2017'", "'2017-02-30'", "20170407"})
    void aFromThatIsNotAnIsoDateIsRejected(String from) {
        assertThatThrownBy(() -> json(one("{'from': " + from + ", 'value': 58, 'reference': 'A'}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a values[0]")
                .hasMessageContaining("\"from\"");
    }

    @Test
    void aMisspeltKeyInAValueIsRejectedRatherThanIgnored() {
        // 'form' for 'from' would otherwise make the value in force from the beginning
        assertThatThrownBy(() -> json(one("{'form': '2017-04-07', 'value': 58, 'reference': 'A'}")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("bup.age.a values[0]")
                .hasMessageContaining("\"form\"");
        assertThatThrownBy(() -> json(one("{'from': '2017-04-07', 'untill': '2020-01-01', 'value': 58, "
                + "'reference': 'A'}"))).isInstanceOf(ParameterException.class).hasMessageContaining("\"untill\"");
    }

    @Test
    void aNoteOnAValueIsAllowed() {
        assertThat(json(one("{'value': 58, 'reference': 'A', 'note': 'why'}")).intValue("bup.age.a", PP11))
                .isEqualTo(58);
    }

    @Test
    void aParameterDefinedTwiceInOneFileIsRejected() {
        assertThatThrownBy(() -> json("{'parameters': {'x': {'values': [{'value': 1, 'reference': 'A'}]},"
                + " 'x': {'values': [{'value': 2, 'reference': 'B'}]}}}")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("Duplicate field 'x'");
    }

    @Test
    void aParameterWithoutValuesIsRejected() {
        assertThatThrownBy(() -> json("{'parameters': {'x': {'values': []}}}")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("Legal parameter x");
        assertThatThrownBy(() -> json("{'parameters': {'x': 58}}")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("Legal parameter x");
        assertThatThrownBy(() -> json("{'parameters': {'x': {'values': [58]}}}"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("Legal parameter x values[0]");
    }

    @Test
    void aDocumentWithoutParametersOrNotJsonIsRejected() {
        assertThatThrownBy(() -> json("{}")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("\"parameters\"");
        assertThatThrownBy(() -> json("")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> json("{'parameters': ")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> json("[]")).isInstanceOf(ParameterException.class);
    }

    @Test
    void anEmptyParameterListIsFine() {
        assertThat(json("{'note': 'none yet', 'parameters': {}}").names()).isEmpty();
    }

    @Test
    void overriddenByReplacesWholeTimelinesByNameAndKeepsTheRest() {
        LegalParameters defaults = LegalParameters.builder()
                .value("bup.age.a", null, PP11.minusDays(1), 56, "PP 32/1979")
                .value("bup.age.a", PP11, null, 58, "PP 11/2017")
                .value("bup.age.b", PP11, null, 60, "PP 11/2017").build();
        LegalParameters user = LegalParameters.builder().value("bup.age.a", null, null, 57, "Perda uji").build();

        LegalParameters merged = defaults.overriddenBy(user);

        assertThat(merged.intValue("bup.age.a", LocalDate.of(2000, 1, 1))).isEqualTo(57);
        assertThat(merged.intValue("bup.age.a", PP11)).isEqualTo(57);
        assertThat(merged.timeline("bup.age.a")).hasSize(1);
        assertThat(merged.intValue("bup.age.b", PP11)).isEqualTo(60);
        assertThat(merged.names()).containsExactly("bup.age.a", "bup.age.b");
        assertThat(defaults.intValue("bup.age.a", PP11)).as("the defaults are unchanged").isEqualTo(58);
        assertThat(defaults.overriddenBy(LegalParameters.empty())).isSameAs(defaults);
        assertThat(LegalParameters.empty().overriddenBy(defaults)).isEqualTo(defaults);
    }

    @Test
    void parametersAreEqualByTheirTimelines() {
        LegalParameters a = LegalParameters.builder().value("x", null, null, 1, "A").build();

        assertThat(a).isEqualTo(LegalParameters.builder().value("x", null, null, 1, "A").build())
                .hasSameHashCodeAs(LegalParameters.builder().value("x", null, null, 1, "A").build())
                .isNotEqualTo(LegalParameters.builder().value("x", null, null, 1, "B").build());
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> LegalParameters.builder().value(" ", null, null, 1, "A"))
                .isInstanceOf(ParameterException.class);
    }
}

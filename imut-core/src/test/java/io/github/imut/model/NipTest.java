package io.github.imut.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.json.ImutJson;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {
    private static final String PNS = "197911032005011001";

    private static InvalidValueException parseError(String text) {
        try {
            Nip.parse(text);
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("Nip.parse(\"" + text + "\") should have failed");
    }

    @Test
    void parsesTheFourGroupsOfAPnsNip() {
        Nip nip = Nip.parse(PNS);

        assertThat(nip.value()).isEqualTo(PNS);
        assertThat(nip.toString()).isEqualTo(PNS);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1979, 11, 3));
        assertThat(nip.appointmentYear()).isEqualTo(2005);
        assertThat(nip.monthOrCode()).isEqualTo(1);
        assertThat(nip.tmtCpnsMonth()).contains(YearMonth.of(2005, 1));
        assertThat(nip.gender()).isEqualTo(Gender.MALE);
        assertThat(nip.sequence()).isEqualTo(1);
    }

    @Test
    void digitFifteenTwoIsFemale() {
        assertThat(Nip.parse("198503122010012002").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void spacesBetweenTheGroupsAsPrintedOnAnSkAreIgnored() {
        Nip grouped = Nip.parse("19791103 200501 1 001");

        assertThat(grouped).isEqualTo(Nip.parse(PNS)).hasSameHashCodeAs(Nip.parse(PNS));
        assertThat(grouped.value()).isEqualTo(PNS);
    }

    @Test
    void surroundingWhitespaceAndNoBreakSpacesCopiedFromADocumentAreIgnored() {
        assertThat(Nip.parse(" 19791103\u00a0200501\t1 001\n").value()).isEqualTo(PNS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19791103200501100", "1979110320050110011", "19791103 200501 1 00", ""})
    void anythingButEighteenDigitsIsALengthError(String text) {
        InvalidValueException e = parseError(text);

        assertThat(e.key()).isEqualTo("nip.length");
        assertThat(e.arguments()).containsEntry("length", String.valueOf(text.replace(" ", "").length()));
    }

    @Test
    void seventeenDigitsSaysSoInBothLanguages() {
        InvalidValueException e = parseError("19791103200501100");

        assertThat(e.message(Locale.forLanguageTag("id")))
                .isEqualTo("NIP \"19791103200501100\" terdiri atas 17 angka; NIP harus 18 angka");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("NIP \"19791103200501100\" has 17 digits; a NIP must have 18");
        assertThat(e.getMessage()).contains("17 angka").contains("17 digits");
    }

    @Test
    void nineteenDigitsIsALengthError() {
        assertThat(parseError("1979110320050110011").arguments()).containsEntry("length", "19");
    }

    @Test
    void aLetterIsNamedInTheMessage() {
        InvalidValueException e = parseError("19791103200501100A");

        assertThat(e.key()).isEqualTo("nip.nonDigit");
        assertThat(e.arguments()).containsEntry("char", "A");
        assertThat(e.message(Locale.ENGLISH)).contains("\"A\"");
    }

    @Test
    void separatorsOtherThanSpacesAreNotDigits() {
        assertThat(parseError("19791103-200501-1-001").key()).isEqualTo("nip.nonDigit");
        assertThat(parseError("19791103.200501.1.001").key()).isEqualTo("nip.nonDigit");
    }

    @Test
    void nullIsMissing() {
        assertThat(parseError(null).key()).isEqualTo("nip.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"198502302010011002", "198513012010011002", "198500122010011002", "198504312010011002",
        "190002292010011002"})
    void anImpossibleBirthDateIsRejected(String text) {
        InvalidValueException e = parseError(text);

        assertThat(e.key()).isEqualTo("nip.birthDate");
        assertThat(e.arguments()).containsEntry("part", text.substring(0, 8));
    }

    @Test
    void twentyNinthFebruaryOfALeapYearIsAPossibleBirthDate() {
        assertThat(Nip.parse("198402292010011002").birthDate()).isEqualTo(LocalDate.of(1984, 2, 29));
    }

    @Test
    void theThirtiethOfFebruaryIsNamedInBothLanguages() {
        InvalidValueException e = parseError("198502302010011002");

        assertThat(e.message(Locale.forLanguageTag("id"))).contains("19850230").contains("bukan tanggal lahir");
        assertThat(e.message(Locale.ENGLISH)).contains("19850230").contains("not a possible birth date");
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '3', '9'})
    void aSexDigitOtherThanOneOrTwoIsRejected(char digit) {
        String text = "19791103200501" + digit + "001";

        InvalidValueException e = parseError(text);

        assertThat(e.key()).isEqualTo("nip.gender");
        assertThat(e.arguments()).containsEntry("digit", String.valueOf(digit));
        assertThat(e.message(Locale.ENGLISH)).contains("digit 15");
    }

    @Test
    void ofBuildsTheNipThatParseReadsBack() {
        Nip built = Nip.of(LocalDate.of(1985, 3, 12), YearMonth.of(2010, 1), Gender.FEMALE, 2);

        assertThat(built.value()).isEqualTo("198503122010012002");
        Nip parsed = Nip.parse(built.value());
        assertThat(parsed).isEqualTo(built);
        assertThat(parsed.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(parsed.tmtCpnsMonth()).contains(YearMonth.of(2010, 1));
        assertThat(parsed.gender()).isEqualTo(Gender.FEMALE);
        assertThat(parsed.sequence()).isEqualTo(2);
    }

    @Test
    void ofPadsMonthDayAndSequence() {
        assertThat(Nip.of(LocalDate.of(1990, 1, 5), YearMonth.of(2019, 12), Gender.MALE, 999).value())
                .isEqualTo("199001052019121999");
    }

    @Test
    void ofRejectsASequenceOutsideThreeDigits() {
        assertThatThrownBy(() -> Nip.of(LocalDate.of(1990, 1, 5), YearMonth.of(2019, 12), Gender.MALE, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> Nip.of(LocalDate.of(1990, 1, 5), YearMonth.of(2019, 12), Gender.MALE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofNeedsASex() {
        assertThatThrownBy(() -> Nip.of(LocalDate.of(1990, 1, 5), YearMonth.of(2019, 12), null, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("gender");
    }

    @Test
    void aPppkNumberHasAYearAndACodeButNoTmtCpnsMonth() {
        Nip nip = Nip.parse("19960129 2023 21 1 010");

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1996, 1, 29));
        assertThat(nip.appointmentYear()).isEqualTo(2023);
        assertThat(nip.monthOrCode()).isEqualTo(21);
        assertThat(nip.tmtCpnsMonth()).isEmpty();
        assertThat(nip.hasTmtCpnsMonth()).isFalse();
        assertThat(nip.gender()).isEqualTo(Gender.MALE);
        assertThat(nip.sequence()).isEqualTo(10);
    }

    @Test
    void digitsThirteenAndFourteenZeroAreNoMonth() {
        assertThat(Nip.parse("199001052019001001").tmtCpnsMonth()).isEmpty();
        assertThat(Nip.parse("199001052019121001").tmtCpnsMonth()).contains(YearMonth.of(2019, 12));
        assertThat(Nip.parse("199001052019131001").tmtCpnsMonth()).isEmpty();
        assertThat(Nip.parse("199001052019001001").hasTmtCpnsMonth()).isFalse();
        assertThat(Nip.parse("199001052019011001").hasTmtCpnsMonth()).isTrue();
        assertThat(Nip.parse("199001052019121001").hasTmtCpnsMonth()).isTrue();
        assertThat(Nip.parse("199001052019131001").hasTmtCpnsMonth()).isFalse();
    }

    @Test
    void serialisesAsTheEighteenDigitString() throws Exception {
        assertThat(ImutJson.toJson(Nip.parse("19791103 200501 1 001"))).isEqualTo("\"" + PNS + "\"");
        assertThat(ImutJson.mapper().readValue("\"19791103 200501 1 001\"", Nip.class)).isEqualTo(Nip.parse(PNS));
    }

    @Test
    void equalityIsByDigits() {
        assertThat(Nip.parse(PNS)).isNotEqualTo(Nip.parse("197911032005011002")).isNotEqualTo(PNS);
    }
}

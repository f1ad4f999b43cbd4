package io.github.imut.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.json.ImutJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    /** The catalogue's table R1 (pemberhentian-disiplin.md), in order from lowest to highest. */
    private static final String[][] R1 = {
        {"I/a", "Juru Muda"}, {"I/b", "Juru Muda Tingkat I"}, {"I/c", "Juru"}, {"I/d", "Juru Tingkat I"},
        {"II/a", "Pengatur Muda"}, {"II/b", "Pengatur Muda Tingkat I"}, {"II/c", "Pengatur"},
        {"II/d", "Pengatur Tingkat I"},
        {"III/a", "Penata Muda"}, {"III/b", "Penata Muda Tingkat I"}, {"III/c", "Penata"},
        {"III/d", "Penata Tingkat I"},
        {"IV/a", "Pembina"}, {"IV/b", "Pembina Tingkat I"}, {"IV/c", "Pembina Utama Muda"},
        {"IV/d", "Pembina Utama Madya"}, {"IV/e", "Pembina Utama"},
    };

    private static final String[] ROMAN = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"
    };

    private static InvalidValueException parseError(String text) {
        try {
            Grade.parse(text);
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("Grade.parse(\"" + text + "\") should have failed");
    }

    @Test
    void everyPnsGolonganRuangHasTheCataloguesPangkatName() {
        for (int i = 0; i < R1.length; i++) {
            Grade g = Grade.parse(R1[i][0]);
            assertThat(g.code()).isEqualTo(R1[i][0]);
            assertThat(g.toString()).isEqualTo(R1[i][0]);
            assertThat(g.pangkat()).as(R1[i][0]).contains(R1[i][1]);
            assertThat(g.system()).isEqualTo(Grade.System.PNS);
            assertThat(g.rank()).isEqualTo(i + 1);
        }
    }

    @Test
    void golonganAndRuangAreTheCodesParts() {
        Grade g = Grade.parse("III/c");

        assertThat(g.golongan()).isEqualTo(3);
        assertThat(g.ruang()).contains('c');
        assertThat(Grade.parse("IV/e").ruang()).contains('e');
    }

    @Test
    void pnsGradesAreOrderedFromIaToIVe() {
        List<Grade> grades = new ArrayList<>();
        for (String[] row : R1) {
            grades.add(Grade.parse(row[0]));
        }
        for (int i = 1; i < grades.size(); i++) {
            assertThat(grades.get(i).isAbove(grades.get(i - 1))).as(grades.get(i) + " above " + grades.get(i - 1))
                    .isTrue();
            assertThat(grades.get(i - 1).isAbove(grades.get(i))).isFalse();
        }
        assertThat(Grade.parse("III/c").isAbove(Grade.parse("III/c"))).isFalse();
        assertThat(Grade.parse("III/a").isAbove(Grade.parse("II/d"))).isTrue();
    }

    @Test
    void everyPppkGolonganFromIToXviiHasNoPangkatOrRuang() {
        for (int i = 0; i < ROMAN.length; i++) {
            Grade g = Grade.parse(ROMAN[i]);
            assertThat(g.system()).isEqualTo(Grade.System.PPPK);
            assertThat(g.code()).isEqualTo(ROMAN[i]);
            assertThat(g.golongan()).isEqualTo(i + 1);
            assertThat(g.rank()).isEqualTo(i + 1);
            assertThat(g.pangkat()).isEmpty();
            assertThat(g.ruang()).isEmpty();
            assertThat(Grade.pppk(i + 1)).isSameAs(g);
            if (i > 0) {
                assertThat(g.isAbove(Grade.parse(ROMAN[i - 1]))).isTrue();
            }
        }
    }

    @Test
    void pnsAndPppkGradesAreNotComparable() {
        assertThatThrownBy(() -> Grade.parse("IX").isAbove(Grade.parse("III/a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IX").hasMessageContaining("III/a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"III/c", "IIIc", "III-C", "III c", "III/C", "iii/c", "IIIC", " III / c ", "iii-c"})
    void commonWritingsOfIIIcAllMeanIIIc(String text) {
        assertThat(Grade.parse(text)).isSameAs(Grade.parse("III/c"));
    }

    @Test
    void lowerCasePppkGolonganIsAccepted() {
        assertThat(Grade.parse("ix")).isSameAs(Grade.pppk(9));
        assertThat(Grade.parse("xvii")).isSameAs(Grade.pppk(17));
    }

    @Test
    void factoriesGiveTheSharedConstants() {
        assertThat(Grade.pns(3, 'c')).isSameAs(Grade.parse("III/c"));
        assertThat(Grade.pns(4, 'E')).isSameAs(Grade.parse("IV/e"));
        assertThat(Grade.pppk(9)).isSameAs(Grade.parse("IX"));
    }

    @Test
    void golonganVaIsNoPnsGrade() {
        InvalidValueException e = parseError("V/a");

        assertThat(e.key()).isEqualTo("grade.golongan");
        assertThat(e.message(Locale.forLanguageTag("id"))).contains("\"V/a\"").contains("I s.d. IV");
        assertThat(e.message(Locale.ENGLISH)).contains("\"V/a\"").contains("I to IV");
    }

    @Test
    void ruangFOfGolonganIIIIsRejectedNamingTheLastRuang() {
        InvalidValueException e = parseError("III/f");

        assertThat(e.key()).isEqualTo("grade.ruang");
        assertThat(e.arguments()).containsEntry("last", "d");
        assertThat(e.message(Locale.ENGLISH)).contains("a to d");
    }

    @Test
    void ruangEExistsOnlyInGolonganIV() {
        assertThat(parseError("III/e").arguments()).containsEntry("last", "d");
        assertThat(parseError("IV/f").arguments()).containsEntry("last", "e");
    }

    @Test
    void pppkGolonganXviiiDoesNotExist() {
        InvalidValueException e = parseError("XVIII");

        assertThat(e.key()).isEqualTo("grade.invalid");
        assertThat(e.message(Locale.forLanguageTag("id"))).contains("I s.d. XVII");
        assertThat(e.message(Locale.ENGLISH)).contains("I to XVII");
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "IIII", "III/cd", "3/c", "III/", "III-", "/c", "A", "IIIx"}, nullValues = "NULL")
    void otherTextIsNoGrade(String text) {
        assertThat(parseError(text).key()).startsWith("grade.");
    }

    @Test
    void aSeparatorWithoutRuangIsNotAPppkGrade() {
        assertThat(parseError("III/").key()).isEqualTo("grade.invalid");
        assertThat(parseError("IV-").key()).isEqualTo("grade.invalid");
    }

    @Test
    void nullIsNoGrade() {
        assertThat(parseError(null).key()).isEqualTo("grade.invalid");
    }

    @Test
    void factoriesRejectGolonganOutsideTheirSystem() {
        assertThat(catching(() -> Grade.pns(0, 'a'))).isEqualTo("grade.golongan");
        assertThat(catching(() -> Grade.pns(-1, 'a'))).isEqualTo("grade.golongan");
        assertThat(catching(() -> Grade.pns(5, 'a'))).isEqualTo("grade.golongan");
        assertThat(catching(() -> Grade.pns(3, 'e'))).isEqualTo("grade.ruang");
        assertThat(catching(() -> Grade.pppk(0))).isEqualTo("grade.invalid");
        assertThat(catching(() -> Grade.pppk(18))).isEqualTo("grade.invalid");
    }

    private static String catching(Runnable r) {
        try {
            r.run();
        } catch (InvalidValueException e) {
            return e.key();
        }
        return "no exception";
    }

    @Test
    void serialisesAsTheCanonicalCode() throws Exception {
        assertThat(ImutJson.toJson(Grade.parse("iii-c"))).isEqualTo("\"III/c\"");
        assertThat(ImutJson.toJson(Grade.pppk(9))).isEqualTo("\"IX\"");
        assertThat(ImutJson.mapper().readValue("\"IIIc\"", Grade.class)).isSameAs(Grade.parse("III/c"));
    }
}

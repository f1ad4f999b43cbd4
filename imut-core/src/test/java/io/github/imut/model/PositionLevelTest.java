package io.github.imut.model;

import static io.github.imut.model.BupClass.A;
import static io.github.imut.model.BupClass.B;
import static io.github.imut.model.BupClass.C;
import static io.github.imut.model.PositionType.FUNCTIONAL_EXPERT;
import static io.github.imut.model.PositionType.FUNCTIONAL_SKILLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Types and managerial flag from the catalogue's table R3 (UU 20/2023 Pasal 13 ff.; UU 5/2014), BUP classes from R4
 * (PP 11/2017 Pasal 239 ayat (2): huruf a 58, huruf b 60, huruf c 65).
 */
class PositionLevelTest {
    @ParameterizedTest(name = "{0}: {1}, BUP class {2}, managerial {3}")
    @CsvSource({
        "JPT_UTAMA,     JPT,                B, true",
        "JPT_MADYA,     JPT,                B, true",
        "JPT_PRATAMA,   JPT,                B, true",
        "ADMINISTRATOR, ADMINISTRATION,     A, true",
        "PENGAWAS,      ADMINISTRATION,     A, true",
        "PELAKSANA,     ADMINISTRATION,     A, false",
        "AHLI_UTAMA,    FUNCTIONAL_EXPERT,  C, false",
        "AHLI_MADYA,    FUNCTIONAL_EXPERT,  B, false",
        "AHLI_MUDA,     FUNCTIONAL_EXPERT,  A, false",
        "AHLI_PERTAMA,  FUNCTIONAL_EXPERT,  A, false",
        "PENYELIA,      FUNCTIONAL_SKILLED, A, false",
        "MAHIR,         FUNCTIONAL_SKILLED, A, false",
        "TERAMPIL,      FUNCTIONAL_SKILLED, A, false",
        "PEMULA,        FUNCTIONAL_SKILLED, A, false",
    })
    void levelHasTheCataloguesTypeBupClassAndManagerialFlag(PositionLevel level, PositionType type, BupClass bup,
            boolean managerial) {
        assertThat(level.type()).isEqualTo(type);
        assertThat(level.bupClass()).isEqualTo(bup);
        assertThat(level.isManagerial()).isEqualTo(managerial);
        assertThat(level.isFunctional()).isEqualTo(type == FUNCTIONAL_EXPERT || type == FUNCTIONAL_SKILLED);
    }

    @Test
    void theTableAboveCoversEveryLevel() {
        // a level appended to the enum must be added to the table and checked against the catalogue
        assertThat(PositionLevel.values()).extracting(Enum::name).containsExactlyInAnyOrder(
                "JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "AHLI_UTAMA",
                "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA", "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA");
    }

    @Test
    void managerialPositionsAreExactlyJptAdministratorAndPengawas() {
        Set<PositionLevel> managerial = EnumSet.noneOf(PositionLevel.class);
        for (PositionLevel l : PositionLevel.values()) {
            if (l.isManagerial()) {
                managerial.add(l);
            }
        }
        assertThat(managerial).containsExactlyInAnyOrder(PositionLevel.JPT_UTAMA, PositionLevel.JPT_MADYA,
                PositionLevel.JPT_PRATAMA, PositionLevel.ADMINISTRATOR, PositionLevel.PENGAWAS);
    }

    @Test
    void onlyAhliUtamaIsInBupClassCAndBIsJptAndAhliMadya() {
        Set<PositionLevel> b = EnumSet.noneOf(PositionLevel.class);
        Set<PositionLevel> c = EnumSet.noneOf(PositionLevel.class);
        for (PositionLevel l : PositionLevel.values()) {
            if (l.bupClass() == B) {
                b.add(l);
            } else if (l.bupClass() == C) {
                c.add(l);
            } else {
                assertThat(l.bupClass()).isEqualTo(A);
            }
        }
        assertThat(b).containsExactlyInAnyOrder(PositionLevel.JPT_UTAMA, PositionLevel.JPT_MADYA,
                PositionLevel.JPT_PRATAMA, PositionLevel.AHLI_MADYA);
        assertThat(c).containsExactly(PositionLevel.AHLI_UTAMA);
    }
}

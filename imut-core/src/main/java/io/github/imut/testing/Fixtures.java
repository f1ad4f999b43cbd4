package io.github.imut.testing;

import io.github.imut.model.Action;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerRole;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Lawful proposals for tests, one for every {@link Action}, so that a test states only what matters to it:
 *
 * <pre>{@code
 * Proposal p = Fixtures.transfer().effective(LocalDate.of(2024, 3, 22)).build();   // in the 2024 pilkada freeze
 * assertThat(checker.check(p, p.getEffectiveDate())).hasVerdict(Verdict.NEEDS_APPROVAL)
 *         .hasFinding("PILKADA-PRE-6M").withApprovalFrom(Approver.MENDAGRI);
 * }</pre>
 *
 * <p>Each default is a small, made-up but lawful story in the Kabupaten Sleman government ({@value #REGION_CODE},
 * province {@code 34}, Daerah Istimewa Yogyakarta), decided by the definitive regent unless the story says otherwise,
 * effective {@link #EFFECTIVE_DATE} (2026-07-01) or, for the dismissals that take effect at the end of a month,
 * {@link #MONTH_END_EFFECTIVE_DATE} (2026-06-30): fixed dates, never "today", chosen outside every political window
 * of the standard calendar (the 2024 pilkada freeze and post-inauguration windows ran 2024-03-22 to 2025-08-20) and
 * inside its coverage (2023-01-01 to 2028-12-31). Built with no override, every default is eligible ({@code MS})
 * under the standard rules of {@code imut-rules}, whatever the day of the check; imut's own tests prove it for each
 * action. Every default employee's NIP (a PPPK's NI PPPK) agrees with their birth date, sex and TMT CPNS (TMT PPPK).
 * What each story is, and so what a test overrides to break it:
 *
 * <dl>
 *   <dt>{@link Action#WITHIN_AGENCY} ({@link #transfer()}, {@link #employee()})</dt>
 *   <dd>A rotation the agency ordered: Rina Wulandari (PNS, born 1987-08-17, TMT CPNS 2012-03-01, III/c, S1), Kepala
 *       Seksi Pelayanan Perizinan (pengawas) at the one-stop licensing office since 2022-01-03, moves to Kepala Seksi
 *       Perencanaan dan Evaluasi (pengawas) at Bappeda. Lawful: a PNS (not a CPNS), same level, 4.5 years in post
 *       (more than the 2-year minimum, and still 2 years on any TMT from 2024-01-03), no Dukcapil post, signed by the
 *       definitive Bupati Sleman outside the political windows; rated BAIK and SANGAT_BAIK in the two years before the
 *       TMT; SK and SKP attached. An agency-ordered move within the agency needs no further documents: with
 *       {@code initiatedBy(Initiator.OWN_REQUEST)} the request and the statements become due.</dd>
 *   <dt>{@link Action#BETWEEN_AGENCIES}</dt>
 *   <dd>Fajar Nugroho (PNS, born 1989-11-23, TMT CPNS 2014-03-01, III/c), a pengawas at Bappeda Sleman since
 *       2022-01-03, moves to Kepala Seksi Tata Ruang (pengawas) of the Kota Yogyakarta government: a move between a
 *       regency and a city of one province, decided by the definitive Gubernur DIY with the technical consideration
 *       (pertek) of the BKN regional office; the receiving PPK's proposal and the origin PPK's consent name the
 *       position; anjab/ABK, the statements of no discipline and no study leave and Inspektorat's certificate of no
 *       audit findings are attached; rated at least BAIK in the two years before the TMT.</dd>
 *   <dt>{@link Action#JPT_REPLACEMENT}</dt>
 *   <dd>Hendra Gunawan (PNS, born 1975-02-11, TMT CPNS 1999-03-01, IV/c, S2), inaugurated Kepala Dinas Perhubungan
 *       (JPT pratama) on 2022-01-10, is replaced and moves to Staf Ahli Bupati Bidang Pembangunan (JPT pratama): the
 *       2 years in which a JPT may not be replaced ended on 2024-01-10. Override {@code since(...)} to test the
 *       protection.</dd>
 *   <dt>{@link Action#CPNS_TO_PNS}</dt>
 *   <dd>Putri Anggraini (CPNS since 2025-07-01, born 1999-05-21, III/a, S1), Pranata Komputer Ahli Pertama, becomes PNS
 *       on 2026-07-01 after her probation year: she passed the latsar training (2025-11-21) and a health examination;
 *       SK CPNS, latsar certificate and health certificate attached.</dd>
 *   <dt>{@link Action#INTO_POSITION} ({@link #appointment()})</dt>
 *   <dd>A promotion: Agus Prasetyo (PNS, born 1981-01-22, TMT CPNS 2006-12-01, III/d, S1 civil engineering), Kepala
 *       Seksi Pembangunan Jalan (pengawas) since 2021-01-04 after 14 years of related pelaksana work, is appointed
 *       Kepala Bidang Bina Marga (administrator, definitive): more than 3 years as pengawas, rated at least BAIK in the
 *       two years before the TMT, health certificate attached.</dd>
 *   <dt>{@link Action#PPPK_INTO_POSITION}</dt>
 *   <dd>Lestari Handayani (PPPK since 2025-03-01, born 1992-05-14, golongan IX, S1 teacher education), Guru Ahli
 *       Pertama, is placed as Guru Ahli Pertama at another school: a functional position open to PPPK, rated BAIK the
 *       year before the TMT, health certificate attached.</dd>
 *   <dt>{@link Action#REACTIVATION}</dt>
 *   <dd>Ridwan Saputra (PNS, born 1977-03-03, TMT CPNS 2002-03-01), a pengawas temporarily dismissed when detained on
 *       2025-08-12, was acquitted by a final judgment of 2026-05-20 (attached) and is reactivated, with the withheld
 *       pay claimed.</dd>
 *   <dt>{@link Action#PPPK_CONTRACT_EXTENSION}</dt>
 *   <dd>Siti Aminah (PPPK since 2021-07-01, born 1990-09-13), Guru Ahli Pertama, whose first contract ran 2021-07-01 to
 *       2026-06-30, gets a new one for 2026-07-01 to 2031-06-30; SKP and the new work contract attached.</dd>
 *   <dt>{@link Action#RETIREMENT_AGE} ({@link #dismissal()})</dt>
 *   <dd>Hartono (PNS, born 1968-06-15, TMT CPNS 1994-03-01, IV/a), Kepala Bidang Aset (administrator: retirement age
 *       58), reaches 58 on 2026-06-15 and retires with a pension from the first day of the next month, 2026-07-01.
 *       Override {@code effective(...)} or {@code bornOn(...)} to test the retirement date.</dd>
 *   <dt>{@link Action#OWN_REQUEST}</dt>
 *   <dd>Rina Marlina (PNS, born 1986-04-22, TMT CPNS 2010-03-01), a pelaksana, resigns at her own written request,
 *       received 2026-04-02 (attached), proposed by the regional secretary on 2026-04-06 and decided by the regent on
 *       2026-04-16, within the 14 working days: an honourable dismissal within a year of the request, with no pension
 *       claimed (aged 40 with 16 years of service she has no pension right).</dd>
 *   <dt>{@link Action#DEATH}</dt>
 *   <dd>I Ketut Sudarsana (PNS, born 1971-11-02, TMT CPNS 1997-03-01), Kepala Seksi Irigasi, died on 2026-07-01 (not on
 *       duty): dismissed with honour from the day of death; death certificate attached.</dd>
 *   <dt>{@link Action#EARLY_RETIREMENT}</dt>
 *   <dd>Andi Baso Rahman (PNS, born 1974-03-09, TMT CPNS 1999-03-01, IV/a), Kepala Bagian Umum (administrator), retires
 *       early at his request received 2026-04-01 (attached), decided on 2026-04-15, within the 14 working days: aged 52
 *       with 27 years of pensionable service, over the 50 years and 20 years of service that give a pension.</dd>
 *   <dt>{@link Action#HEALTH}</dt>
 *   <dd>Sri Wahyuni (PNS, born 1983-01-30, TMT CPNS 2008-12-01), Perawat Terampil at the regional hospital, found unfit
 *       by the government health board on 2026-06-10, the unfitness caused by her duty: dismissed with honour and a
 *       pension; the board's result attached. Proposed two weeks before the TMT and decided one week before it, well
 *       within the 14 working days.</dd>
 *   <dt>{@link Action#ORGANISATION_DOWNSIZING}</dt>
 *   <dd>Dedi Kurniawan (PNS, born 1973-10-05, TMT CPNS 1998-03-01), a pelaksana of a dissolved parking unit, on the
 *       PPK's inventory of surplus PNS: aged 52 with 28 years of service, so dismissed with honour and a pension
 *       without waiting pay; the written responses of the Minister PAN-RB and of BKN attached.</dd>
 *   <dt>{@link Action#DISHONOURABLE}</dt>
 *   <dd>Bambang Sutrisno (PNS, born 1976-05-21, TMT CPNS 2001-03-01), Kepala Bidang Anggaran, sentenced to 4 years for
 *       a crime in office by a judgment final on 2026-06-08 (attached): dismissed without honour and without pension
 *       from the end of that month, 2026-06-30; proposed two weeks before the TMT and decided one week before it.</dd>
 *   <dt>{@link Action#TEMPORARY}</dt>
 *   <dd>Joko Susilo (PNS, born 1979-09-09, TMT CPNS 2005-01-01), Kepala Seksi Pengadaan, detained as a suspect on
 *       2026-07-01: temporarily dismissed from the day of detention; the detention order attached.</dd>
 *   <dt>{@link Action#PPPK_TERMINATION}</dt>
 *   <dd>Wahyu Lestari (PPPK since 2021-07-01, born 1991-02-07), Guru Ahli Pertama, whose contract ends on 2026-06-30
 *       and is not extended: the contract is terminated with honour from 2026-07-01.</dd>
 *   <dt>{@link Action#OTHER_GROUND}</dt>
 *   <dd>Slamet Riyadi (PNS, born 1978-12-12, TMT CPNS 2003-01-01), a driver (pelaksana), sentenced to 2 years and 6
 *       months for an ordinary offence that was not premeditated, by a judgment final on 2026-06-10 (attached):
 *       dismissed with honour, without pension, from the end of that month, 2026-06-30; proposed two weeks before the
 *       TMT and decided one week before it.</dd>
 * </dl>
 *
 * <p>The people, numbers and letters are made up. Change what a test is about with {@link ProposalFixture}'s
 * methods; it keeps the NIP consistent and dates the file from the TMT. Stateless and thread-safe; the fixtures it
 * returns are not (one per test). Needs nothing beyond {@code imut-core}: checking a fixture against the standard
 * rules needs {@code imut-rules} on the test class path, as checking any proposal does.
 */
public final class Fixtures {
    /** The default effective date (TMT) of every story except the month-end dismissals: 2026-07-01. */
    public static final LocalDate EFFECTIVE_DATE = LocalDate.of(2026, 7, 1);
    /**
     * The default TMT of the dismissals that take effect "at the end of the month" of their event
     * ({@link Action#DISHONOURABLE}, {@link Action#OTHER_GROUND}): 2026-06-30.
     */
    public static final LocalDate MONTH_END_EFFECTIVE_DATE = LocalDate.of(2026, 6, 30);
    /** The region code of Kabupaten Sleman, where every default employee works. */
    public static final String REGION_CODE = "34.04";

    private Fixtures() {
    }

    /**
     * @param action any action
     * @return a fixture of its default story
     */
    public static ProposalFixture of(Action action) {
        return new ProposalFixture(action);
    }

    /** @return a fixture of the default rotation within the agency ({@link Action#WITHIN_AGENCY}) */
    public static ProposalFixture transfer() {
        return of(Action.WITHIN_AGENCY);
    }

    /**
     * @param action a transfer action
     * @return a fixture of its default story
     * @throws IllegalArgumentException if the action is no transfer
     */
    public static ProposalFixture transfer(Action action) {
        return of(kind(action, ProposalKind.TRANSFER));
    }

    /** @return a fixture of the default promotion into an administrator position ({@link Action#INTO_POSITION}) */
    public static ProposalFixture appointment() {
        return of(Action.INTO_POSITION);
    }

    /**
     * @param action an appointment action
     * @return a fixture of its default story
     * @throws IllegalArgumentException if the action is no appointment
     */
    public static ProposalFixture appointment(Action action) {
        return of(kind(action, ProposalKind.APPOINTMENT));
    }

    /** @return a fixture of the default retirement at the age limit ({@link Action#RETIREMENT_AGE}) */
    public static ProposalFixture dismissal() {
        return of(Action.RETIREMENT_AGE);
    }

    /**
     * @param action a dismissal action
     * @return a fixture of its default story
     * @throws IllegalArgumentException if the action is no dismissal
     */
    public static ProposalFixture dismissal(Action action) {
        return of(kind(action, ProposalKind.DISMISSAL));
    }

    /**
     * @return a new builder holding the default employee of {@link #transfer()} (Rina Wulandari, rated for the two
     *     years before {@link #EFFECTIVE_DATE}); a test that changes the birth date, sex or TMT CPNS here sets a
     *     consistent NIP itself ({@link io.github.imut.model.Nip#of}), or uses {@link ProposalFixture}, which does
     */
    public static ImmutableEmployee.Builder employee() {
        return Stories.rina(EFFECTIVE_DATE);
    }

    /**
     * @param role an office
     * @return its holder for the default employee's region, as {@link ProposalFixture#signedBy(SignerRole)} makes it
     */
    public static Signer signer(SignerRole role) {
        return ProposalFixture.signer(Objects.requireNonNull(role, "role"), employee().build());
    }

    private static Action kind(Action action, ProposalKind kind) {
        Objects.requireNonNull(action, "action");
        if (action.kind() != kind) {
            throw new IllegalArgumentException(action + " is a " + action.kind().name().toLowerCase(Locale.ROOT)
                    + " action, not a " + kind.name().toLowerCase(Locale.ROOT) + " one");
        }
        return action;
    }
}

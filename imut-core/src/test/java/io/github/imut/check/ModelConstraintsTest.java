package io.github.imut.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.Gender;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableAgency;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutablePerformanceRecord;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableSigner;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Nip;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proceeding;
import io.github.imut.model.ProceedingKind;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.RelatedParty;
import io.github.imut.model.Relation;
import io.github.imut.model.PartyRole;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The fast constraint screen ({@link ModelConstraints}) is exact: it covers every constraint Hibernate Validator
 * knows on the model, it agrees with Hibernate Validator on every boundary of every constraint, and the violations a
 * check reports are the same with the screen as without.
 */
class ModelConstraintsTest {
    private static final Validator HV = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** Blank and not-blank strings as Hibernate Validator's {@code trim()} sees them. */
    private static final String[] TEXTS = {"", " ", "\t\n", "\u0000", "\u001f \u0020", "a", " a ", "\u2003",
        "\u00a0", "\u3000x", "x".repeat(64), "x".repeat(65), " ".repeat(70), "\ud83d\ude00"};
    /** Region codes and near misses: the pattern is \d{2}(\.\d{2})? on the whole value, \d being ASCII. */
    private static final String[] CODES = {"13", "13.12", "1", "123", "1a", "a1", "\u0661\u0663", "", " 13", "13\n",
        "13.1", "13.123", "13,12", "13.12.01", "1312", "13.", ".12", "1 .12", "13.1a", "\uff11\uff13"};
    private static final int[] INTS = {Integer.MIN_VALUE, -1, 0, 1, 4, 5, 39, 40, 75, 76, 1949, 1950, 2100, 2101,
        Integer.MAX_VALUE};

    /** A proposal with every optional part and every list present, all valid. */
    static ImmutableProposal rich() {
        LocalDate birth = LocalDate.of(1980, 5, 17);
        Agency agency = Agency.builder().kind(AgencyKind.REGENCY).name("Kab. Sleman").province("34")
                .regionCode("34.04").build();
        return Proposal.builder().id("BKPSDM-SLM/2026/MUT/0001").kind(ProposalKind.TRANSFER)
                .action(Action.BETWEEN_AGENCIES).effectiveDate(LocalDate.of(2026, 3, 2))
                .employee(Employee.builder().nip(Nip.of(birth, YearMonth.of(2005, 1), Gender.FEMALE, 3))
                        .birthDate(birth).gender(Gender.FEMALE).recordedRetirementAge(58)
                        .education(Education.builder().level(EducationLevel.S1).build())
                        .agency(agency)
                        .currentPosition(Position.builder().level(PositionLevel.PENGAWAS).build())
                        .addPositionHistory(PositionRecord.builder().from(LocalDate.of(2005, 1, 1)).build())
                        .addPerformance(PerformanceRecord.builder().year(2024).rating(PerformanceRating.BAIK).build(),
                                PerformanceRecord.builder().year(2025).quarter(2).rating(PerformanceRating.BAIK)
                                        .build())
                        .addSanctions(DisciplinarySanction.builder().level(SanctionLevel.RINGAN).neutralityForm(2)
                                .unexcusedAbsenceDays(3).consecutiveAbsenceWorkingDays(1).build())
                        .extendedRetirementAge(60).pensionServiceMonths(240)
                        .criminalCase(io.github.imut.model.CriminalCase.builder().sentenceMonths(6).build())
                        .addOpenProceedings(Proceeding.builder().kind(ProceedingKind.JUDICIAL_PROCESS).build())
                        .addStudyLeaves(Period.builder().from(LocalDate.of(2015, 1, 1)).build())
                        .build())
                .target(Target.builder().position(Position.builder().level(PositionLevel.PENGAWAS).build())
                        .agency(Agency.builder().kind(AgencyKind.CITY).province("34").regionCode("34.71").build())
                        .build())
                .signer(Signer.builder().role(SignerRole.BUPATI).capacity(SignerCapacity.DEFINITIF)
                        .regionCode("34.04").build())
                .addApprovals(Approval.builder().from(Approver.BKN).reference("BKN/1").date(LocalDate.of(2026, 2, 1))
                        .build(), Approval.builder().from(Approver.PPK_ASAL).reference("PPK/2")
                        .date(LocalDate.of(2026, 2, 1)).build())
                .addDocuments(Document.builder().kind(DocumentKind.SKP).build())
                .addRelatedParties(RelatedParty.builder().relation(Relation.SPOUSE).role(PartyRole.SIGNER).build())
                .addGrounds(Ground.builder().code("OWN_REQUEST").build(), Ground.builder().code("SECOND").build())
                .build();
    }

    private static io.github.imut.model.ImmutableDisciplinarySanction sanction(ImmutableProposal p) {
        return io.github.imut.model.ImmutableDisciplinarySanction.copyOf(employee(p).getSanctions().get(0));
    }

    /** Every way to change one constrained value of {@link #rich()}, to each boundary value. */
    static List<UnaryOperator<ImmutableProposal>> mutations() {
        List<UnaryOperator<ImmutableProposal>> out = new ArrayList<>();
        for (String t : TEXTS) {
            out.add(p -> p.withId(t));
            out.add(p -> p.withApprovals(p.getApprovals().get(0), ((io.github.imut.model.ImmutableApproval)
                    p.getApprovals().get(1)).withReference(t)));
            out.add(p -> p.withGrounds(((io.github.imut.model.ImmutableGround) p.getGrounds().get(0)).withCode(t),
                    p.getGrounds().get(1)));
        }
        for (String c : CODES) {
            out.add(p -> p.withEmployee(employee(p).withAgency(agency(employee(p).getAgency()).withProvince(c))));
            out.add(p -> p.withEmployee(employee(p).withAgency(agency(employee(p).getAgency()).withRegionCode(c))));
            out.add(p -> p.withTarget(target(p).withAgency(agency(target(p).getAgency()).withProvince(c))));
            out.add(p -> p.withTarget(target(p).withAgency(agency(target(p).getAgency()).withRegionCode(c))));
            out.add(p -> p.withSigner(((ImmutableSigner) p.getSigner().orElseThrow()).withRegionCode(c)));
        }
        for (int n : INTS) {
            out.add(p -> p.withEmployee(employee(p).withRecordedRetirementAge(n)));
            out.add(p -> p.withEmployee(employee(p).withExtendedRetirementAge(n)));
            out.add(p -> p.withEmployee(employee(p).withPensionServiceMonths(n)));
            out.add(p -> p.withEmployee(employee(p).withCriminalCase(io.github.imut.model.ImmutableCriminalCase
                    .copyOf(employee(p).getCriminalCase().orElseThrow()).withSentenceMonths(n))));
            out.add(p -> p.withEmployee(employee(p).withSanctions(sanction(p).withNeutralityForm(n))));
            out.add(p -> p.withEmployee(employee(p).withSanctions(sanction(p).withUnexcusedAbsenceDays(n))));
            out.add(p -> p.withEmployee(employee(p).withSanctions(sanction(p).withConsecutiveAbsenceWorkingDays(n))));
            out.add(p -> p.withEmployee(employee(p).withPerformance(employee(p).getPerformance().get(0),
                    ((ImmutablePerformanceRecord) employee(p).getPerformance().get(1)).withYear(n))));
            out.add(p -> p.withEmployee(employee(p).withPerformance(employee(p).getPerformance().get(0),
                    ((ImmutablePerformanceRecord) employee(p).getPerformance().get(1)).withQuarter(n))));
        }
        out.add(p -> p.withEmployee(employee(p).withAgency(Optional.empty())));
        out.add(p -> p.withTarget(Optional.empty()));
        out.add(p -> p.withSigner(Optional.empty()));
        out.add(p -> p.withKind(ProposalKind.DISMISSAL));
        out.add(p -> p.withSigner(Signer.builder().role(SignerRole.PJ_BUPATI).capacity(SignerCapacity.DEFINITIF)
                .build()));
        out.add(p -> p.withSigner(Signer.builder().role(SignerRole.PJ_BUPATI).build()));
        // a mutation of a part an earlier mutation removed leaves the proposal as it is
        List<UnaryOperator<ImmutableProposal>> safe = new ArrayList<>();
        for (UnaryOperator<ImmutableProposal> m : out) {
            safe.add(p -> {
                try {
                    return m.apply(p);
                } catch (java.util.NoSuchElementException | ClassCastException e) {
                    return p;
                }
            });
        }
        return safe;
    }

    private static ImmutableEmployee employee(Proposal p) {
        return (ImmutableEmployee) p.getEmployee();
    }

    private static ImmutableTarget target(Proposal p) {
        return (ImmutableTarget) p.getTarget().orElseThrow();
    }

    private static ImmutableAgency agency(Optional<Agency> a) {
        return (ImmutableAgency) a.orElseThrow();
    }

    private static final ModelConstraints SCREEN = new ModelConstraints(HV);

    /** @return the screens' verdict; the generic and the hand-written screen must agree */
    private static boolean screenClean(Proposal p) {
        int r = SCREEN.check(p);
        assertThat(r).as("the generic screen decides for the model: " + p).isNotEqualTo(ModelConstraints.UNKNOWN);
        boolean clean = r == ModelConstraints.CLEAN;
        assertThat(KnownConstraints.isClean(p)).as("hand-written and generic screens agree: " + p).isEqualTo(clean);
        return clean;
    }

    @Test
    void theScreenImplementsEveryConstraintOfTheModel() {
        // If this fails, the model gained a kind of constraint the screen does not implement: every proposal is then
        // validated by Hibernate Validator (correct, but ~30 KB and microseconds per proposal). Implement it in
        // ModelConstraints.check(ConstraintDescriptor, ...) with Hibernate Validator's semantics.
        assertThat(StructuralValidator.screen().unsupported()).isEmpty();
        assertThat(SCREEN.unsupported()).isEmpty();
    }

    @Test
    void theHandWrittenScreenCoversExactlyTheConstraintsHibernateValidatorKnowsOnTheModel() {
        // If this fails, the model's constraints changed: the generic screen has taken over (exact, but ten times
        // slower than the hand-written one). Update KnownConstraints.isClean and COVERED together.
        TreeSet<String> known = new TreeSet<>(KnownConstraints.signature(HV));
        TreeSet<String> covered = new TreeSet<>(KnownConstraints.COVERED);
        TreeSet<String> missing = new TreeSet<>(known);
        missing.removeAll(covered);
        TreeSet<String> stale = new TreeSet<>(covered);
        stale.removeAll(known);
        assertThat(missing).as("constraints of the model KnownConstraints does not implement").isEmpty();
        assertThat(stale).as("constraints KnownConstraints implements that the model no longer has").isEmpty();
        assertThat(StructuralValidator.knownModel()).isTrue();
    }

    @Test
    void theScreenAgreesWithHibernateValidatorOnEveryBoundaryOfEveryConstraint() {
        assertThat(screenClean(rich())).isTrue();
        assertThat(HV.validate(rich())).isEmpty();
        int dirty = 0;
        Set<String> violated = new TreeSet<>();
        for (UnaryOperator<ImmutableProposal> m : mutations()) {
            ImmutableProposal p = m.apply(rich());
            Set<jakarta.validation.ConstraintViolation<ImmutableProposal>> violations = HV.validate(p);
            assertThat(screenClean(p)).as(p.toString()).isEqualTo(violations.isEmpty());
            dirty += violations.isEmpty() ? 0 : 1;
            for (jakarta.validation.ConstraintViolation<?> cv : violations) {
                violated.add(constraintKey(cv));
            }
        }
        assertThat(dirty).as("boundaries that violate a constraint").isGreaterThan(60);
        // Every constraint of the model must be violated by some mutation, so that both screens are compared with
        // Hibernate Validator on it: a constraint added to the model needs its boundary values in mutations().
        Set<String> constraints = new TreeSet<>();
        for (String line : KnownConstraints.signature(HV)) {
            if (!line.endsWith(" @Valid")) {
                String where = line.substring(0, line.indexOf(' ')).replace("<0>", "");
                constraints.add(where + " " + line.substring(line.indexOf(' ') + 1, line.indexOf('(')));
            }
        }
        assertThat(violated).as("constraints some mutation violates").containsAll(constraints);
    }

    /** @return e.g. {@code ImmutableAgency.province Pattern}: the bean, its property and the constraint */
    private static String constraintKey(jakarta.validation.ConstraintViolation<?> cv) {
        String property = null;
        for (jakarta.validation.Path.Node n : cv.getPropertyPath()) {
            if (n.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                property = n.getName();
            }
        }
        return cv.getLeafBean().getClass().getSimpleName() + "." + property + " "
                + cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    @Test
    void theScreenAgreesWithHibernateValidatorOnRandomCombinations() {
        List<UnaryOperator<ImmutableProposal>> mutations = mutations();
        Random random = new Random(6);
        for (int i = 0; i < 3000; i++) {
            ImmutableProposal p = rich();
            for (int k = random.nextInt(4); k >= 0; k--) {
                p = mutations.get(random.nextInt(mutations.size())).apply(p);
            }
            assertThat(screenClean(p)).as(p.toString()).isEqualTo(HV.validate(p).isEmpty());
        }
    }

    @Test
    void violationsAreTheSameWithTheScreenAsWithoutInBothLanguages() {
        List<UnaryOperator<ImmutableProposal>> mutations = mutations();
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            ImmutableProposal p = rich();
            for (int k = random.nextInt(3); k >= 0; k--) {
                p = mutations.get(random.nextInt(mutations.size())).apply(p);
            }
            for (Language l : Language.values()) {
                assertThat(StructuralValidator.validate(p, l, true)).as(p.toString())
                        .isEqualTo(StructuralValidator.validate(p, l, false));
            }
        }
    }

    /** Constraints the model does not use today but may tomorrow: the screen must agree with HV on them too. */
    public static final class Future {
        private final Long count;
        private final List<String> tags;
        private final String code;
        private final Optional<String> label;
        private final String required;

        Future(Long count, List<String> tags, String code, Optional<String> label, String required) {
            this.count = count;
            this.tags = tags;
            this.code = code;
            this.label = label;
            this.required = required;
        }

        public @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(10) Long getCount() {
            return count;
        }

        public @jakarta.validation.constraints.Size(min = 1, max = 2) List<
                @jakarta.validation.constraints.Pattern(regexp = "[a-z]+") String> getTags() {
            return tags;
        }

        public @jakarta.validation.constraints.Pattern(regexp = "ab+c",
                flags = jakarta.validation.constraints.Pattern.Flag.CASE_INSENSITIVE) String getCode() {
            return code;
        }

        public Optional<@jakarta.validation.constraints.NotBlank String> getLabel() {
            return label;
        }

        public @jakarta.validation.constraints.NotNull String getRequired() {
            return required;
        }
    }

    @Test
    void theScreenAgreesWithHibernateValidatorOnConstraintsTheModelMayGainTomorrow() {
        Long[] counts = {null, -1L, 0L, 10L, 11L, Long.MIN_VALUE};
        List<List<String>> tags = List.of(List.of(), List.of("a"), List.of("a", "b"), List.of("a", "b", "c"),
                List.of("A"), List.of("a", "1"));
        String[] codes = {null, "abc", "ABBC", "ac", "abcd", ""};
        List<Optional<String>> labels = List.of(Optional.empty(), Optional.of(""), Optional.of(" "), Optional.of("x"));
        String[] required = {null, "", "r"};
        int n = 0;
        for (Long c : counts) {
            for (List<String> t : tags) {
                for (String code : codes) {
                    for (Optional<String> l : labels) {
                        for (String r : required) {
                            Future f = new Future(c, t, code, l, r);
                            int screened = SCREEN.check(f);
                            assertThat(screened).isNotEqualTo(ModelConstraints.UNKNOWN);
                            assertThat(screened == ModelConstraints.CLEAN)
                                    .as(c + " " + t + " " + code + " " + l + " " + r)
                                    .isEqualTo(HV.validate(f).isEmpty());
                            n++;
                        }
                    }
                }
            }
        }
        assertThat(n).isEqualTo(6 * 6 * 6 * 4 * 3);
    }

    /** A constraint the screen does not implement. */
    public static final class Unscreened {
        public @jakarta.validation.constraints.Email String getMail() {
            return "not an address";
        }
    }

    @Test
    void aConstraintTheScreenDoesNotImplementLeavesTheDecisionToHibernateValidator() {
        assertThat(SCREEN.check(new Unscreened())).isEqualTo(ModelConstraints.UNKNOWN);
        assertThat(HV.validate(new Unscreened())).isNotEmpty();
    }
}

package io.github.imut.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.fixtures.Fixtures;
import io.github.imut.internal.MessageCatalog;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import io.github.imut.model.CriminalCase;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structural validation: every Jakarta constraint of the model really rejects a bad value (a constraint on an
 * accessor Hibernate Validator does not see would be silently ignored), and the cross-field checks.
 */
class StructuralValidationTest {

    private static List<Violation> validate(Proposal p, Language language) {
        return StructuralValidator.validate(p, language);
    }

    private static List<Violation> validate(UnaryOperator<ImmutableProposal.Builder> change) {
        return validate(change.apply(Fixtures.transfer()).build(), Language.ID);
    }

    private static Agency agency(String province, String region) {
        return Agency.builder().kind(AgencyKind.REGENCY).province(province).regionCode(region).build();
    }

    /**
     * One bad value per constrained getter ({@code Class.getter}), with the path and code it must give, and a value
     * just inside the constraint that must pass.
     */
    static Stream<Arguments> constrainedFields() {
        return Stream.of(
                Arguments.of("Proposal.getId", "id", "Size",
                        edit(b -> b.id("X".repeat(65))), edit(b -> b.id("X".repeat(64)))),
                Arguments.of("Proposal.getId", "id", "NotBlank", edit(b -> b.id(" ")), edit(b -> b.id("X"))),
                Arguments.of("Signer.getRegionCode", "signer.regionCode", "regionCode",
                        edit(b -> b.signer(Signer.builder().role(SignerRole.BUPATI).regionCode("13-12").build())),
                        edit(b -> b.signer(Signer.builder().role(SignerRole.BUPATI).regionCode("13.12").build()))),
                Arguments.of("Agency.getRegionCode", "employee.agency.regionCode", "regionCode",
                        edit(b -> b.employee(Fixtures.employee().agency(agency("13", "1312")).build())),
                        edit(b -> b.employee(Fixtures.employee().agency(agency("13", "13")).build()))),
                Arguments.of("Agency.getProvince", "target.agency.province", "provinceCode",
                        edit(b -> b.target(Target.builder().position(Position.builder().build())
                                .agency(agency("13.12", "13.12")).build())),
                        edit(b -> b.target(Target.builder().position(Position.builder().build())
                                .agency(agency("13", "13.12")).build()))),
                Arguments.of("PerformanceRecord.getQuarter", "employee.performance[1].quarter", "Max",
                        edit(b -> b.employee(Fixtures.employee().addPerformance(rating(2023, 4), rating(2023, 5))
                                .build())),
                        edit(b -> b.employee(Fixtures.employee().addPerformance(rating(2023, 4)).build()))),
                Arguments.of("PerformanceRecord.getQuarter", "employee.performance[0].quarter", "Min",
                        edit(b -> b.employee(Fixtures.employee().addPerformance(rating(2023, 0)).build())),
                        edit(b -> b.employee(Fixtures.employee().addPerformance(rating(2023, 1)).build()))),
                Arguments.of("PerformanceRecord.getYear", "employee.performance[0].year", "Min",
                        edit(b -> b.employee(Fixtures.employee().addPerformance(year(1949)).build())),
                        edit(b -> b.employee(Fixtures.employee().addPerformance(year(1950)).build()))),
                Arguments.of("PerformanceRecord.getYear", "employee.performance[0].year", "Max",
                        edit(b -> b.employee(Fixtures.employee().addPerformance(year(2101)).build())),
                        edit(b -> b.employee(Fixtures.employee().addPerformance(year(2100)).build()))),
                Arguments.of("Employee.getRecordedRetirementAge", "employee.recordedRetirementAge", "Min",
                        edit(b -> b.employee(Fixtures.employee().recordedRetirementAge(39).build())),
                        edit(b -> b.employee(Fixtures.employee().recordedRetirementAge(40).build()))),
                Arguments.of("Employee.getRecordedRetirementAge", "employee.recordedRetirementAge", "Max",
                        edit(b -> b.employee(Fixtures.employee().recordedRetirementAge(76).build())),
                        edit(b -> b.employee(Fixtures.employee().recordedRetirementAge(75).build()))),
                Arguments.of("Approval.getReference", "approvals[0].reference", "NotBlank",
                        edit(b -> b.addApprovals(Approval.builder().from(Approver.BKN).reference("")
                                .date(LocalDate.of(2024, 4, 1)).build())),
                        edit(b -> b.addApprovals(Approval.builder().from(Approver.BKN).reference("1/BKN")
                                .date(LocalDate.of(2024, 4, 1)).build()))),
                Arguments.of("Employee.getExtendedRetirementAge", "employee.extendedRetirementAge", "Min",
                        edit(b -> b.employee(Fixtures.employee().extendedRetirementAge(39).build())),
                        edit(b -> b.employee(Fixtures.employee().extendedRetirementAge(40).build()))),
                Arguments.of("Employee.getExtendedRetirementAge", "employee.extendedRetirementAge", "Max",
                        edit(b -> b.employee(Fixtures.employee().extendedRetirementAge(76).build())),
                        edit(b -> b.employee(Fixtures.employee().extendedRetirementAge(75).build()))),
                Arguments.of("Employee.getPensionServiceMonths", "employee.pensionServiceMonths", "Min",
                        edit(b -> b.employee(Fixtures.employee().pensionServiceMonths(-1).build())),
                        edit(b -> b.employee(Fixtures.employee().pensionServiceMonths(0).build()))),
                Arguments.of("CriminalCase.getSentenceMonths", "employee.criminalCase.sentenceMonths", "Min",
                        edit(b -> b.employee(Fixtures.employee().criminalCase(
                                CriminalCase.builder().sentenceMonths(-1).build()).build())),
                        edit(b -> b.employee(Fixtures.employee().criminalCase(
                                CriminalCase.builder().sentenceMonths(0).build()).build()))),
                Arguments.of("DisciplinarySanction.getNeutralityForm", "employee.sanctions[0].neutralityForm", "Min",
                        edit(b -> b.employee(Fixtures.employee().addSanctions(sanction().neutralityForm(0).build())
                                .build())),
                        edit(b -> b.employee(Fixtures.employee().addSanctions(sanction().neutralityForm(1).build())
                                .build()))),
                Arguments.of("DisciplinarySanction.getNeutralityForm", "employee.sanctions[0].neutralityForm", "Max",
                        edit(b -> b.employee(Fixtures.employee().addSanctions(sanction().neutralityForm(8).build())
                                .build())),
                        edit(b -> b.employee(Fixtures.employee().addSanctions(sanction().neutralityForm(7).build())
                                .build()))),
                Arguments.of("DisciplinarySanction.getUnexcusedAbsenceDays", "employee.sanctions[0].unexcusedAbsenceDays",
                        "Min", edit(b -> b.employee(Fixtures.employee().addSanctions(
                                sanction().unexcusedAbsenceDays(-1).build()).build())),
                        edit(b -> b.employee(Fixtures.employee().addSanctions(
                                sanction().unexcusedAbsenceDays(0).build()).build()))),
                Arguments.of("DisciplinarySanction.getConsecutiveAbsenceWorkingDays",
                        "employee.sanctions[0].consecutiveAbsenceWorkingDays", "Min",
                        edit(b -> b.employee(Fixtures.employee().addSanctions(
                                sanction().consecutiveAbsenceWorkingDays(-1).build()).build())),
                        edit(b -> b.employee(Fixtures.employee().addSanctions(
                                sanction().consecutiveAbsenceWorkingDays(0).build()).build()))),
                Arguments.of("Ground.getCode", "grounds[0].code", "NotBlank",
                        edit(b -> b.addGrounds(Ground.builder().code("  ").build())),
                        edit(b -> b.addGrounds(Ground.builder().code("JPT-2Y-EXC").build()))));
    }

    private static UnaryOperator<ImmutableProposal.Builder> edit(UnaryOperator<ImmutableProposal.Builder> f) {
        return f;
    }

    private static io.github.imut.model.ImmutableDisciplinarySanction.Builder sanction() {
        return io.github.imut.model.DisciplinarySanction.builder().level(io.github.imut.model.SanctionLevel.RINGAN);
    }

    private static PerformanceRecord rating(int year, int quarter) {
        return PerformanceRecord.builder().year(year).quarter(quarter).rating(PerformanceRating.BAIK).build();
    }

    private static PerformanceRecord year(int year) {
        return PerformanceRecord.builder().year(year).rating(PerformanceRating.BAIK).build();
    }

    @ParameterizedTest(name = "{0} {2} at {1}")
    @MethodSource("constrainedFields")
    void aConstraintOnAGetterRejectsABadValueAndAcceptsTheBoundary(String getter, String path, String code,
            UnaryOperator<ImmutableProposal.Builder> bad, UnaryOperator<ImmutableProposal.Builder> good) {
        List<Violation> violations = validate(bad);

        assertThat(violations).extracting(Violation::getPath).containsExactly(path);
        assertThat(violations).extracting(Violation::getCode).containsExactly(code);
        assertThat(violations.get(0).getMessage()).startsWith(path + ": ").doesNotContain("{")
                .doesNotContainPattern("\\[[a-z]+\\.[A-Za-z.]+\\]");
        assertThat(validate(good)).isEmpty();
    }

    @Test
    void everyConstrainedGetterOfTheModelIsTestedAbove() throws Exception {
        Set<String> tested = new TreeSet<>();
        constrainedFields().forEach(a -> tested.add((String) a.get()[0]));

        assertThat(tested).isEqualTo(constrainedGetters().keySet());
    }

    @Test
    void constraintsSitOnlyOnGettersWhereTheValidatorSeesThem() throws Exception {
        for (Class<?> type : modelTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                if (!constraints(m).isEmpty()) {
                    assertThat(m.getName()).as(type.getSimpleName() + "." + m.getName()).matches("(get|is)[A-Z].*");
                    assertThat(m.getParameterCount()).isZero();
                }
            }
        }
    }

    @Test
    void everyConstraintTheValidatorCanEmitHasAMessageInBothLanguages() throws Exception {
        Set<String> codes = new TreeSet<>(List.of("action.kind", "signer.capacity", "period.order"));
        for (List<Annotation> list : constrainedGetters().values()) {
            for (Annotation a : list) {
                Object message = a.annotationType().getMethod("message").invoke(a);
                String template = String.valueOf(message);
                codes.add(template.startsWith("{io.github.imut.") ? template.substring(16, template.length() - 1)
                        : a.annotationType().getSimpleName());
            }
        }
        for (Language language : Language.values()) {
            MessageCatalog catalog = MessageCatalog.core(language.locale());
            for (String code : codes) {
                assertThat(catalog.has("constraint." + code)).as(language + " constraint." + code).isTrue();
            }
        }
        assertThat(codes).contains("NotBlank", "Size", "Min", "Max", "regionCode", "provinceCode");
    }

    @Test
    void everyNestedModelValueIsCascadedSoItsConstraintsAreChecked() throws Exception {
        List<Class<?>> types = modelTypes();
        for (Class<?> type : types) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isAbstract(m.getModifiers())) {
                    continue;
                }
                AnnotatedType rt = m.getAnnotatedReturnType();
                boolean valid = m.isAnnotationPresent(jakarta.validation.Valid.class);
                Class<?> element = m.getReturnType();
                if (rt instanceof AnnotatedParameterizedType) {
                    AnnotatedType arg = ((AnnotatedParameterizedType) rt).getAnnotatedActualTypeArguments()[0];
                    valid |= arg.isAnnotationPresent(jakarta.validation.Valid.class);
                    if (arg.getType() instanceof Class) {
                        element = (Class<?>) arg.getType();
                    }
                }
                if (types.contains(element)) {
                    assertThat(valid).as(type.getSimpleName() + "." + m.getName() + " needs @Valid").isTrue();
                }
            }
        }
    }

    /** Abstract model types with a constraint on a method or on a type argument of its return type. */
    private static java.util.Map<String, List<Annotation>> constrainedGetters() throws Exception {
        java.util.Map<String, List<Annotation>> out = new java.util.TreeMap<>();
        for (Class<?> type : modelTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                List<Annotation> found = constraints(m);
                if (!found.isEmpty()) {
                    out.put(type.getSimpleName() + "." + m.getName(), found);
                }
            }
        }
        return out;
    }

    private static List<Annotation> constraints(Method m) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
                found.add(a);
            }
        }
        AnnotatedType rt = m.getAnnotatedReturnType();
        if (rt instanceof AnnotatedParameterizedType) {
            for (AnnotatedType arg : ((AnnotatedParameterizedType) rt).getAnnotatedActualTypeArguments()) {
                for (Annotation a : arg.getAnnotations()) {
                    if (a.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
                        found.add(a);
                    }
                }
            }
        }
        return found;
    }

    private static List<Class<?>> modelTypes() throws Exception {
        URL dir = Proposal.class.getResource("Proposal.class");
        File folder = new File(dir.toURI()).getParentFile();
        List<Class<?>> out = new ArrayList<>();
        for (String name : new TreeSet<>(List.of(folder.list()))) {
            if (name.endsWith(".class") && !name.startsWith("Immutable") && !name.contains("$")) {
                Class<?> c = Class.forName("io.github.imut.model." + name.substring(0, name.length() - 6));
                if (Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
                    out.add(c);
                }
            }
        }
        assertThat(out).contains(Proposal.class, Signer.class, PerformanceRecord.class);
        return out;
    }

    // --- cross-field checks ---------------------------------------------------------------------------------------

    @Test
    void anActionOfAnotherKindIsRejected() {
        List<Violation> v = validate(b -> b.kind(ProposalKind.DISMISSAL));

        assertThat(v).extracting(Violation::getPath).containsExactly("action");
        assertThat(v).extracting(Violation::getCode).containsExactly("action.kind");
        assertThat(v.get(0).getMessage()).isEqualTo("action: aksi WITHIN_AGENCY bukan bagian dari jenis DISMISSAL "
                + "(aksi ini termasuk jenis TRANSFER).");
        assertThat(validate(Fixtures.transfer().kind(ProposalKind.APPOINTMENT).build(), Language.EN).get(0)
                .getMessage()).isEqualTo("action: action WITHIN_AGENCY does not belong to kind APPOINTMENT (it belongs "
                        + "to TRANSFER).");
    }

    @Test
    void aCapacityContradictingAPjRoleIsRejected() {
        List<Violation> v = validate(b -> b.signer(Signer.builder().role(SignerRole.PJ_BUPATI)
                .capacity(SignerCapacity.DEFINITIF).build()));

        assertThat(v).extracting(Violation::getPath).containsExactly("signer.capacity");
        assertThat(v).extracting(Violation::getCode).containsExactly("signer.capacity");
        assertThat(v.get(0).getMessage()).isEqualTo("signer.capacity: jabatan PJ_BUPATI berarti kedudukan PJ, tetapi "
                + "tertulis DEFINITIF.");
    }

    @Test
    void aCapacityAgreeingWithTheRoleOrARoleWithoutOneIsAccepted() {
        assertThat(validate(b -> b.signer(Signer.builder().role(SignerRole.PJ_BUPATI).capacity(SignerCapacity.PJ)
                .build()))).isEmpty();
        assertThat(validate(b -> b.signer(Signer.builder().role(SignerRole.BUPATI).capacity(SignerCapacity.PLT)
                .build()))).isEmpty();
        assertThat(validate(b -> b.signer(Signer.builder().role(SignerRole.PLT_BUPATI).build()))).isEmpty();
        assertThat(Signer.builder().role(SignerRole.PLT_BUPATI).build().capacity()).contains(SignerCapacity.PLT);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRejected() {
        List<Violation> v = validate(b -> b.employee(Fixtures.employee()
                .addPositionHistory(PositionRecord.builder().level(PositionLevel.PENGAWAS)
                        .from(LocalDate.of(2015, 1, 2)).to(LocalDate.of(2019, 12, 31)).build(),
                        PositionRecord.builder().level(PositionLevel.PENGAWAS)
                        .from(LocalDate.of(2020, 1, 2)).to(LocalDate.of(2020, 1, 1)).build())
                .addStudyLeaves(Period.builder().from(LocalDate.of(2021, 9, 1)).to(LocalDate.of(2021, 8, 31)).build())
                .addSanctions(DisciplinarySanction.builder().level(SanctionLevel.RINGAN)
                        .from(LocalDate.of(2022, 3, 1)).to(LocalDate.of(2022, 2, 28)).build())
                .build()));

        assertThat(v).extracting(Violation::getPath).containsExactly("employee.positionHistory[1].to",
                "employee.sanctions[0].to", "employee.studyLeaves[0].to");
        assertThat(v).extracting(Violation::getCode).containsOnly("period.order");
        assertThat(v.get(0).getMessage()).isEqualTo("employee.positionHistory[1].to: tanggal akhir 2020-01-01 "
                + "sebelum tanggal awal 2020-01-02.");
    }

    @Test
    void aContractThatEndsBeforeItStartsIsRejected() {
        Period reversed = Period.builder().from(LocalDate.of(2026, 7, 1)).to(LocalDate.of(2026, 6, 30)).build();
        List<Violation> v = validate(b -> b.employee(Fixtures.employee().contract(reversed).build())
                .contractPeriod(reversed));

        assertThat(v).extracting(Violation::getPath).containsExactly("contractPeriod.to", "employee.contract.to");
        assertThat(v).extracting(Violation::getCode).containsOnly("period.order");
    }

    @Test
    void preRetirementLeaveThatEndsBeforeItStartsIsRejected() {
        Period reversed = Period.builder().from(LocalDate.of(2026, 7, 1)).to(LocalDate.of(2026, 6, 30)).build();
        List<Violation> v = validate(b -> b.employee(Fixtures.employee().preRetirementLeave(reversed).build()));

        assertThat(v).extracting(Violation::getPath).containsExactly("employee.preRetirementLeave.to");
        assertThat(v).extracting(Violation::getCode).containsOnly("period.order");
    }

    @Test
    void aPeriodOfOneDayIsAccepted() {
        assertThat(validate(b -> b.employee(Fixtures.employee().addStudyLeaves(Period.builder()
                .from(LocalDate.of(2021, 9, 1)).to(LocalDate.of(2021, 9, 1)).build()).build()))).isEmpty();
    }

    @Test
    void violationsAreSortedByPathAndTheMessagesAreInTheRequestedLanguage() {
        Proposal p = Fixtures.transfer().id("X".repeat(65)).kind(ProposalKind.DISMISSAL)
                .signer(Signer.builder().role(SignerRole.BUPATI).regionCode("13-12").build()).build();

        List<Violation> id = validate(p, Language.ID);
        List<Violation> en = validate(p, Language.EN);

        assertThat(id).extracting(Violation::getPath).containsExactly("action", "id", "signer.regionCode");
        assertThat(en).extracting(Violation::getCode).containsExactly("action.kind", "Size", "regionCode");
        assertThat(en.get(2).getMessage()).isEqualTo("signer.regionCode: \"13-12\" is not a Ministry of Home Affairs "
                + "region code (e.g. 13 for a province, 13.12 for a regency or city).");
        assertThat(id.get(1).getMessage()).contains("64");
    }

    @Test
    void minAndMaxMessagesNameTheLimitAndTheValue() {
        List<Violation> v = validate(b -> b.employee(Fixtures.employee().recordedRetirementAge(76).build()));

        assertThat(v.get(0).getMessage()).isEqualTo("employee.recordedRetirementAge: nilai 76 melebihi batas "
                + "tertinggi 75.");
        assertThat(validate(Fixtures.transfer().employee(Fixtures.employee().recordedRetirementAge(39).build())
                .build(), Language.EN).get(0).getMessage())
                .isEqualTo("employee.recordedRetirementAge: value 39 is below the minimum 40.");
    }

    @Test
    void theCheckerValidatesWithoutRunningRules() {
        Checker checker = Checker.builder().addModule(TestModule.of(TestModule.giving("T-FAIL", Outcome.FAIL)))
                .build();

        assertThat(checker.validate(Fixtures.transfer().build())).isEmpty();
        assertThat(checker.withLanguage(Language.EN).validate(Fixtures.transfer().kind(ProposalKind.DISMISSAL)
                .build()).get(0).getMessage()).startsWith("action: action WITHIN_AGENCY");
    }
}

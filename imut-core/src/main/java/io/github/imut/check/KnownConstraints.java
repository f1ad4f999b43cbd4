package io.github.imut.check;

import io.github.imut.model.Agency;
import io.github.imut.model.Approval;
import io.github.imut.model.CriminalCase;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Employee;
import io.github.imut.model.Ground;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.Target;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model's Jakarta constraints written out by hand: {@link #isClean(Proposal)} is the fastest screen (plain
 * field reads, no allocation, ~10 times faster than the generic {@link ModelConstraints} screen), used while it is
 * known to be exact.
 *
 * <p>{@link #COVERED} lists every constraint and cascade it implements, in the form {@link #signature(Validator)}
 * reads them from Hibernate Validator's own metadata of the model. If the model gains, loses or changes a
 * constraint, the two differ and the generic screen takes over (still exact, a microsecond per proposal instead of a
 * tenth); {@code ModelConstraintsTest} then fails, naming the difference, so that {@link #isClean(Proposal)} and
 * {@link #COVERED} are brought up to date together.
 */
final class KnownConstraints {
    /** Hibernate Validator's metadata of the model that {@link #isClean(Proposal)} implements, one line each. */
    static final Set<String> COVERED = Set.of(
            "ImmutableAgency.province<0> Pattern(flags=[], message={io.github.imut.provinceCode}, regexp=\\d{2})",
            "ImmutableAgency.regionCode<0> Pattern(flags=[], message={io.github.imut.regionCode},"
                    + " regexp=\\d{2}(\\.\\d{2})?)",
            "ImmutableApproval.reference NotBlank(message={jakarta.validation.constraints.NotBlank.message})",
            "ImmutableCriminalCase.sentenceMonths<0> Min(message={jakarta.validation.constraints.Min.message},"
                    + " value=0)",
            "ImmutableDisciplinarySanction.consecutiveAbsenceWorkingDays<0> Min(message="
                    + "{jakarta.validation.constraints.Min.message}, value=0)",
            "ImmutableDisciplinarySanction.neutralityForm<0> Max(message={jakarta.validation.constraints.Max.message},"
                    + " value=7)",
            "ImmutableDisciplinarySanction.neutralityForm<0> Min(message={jakarta.validation.constraints.Min.message},"
                    + " value=1)",
            "ImmutableDisciplinarySanction.unexcusedAbsenceDays<0> Min(message="
                    + "{jakarta.validation.constraints.Min.message}, value=0)",
            "ImmutableEmployee.assessments<0> @Valid",
            "ImmutableEmployee.candidacy<0> @Valid",
            "ImmutableEmployee.contract<0> @Valid",
            "ImmutableEmployee.criminalCase<0> @Valid",
            "ImmutableEmployee.extendedRetirementAge<0> Max(message={jakarta.validation.constraints.Max.message},"
                    + " value=75)",
            "ImmutableEmployee.extendedRetirementAge<0> Min(message={jakarta.validation.constraints.Min.message},"
                    + " value=40)",
            "ImmutableEmployee.healthExamination<0> @Valid",
            "ImmutableEmployee.partyMembership<0> @Valid",
            "ImmutableEmployee.pensionServiceMonths<0> Min(message={jakarta.validation.constraints.Min.message},"
                    + " value=0)",
            "ImmutableEmployee.stateOffice<0> @Valid",
            "ImmutableEmployee.unpaidLeave<0> @Valid",
            "ImmutableEmployee.preRetirementLeave<0> @Valid",
            "ImmutableProposal.contractPeriod<0> @Valid",
            "ImmutableProposal.dismissal<0> @Valid",
            "ImmutableProposal.reactivation<0> @Valid",
            "ImmutableEmployee.agency<0> @Valid",
            "ImmutableEmployee.currentPosition<0> @Valid",
            "ImmutableEmployee.education<0> @Valid",
            "ImmutableEmployee.openProceedings<0> @Valid",
            "ImmutableEmployee.performance<0> @Valid",
            "ImmutableEmployee.positionHistory<0> @Valid",
            "ImmutableEmployee.recordedRetirementAge<0> Max(message={jakarta.validation.constraints.Max.message},"
                    + " value=75)",
            "ImmutableEmployee.recordedRetirementAge<0> Min(message={jakarta.validation.constraints.Min.message},"
                    + " value=40)",
            "ImmutableEmployee.sanctions<0> @Valid",
            "ImmutableEmployee.studyLeaves<0> @Valid",
            "ImmutableGround.code NotBlank(message={jakarta.validation.constraints.NotBlank.message})",
            "ImmutablePerformanceRecord.quarter<0> Max(message={jakarta.validation.constraints.Max.message}, value=4)",
            "ImmutablePerformanceRecord.quarter<0> Min(message={jakarta.validation.constraints.Min.message}, value=1)",
            "ImmutablePerformanceRecord.year Max(message={jakarta.validation.constraints.Max.message}, value=2100)",
            "ImmutablePerformanceRecord.year Min(message={jakarta.validation.constraints.Min.message}, value=1950)",
            "ImmutableProposal.approvals<0> @Valid",
            "ImmutableProposal.documents<0> @Valid",
            "ImmutableProposal.employee @Valid",
            "ImmutableProposal.grounds<0> @Valid",
            "ImmutableProposal.id NotBlank(message={jakarta.validation.constraints.NotBlank.message})",
            "ImmutableProposal.id Size(max=64, message={jakarta.validation.constraints.Size.message}, min=0)",
            "ImmutableProposal.relatedParties<0> @Valid",
            "ImmutableProposal.signer<0> @Valid",
            "ImmutableProposal.target<0> @Valid",
            "ImmutableSigner.regionCode<0> Pattern(flags=[], message={io.github.imut.regionCode},"
                    + " regexp=\\d{2}(\\.\\d{2})?)",
            "ImmutableTarget.agency<0> @Valid",
            "ImmutableTarget.position @Valid");

    private KnownConstraints() {
    }

    /**
     * @param p a proposal
     * @return whether no constraint in {@link #COVERED} is violated anywhere in it
     */
    static boolean isClean(Proposal p) {
        String id = p.getId();
        if (!notBlank(id) || id.length() > 64) {
            return false;
        }
        if (!clean(p.getEmployee())) {
            return false;
        }
        Optional<Target> target = p.getTarget();
        if (target.isPresent() && !clean(target.get().getAgency())) {
            return false;
        }
        Optional<Signer> signer = p.getSigner();
        if (signer.isPresent() && !regionCode(signer.get().getRegionCode())) {
            return false;
        }
        List<Approval> approvals = p.getApprovals();
        for (int i = 0, n = approvals.size(); i < n; i++) {
            if (!notBlank(approvals.get(i).getReference())) {
                return false;
            }
        }
        List<Ground> grounds = p.getGrounds();
        for (int i = 0, n = grounds.size(); i < n; i++) {
            if (!notBlank(grounds.get(i).getCode())) {
                return false;
            }
        }
        return true;
    }

    private static boolean clean(Employee e) {
        if (!clean(e.getAgency())) {
            return false;
        }
        if (!between(e.getRecordedRetirementAge(), 40, 75) || !between(e.getExtendedRetirementAge(), 40, 75)
                || !between(e.getPensionServiceMonths(), 0, Integer.MAX_VALUE)) {
            return false;
        }
        Optional<CriminalCase> criminalCase = e.getCriminalCase();
        if (criminalCase.isPresent() && !between(criminalCase.get().getSentenceMonths(), 0, Integer.MAX_VALUE)) {
            return false;
        }
        List<DisciplinarySanction> sanctions = e.getSanctions();
        for (int i = 0, n = sanctions.size(); i < n; i++) {
            DisciplinarySanction d = sanctions.get(i);
            if (!between(d.getNeutralityForm(), 1, 7) || !between(d.getUnexcusedAbsenceDays(), 0, Integer.MAX_VALUE)
                    || !between(d.getConsecutiveAbsenceWorkingDays(), 0, Integer.MAX_VALUE)) {
                return false;
            }
        }
        List<PerformanceRecord> performance = e.getPerformance();
        for (int i = 0, n = performance.size(); i < n; i++) {
            PerformanceRecord r = performance.get(i);
            if (r.getYear() < 1950 || r.getYear() > 2100) {
                return false;
            }
            Optional<Integer> q = r.getQuarter();
            if (q.isPresent() && (q.get() < 1 || q.get() > 4)) {
                return false;
            }
        }
        return true;
    }

    private static boolean clean(Optional<Agency> agency) {
        if (agency.isEmpty()) {
            return true;
        }
        Optional<String> province = agency.get().getProvince();
        if (province.isPresent() && !twoDigits(province.get(), 0, province.get().length())) {
            return false;
        }
        return regionCode(agency.get().getRegionCode());
    }

    /** {@code @Min(min) @Max(max)} on an optional number: absent is valid. */
    private static boolean between(Optional<Integer> value, int min, int max) {
        return value.isEmpty() || value.get() >= min && value.get() <= max;
    }

    /** {@code @NotBlank}: as Hibernate Validator decides it, {@code value.trim().length() > 0}. */
    private static boolean notBlank(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            if (value.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }

    /** {@code @Pattern(regexp = "\\d{2}(\\.\\d{2})?")}, whole value, {@code \d} being ASCII digits. */
    private static boolean regionCode(Optional<String> code) {
        if (code.isEmpty()) {
            return true;
        }
        String s = code.get();
        int n = s.length();
        return n == 2 ? twoDigits(s, 0, 2) : n == 5 && twoDigits(s, 0, 2) && s.charAt(2) == '.' && twoDigits(s, 3, 5);
    }

    private static boolean twoDigits(String s, int from, int to) {
        return to - from == 2 && digit(s.charAt(from)) && digit(s.charAt(from + 1));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Reads every constraint and cascade Hibernate Validator knows on the proposal graph, from the runtime classes
     * it validates ({@code ImmutableProposal} and the classes it reaches), one line each.
     *
     * @param validator the validator
     * @return the lines, sorted
     */
    static Set<String> signature(Validator validator) {
        Set<String> out = new TreeSet<>();
        visit(validator, runtimeClass(Proposal.class), new HashSet<>(), out);
        return out;
    }

    private static void visit(Validator v, Class<?> type, Set<Class<?>> seen, Set<String> out) {
        if (!seen.add(type)) {
            return;
        }
        BeanDescriptor bean = v.getConstraintsForClass(type);
        String name = type.getSimpleName();
        for (ConstraintDescriptor<?> cd : bean.getConstraintDescriptors()) {
            out.add(name + " " + describe(cd));
        }
        for (PropertyDescriptor pd : bean.getConstrainedProperties()) {
            String where = name + "." + pd.getPropertyName();
            for (ConstraintDescriptor<?> cd : pd.getConstraintDescriptors()) {
                out.add(where + " " + describe(cd));
            }
            if (pd.isCascaded()) {
                out.add(where + " @Valid");
                visit(v, runtimeClass(pd.getElementClass()), seen, out);
            }
            containers(v, where, pd.getConstrainedContainerElementTypes(), seen, out);
        }
    }

    private static void containers(Validator v, String where, Set<ContainerElementTypeDescriptor> elements,
            Set<Class<?>> seen, Set<String> out) {
        for (ContainerElementTypeDescriptor ce : elements) {
            String w = where + "<" + ce.getTypeArgumentIndex() + ">";
            for (ConstraintDescriptor<?> cd : ce.getConstraintDescriptors()) {
                out.add(w + " " + describe(cd));
            }
            if (ce.isCascaded()) {
                out.add(w + " @Valid");
                visit(v, runtimeClass(ce.getElementClass()), seen, out);
            }
            containers(v, w, ce.getConstrainedContainerElementTypes(), seen, out);
        }
    }

    private static String describe(ConstraintDescriptor<?> cd) {
        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, Object> a : cd.getAttributes().entrySet()) {
            Object value = a.getValue();
            if (a.getKey().equals("groups") || a.getKey().equals("payload")) {
                if (value instanceof Object[] && ((Object[]) value).length == 0) {
                    continue;
                }
            }
            attributes.put(a.getKey(), value instanceof Object[] ? Arrays.toString((Object[]) value)
                    : String.valueOf(value));
        }
        StringBuilder sb = new StringBuilder(cd.getAnnotation().annotationType().getSimpleName()).append('(');
        String sep = "";
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            sb.append(sep).append(a.getKey()).append('=').append(a.getValue());
            sep = ", ";
        }
        sb.append(')');
        if (!cd.getGroups().isEmpty() && !cd.getGroups().equals(Set.of(jakarta.validation.groups.Default.class))) {
            sb.append(" groups=").append(cd.getGroups());
        }
        for (ConstraintDescriptor<?> composing : cd.getComposingConstraints()) {
            sb.append(" + ").append(describe(composing));
        }
        return sb.toString();
    }

    /** The Immutables implementation of a model type (what Hibernate Validator meets at run time), if there is one. */
    private static Class<?> runtimeClass(Class<?> type) {
        if (type.getSimpleName().startsWith("Immutable")) {
            return type;
        }
        try {
            return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
                    type.getClassLoader());
        } catch (ClassNotFoundException e) {
            return type;
        }
    }
}

package io.github.imut.check;

import io.github.imut.internal.MessageCatalog;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Employee;
import io.github.imut.model.Period;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Structural validation of a proposal: Jakarta constraints on the model (Hibernate Validator, no Expression
 * Language) plus the cross-field checks the annotations cannot express. Messages are imut's own, rendered from the
 * constraint's attributes, so they exist in Indonesian and English whatever the JVM's locale.
 *
 * <p>Hibernate Validator costs some 30 KB of allocation and microseconds per proposal, so a proposal is first
 * screened: by {@link KnownConstraints} (hand-written, while it matches the model exactly) or else by the generic
 * {@link ModelConstraints} (built from Hibernate Validator's metadata). Only a proposal the screen finds clean skips
 * Hibernate Validator; every other one is validated by it, so the violations are always Hibernate Validator's.
 */
final class StructuralValidator {

    /** System property choosing the constraint screen: {@code auto}, {@code generic} or {@code none}. */
    static final String SCREEN_PROPERTY = "io.github.imut.validation.screen";

    /** Bootstrapped on first use: building the factory and reading the model's metadata is the expensive part. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
        /** The generic screen of the model's constraints, built from this validator's metadata. */
        static final ModelConstraints SCREEN = new ModelConstraints(VALIDATOR);
        /**
         * Which screen runs: {@code auto} (default) the hand-written one while it matches the model exactly, else the
         * generic one; {@code generic} always the generic one; {@code none} no screen, Hibernate Validator for every
         * proposal. From the system property {@value #SCREEN_PROPERTY}, for measurements and as an escape hatch.
         */
        static final String MODE = System.getProperty(SCREEN_PROPERTY, "auto");
        /** Whether the hand-written screen implements exactly the constraints the validator knows. */
        static final boolean MATCHES = KnownConstraints.signature(VALIDATOR).equals(KnownConstraints.COVERED);
        static final boolean KNOWN = MODE.equals("auto") && MATCHES;
        static final boolean NONE = MODE.equals("none");
    }

    private StructuralValidator() {
    }

    /** @return the generic screen (see {@link ModelConstraints}) */
    static ModelConstraints screen() {
        return Holder.SCREEN;
    }

    /** @return whether the hand-written screen ({@link KnownConstraints}) matches the model exactly */
    static boolean knownModel() {
        return Holder.MATCHES;
    }

    /** @return {@link ModelConstraints#CLEAN}, {@code DIRTY} or {@code UNKNOWN} for the proposal's constraints */
    private static int screen(Proposal proposal) {
        if (Holder.KNOWN) {
            return KnownConstraints.isClean(proposal) ? ModelConstraints.CLEAN : ModelConstraints.DIRTY;
        }
        return Holder.NONE ? ModelConstraints.UNKNOWN : Holder.SCREEN.check(proposal);
    }

    static List<Violation> validate(Proposal proposal, Language language) {
        return validate(proposal, language, true);
    }

    /**
     * @param screen whether a proposal the screen finds {@link ModelConstraints#CLEAN clean} may skip Hibernate
     *               Validator; false runs it on every proposal (for tests of equivalence)
     */
    static List<Violation> validate(Proposal proposal, Language language, boolean screen) {
        boolean kindMatches = proposal.getAction().kind() == proposal.getKind();
        Optional<Signer> signer = proposal.getSigner();
        // each Optional getter is read once: every call allocates (hot path: every check passes here)
        SignerCapacity statedCapacity = signer.isPresent() ? signer.get().getCapacity().orElse(null) : null;
        SignerCapacity impliedCapacity = statedCapacity == null ? null
                : signer.get().getRole().impliedCapacity().orElse(null);
        boolean capacityMatches = impliedCapacity == null || statedCapacity == impliedCapacity;
        if (screen && kindMatches && capacityMatches && periodsInOrder(proposal)
                && screen(proposal) == ModelConstraints.CLEAN) {
            return List.of();
        }
        MessageCatalog messages = MessageCatalog.core(language.locale());
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Proposal> cv : Holder.VALIDATOR.validate(proposal)) {
            String path = path(cv.getPropertyPath());
            String code = code(cv);
            Map<String, Object> values = new HashMap<>(cv.getConstraintDescriptor().getAttributes());
            // @Min and @Max call their bound "value", which the messages need besides the invalid value
            Object bound = values.get("value");
            if (bound != null) {
                values.put("limit", bound);
            }
            values.put("path", path);
            values.put("value", String.valueOf(cv.getInvalidValue()));
            if (cv.getInvalidValue() instanceof CharSequence) {
                values.put("length", ((CharSequence) cv.getInvalidValue()).length());
            }
            out.add(Violation.of(path, code, messages.render("constraint." + code, values)));
        }
        if (!kindMatches) {
            out.add(Violation.of("action", "action.kind", messages.render("constraint.action.kind",
                    Map.of("path", "action", "action", proposal.getAction(), "kind", proposal.getKind(),
                            "expected", proposal.getAction().kind()))));
        }
        if (signer.isPresent() && signer.get().getCapacity().isPresent()
                && signer.get().getRole().impliedCapacity().isPresent()) {
            SignerCapacity stated = signer.get().getCapacity().get();
            SignerCapacity implied = signer.get().getRole().impliedCapacity().get();
            if (stated != implied) {
                out.add(Violation.of("signer.capacity", "signer.capacity", messages.render(
                        "constraint.signer.capacity", Map.of("path", "signer.capacity", "role",
                                signer.get().getRole(), "capacity", stated, "implied", implied))));
            }
        }
        periods(proposal, messages, out);
        out.sort(Comparator.comparing(Violation::getPath).thenComparing(Violation::getCode));
        return List.copyOf(out);
    }

    /** A period that ends before it starts is impossible input; {@code Period.contains} would never be true. */
    private static void periods(Proposal proposal, MessageCatalog messages, List<Violation> out) {
        Employee employee = proposal.getEmployee();
        List<PositionRecord> history = employee.getPositionHistory();
        for (int i = 0; i < history.size(); i++) {
            order("employee.positionHistory[" + i + "].to", Optional.of(history.get(i).getFrom()),
                    history.get(i).getTo(), messages, out);
        }
        List<DisciplinarySanction> sanctions = employee.getSanctions();
        for (int i = 0; i < sanctions.size(); i++) {
            order("employee.sanctions[" + i + "].to", sanctions.get(i).getFrom(), sanctions.get(i).getTo(), messages,
                    out);
        }
        List<Period> leaves = employee.getStudyLeaves();
        for (int i = 0; i < leaves.size(); i++) {
            order("employee.studyLeaves[" + i + "].to", Optional.of(leaves.get(i).getFrom()), leaves.get(i).getTo(),
                    messages, out);
        }
        if (employee.getContract().isPresent()) {
            Period c = employee.getContract().get();
            order("employee.contract.to", Optional.of(c.getFrom()), c.getTo(), messages, out);
        }
        if (proposal.getContractPeriod().isPresent()) {
            Period c = proposal.getContractPeriod().get();
            order("contractPeriod.to", Optional.of(c.getFrom()), c.getTo(), messages, out);
        }
        if (employee.getPreRetirementLeave().isPresent()) {
            Period m = employee.getPreRetirementLeave().get();
            order("employee.preRetirementLeave.to", Optional.of(m.getFrom()), m.getTo(), messages, out);
        }
    }

    /** @return whether {@link #periods} would find nothing, without allocating: the fast path's precondition */
    private static boolean periodsInOrder(Proposal proposal) {
        Employee employee = proposal.getEmployee();
        List<PositionRecord> history = employee.getPositionHistory();
        for (int i = 0, n = history.size(); i < n; i++) {
            PositionRecord r = history.get(i);
            LocalDate to = r.getTo().orElse(null);
            if (to != null && to.isBefore(r.getFrom())) {
                return false;
            }
        }
        List<DisciplinarySanction> sanctions = employee.getSanctions();
        for (int i = 0, n = sanctions.size(); i < n; i++) {
            DisciplinarySanction d = sanctions.get(i);
            LocalDate from = d.getFrom().orElse(null);
            if (from != null) {
                LocalDate to = d.getTo().orElse(null);
                if (to != null && to.isBefore(from)) {
                    return false;
                }
            }
        }
        List<Period> leaves = employee.getStudyLeaves();
        for (int i = 0, n = leaves.size(); i < n; i++) {
            if (!inOrder(leaves.get(i))) {
                return false;
            }
        }
        return inOrder(employee.getContract()) && inOrder(proposal.getContractPeriod())
                && inOrder(employee.getPreRetirementLeave());
    }

    private static boolean inOrder(Optional<Period> p) {
        return p.isEmpty() || inOrder(p.get());
    }

    private static boolean inOrder(Period p) {
        LocalDate to = p.getTo().orElse(null);
        return to == null || !to.isBefore(p.getFrom());
    }

    private static void order(String path, Optional<LocalDate> from, Optional<LocalDate> to, MessageCatalog messages,
            List<Violation> out) {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            out.add(Violation.of(path, "period.order", messages.render("constraint.period.order",
                    Map.of("path", path, "from", from.get(), "to", to.get()))));
        }
    }

    private static String code(ConstraintViolation<?> cv) {
        Object template = cv.getConstraintDescriptor().getAttributes().get("message");
        if (template instanceof String) {
            String t = (String) template;
            if (t.startsWith("{io.github.imut.") && t.endsWith("}")) {
                return t.substring("{io.github.imut.".length(), t.length() - 1);
            }
        }
        return cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** Turns a validation path into a JSON path: {@code employee.positionHistory[0].from}. */
    static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && node.isInIterable()) {
                sb.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && name.charAt(0) != '<') {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.length() == 0 ? "$" : sb.toString();
    }
}

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
 */
final class StructuralValidator {

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private StructuralValidator() {
    }

    static List<Violation> validate(Proposal proposal, Language language) {
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
        if (proposal.getAction().kind() != proposal.getKind()) {
            out.add(Violation.of("action", "action.kind", messages.render("constraint.action.kind",
                    Map.of("path", "action", "action", proposal.getAction(), "kind", proposal.getKind(),
                            "expected", proposal.getAction().kind()))));
        }
        Optional<Signer> signer = proposal.getSigner();
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
        periods(proposal.getEmployee(), messages, out);
        out.sort(Comparator.comparing(Violation::getPath).thenComparing(Violation::getCode));
        return out;
    }

    /** A period that ends before it starts is impossible input; {@code Period.contains} would never be true. */
    private static void periods(Employee employee, MessageCatalog messages, List<Violation> out) {
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

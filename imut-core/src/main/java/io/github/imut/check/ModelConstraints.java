package io.github.imut.check;

import io.github.imut.model.Proposal;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A fast screen for the model's Jakarta constraints: {@link #check(Object)} says, in plain code, whether Hibernate
 * Validator would find no violation in a proposal. A well-formed proposal (nearly all of them) then skips Hibernate
 * Validator, which costs some 30 KB of allocation per proposal; a proposal with any violation still goes to
 * Hibernate Validator, so every violation's path, code and message are exactly what they were.
 *
 * <p>The screen is built once from Hibernate Validator's own metadata of the classes it meets (every constrained
 * property, container element and cascade), with accessors generated for the getters. It implements the constraints
 * the model uses — {@code @NotNull}, {@code @NotBlank}, {@code @Size}, {@code @Min} and {@code @Max} on whole
 * numbers,
 * {@code @Pattern}, and {@code @Valid} on beans, {@code Optional} and collection elements — each with Hibernate
 * Validator's own semantics (blank is {@code trim().isEmpty()}, an empty {@code Optional} element is validated as
 * null, a pattern must match the whole value). A class with anything else (another constraint type, a class-level
 * or group-specific or composed constraint, another container) is not screened: its proposals all go to Hibernate
 * Validator. So a field or constraint added to the model is screened without a change here, and nothing is ever
 * skipped that Hibernate Validator would have reported. Immutable after construction and thread-safe.
 *
 * <p>About a microsecond per proposal (getters called through generated functions at megamorphic call sites);
 * {@link KnownConstraints}, the same constraints written out by hand, is ten times faster and is used instead while
 * it matches the model exactly.
 */
final class ModelConstraints {
    /** The proposal has no constraint violation. */
    static final int CLEAN = 0;
    /** The proposal violates a constraint: Hibernate Validator says which. */
    static final int DIRTY = 1;
    /** The screen cannot tell (a constraint it does not implement): Hibernate Validator decides. */
    static final int UNKNOWN = 2;

    private static final int MAX_DEPTH = 32;
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\.\\d{2})?");

    private final Validator validator;
    private final Map<Class<?>, Bean> beans = new ConcurrentHashMap<>();

    ModelConstraints(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param root a proposal (or any bean)
     * @return {@link #CLEAN}, {@link #DIRTY} or {@link #UNKNOWN}
     */
    int check(Object root) {
        try {
            return walk(root, bean(root.getClass()), 0);
        } catch (RuntimeException e) {
            // an unexpected value type: let Hibernate Validator judge it
            return UNKNOWN;
        }
    }

    /**
     * @return the reasons the screen does not cover the proposal graph's runtime classes (empty when it covers all
     *     of them, as it should)
     */
    Set<String> unsupported() {
        Set<String> out = new TreeSet<>();
        collect(runtimeClass(Proposal.class), new java.util.HashSet<>(), out);
        return out;
    }

    private void collect(Class<?> type, Set<Class<?>> seen, Set<String> out) {
        if (!seen.add(type)) {
            return;
        }
        Bean b = bean(type);
        if (b.unsupported != null) {
            out.add(b.unsupported);
            return;
        }
        for (Property p : b.properties) {
            if (p.cascadeTo != null) {
                collect(p.cascadeTo, seen, out);
            }
            if (p.elementCascadeTo != null) {
                collect(p.elementCascadeTo, seen, out);
            }
        }
    }

    private int walk(Object value, Bean bean, int depth) {
        if (bean.unsupported != null || depth > MAX_DEPTH) {
            return UNKNOWN;
        }
        int result = CLEAN;
        for (Property p : bean.properties) {
            Object v = p.getter.apply(value);
            for (Check c : p.checks) {
                if (!c.ok(v)) {
                    return DIRTY;
                }
            }
            if (p.cascade && v != null) {
                result = Math.max(result, cascade(v, p, false, depth));
            }
            if (p.container != Container.NONE) {
                if (p.container == Container.OPTIONAL) {
                    Object e = ((Optional<?>) v).orElse(null);
                    result = Math.max(result, element(e, p, depth));
                } else if (v instanceof List && v instanceof java.util.RandomAccess) {
                    List<?> list = (List<?>) v;
                    for (int i = 0, n = list.size(); i < n && result != DIRTY; i++) {
                        result = Math.max(result, element(list.get(i), p, depth));
                    }
                } else {
                    for (Object e : (Iterable<?>) v) {
                        result = Math.max(result, element(e, p, depth));
                        if (result == DIRTY) {
                            return DIRTY;
                        }
                    }
                }
            }
            if (result == DIRTY) {
                return DIRTY;
            }
        }
        return result;
    }

    private int element(Object e, Property p, int depth) {
        for (Check c : p.elementChecks) {
            if (!c.ok(e)) {
                return DIRTY;
            }
        }
        return p.elementCascade && e != null ? cascade(e, p, true, depth) : CLEAN;
    }

    private int cascade(Object v, Property p, boolean element, int depth) {
        if (v instanceof Optional || v instanceof Iterable || v instanceof Map) {
            return UNKNOWN;
        }
        // the bean of the value's class, remembered on the property (a benign race: a Bean is immutable)
        Bean b = element ? p.elementCascadeBean : p.cascadeBean;
        if (b == null || b.type != v.getClass()) {
            b = bean(v.getClass());
            if (element) {
                p.elementCascadeBean = b;
            } else {
                p.cascadeBean = b;
            }
        }
        return b.properties.length == 0 && b.unsupported == null ? CLEAN : walk(v, b, depth + 1);
    }

    private Bean bean(Class<?> type) {
        Bean b = beans.get(type);
        if (b == null) {
            b = build(type);
            Bean known = beans.putIfAbsent(type, b);
            if (known != null) {
                b = known;
            }
        }
        return b;
    }

    private Bean build(Class<?> type) {
        try {
            BeanDescriptor bd = validator.getConstraintsForClass(type);
            if (!bd.getConstraintDescriptors().isEmpty()) {
                return Bean.unsupported(type, type.getSimpleName() + ": class-level constraint");
            }
            List<Property> properties = new ArrayList<>();
            for (PropertyDescriptor pd : bd.getConstrainedProperties()) {
                String where = type.getSimpleName() + "." + pd.getPropertyName();
                Property p = new Property(getter(type, pd.getPropertyName()), checks(pd.getConstraintDescriptors(),
                        where));
                p.cascade = pd.isCascaded();
                p.cascadeTo = p.cascade ? runtimeClass(pd.getElementClass()) : null;
                Set<ContainerElementTypeDescriptor> elements = pd.getConstrainedContainerElementTypes();
                if (elements.size() > 1) {
                    throw new Unsupported(where + ": several constrained type arguments");
                }
                for (ContainerElementTypeDescriptor ce : elements) {
                    if (ce.getTypeArgumentIndex() == null || ce.getTypeArgumentIndex() != 0
                            || !ce.getConstrainedContainerElementTypes().isEmpty()) {
                        throw new Unsupported(where + ": nested or indexed container elements");
                    }
                    Class<?> container = ce.getContainerClass();
                    if (container == Optional.class) {
                        p.container = Container.OPTIONAL;
                    } else if (Collection.class.isAssignableFrom(container) || container == Iterable.class) {
                        p.container = Container.ITERABLE;
                    } else {
                        throw new Unsupported(where + ": container " + container.getName());
                    }
                    p.elementChecks = checks(ce.getConstraintDescriptors(), where + "<>");
                    p.elementCascade = ce.isCascaded();
                    p.elementCascadeTo = p.elementCascade ? runtimeClass(ce.getElementClass()) : null;
                }
                properties.add(p);
            }
            return new Bean(type, properties.toArray(new Property[0]), null);
        } catch (Unsupported e) {
            return Bean.unsupported(type, e.getMessage());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Bean.unsupported(type, type.getSimpleName() + ": " + e);
        }
    }

    private static Check[] checks(Set<ConstraintDescriptor<?>> descriptors, String where) {
        List<Check> out = new ArrayList<>();
        for (ConstraintDescriptor<?> cd : descriptors) {
            out.add(check(cd, where));
        }
        return out.toArray(new Check[0]);
    }

    private static Check check(ConstraintDescriptor<?> cd, String where) {
        String name = cd.getAnnotation().annotationType().getName();
        String what = where + " @" + cd.getAnnotation().annotationType().getSimpleName();
        if (!cd.getComposingConstraints().isEmpty()) {
            throw new Unsupported(what + ": composed constraint");
        }
        if (!cd.getGroups().equals(Set.of(Default.class))) {
            throw new Unsupported(what + ": groups " + cd.getGroups());
        }
        Map<String, Object> a = cd.getAttributes();
        switch (name) {
            case "jakarta.validation.constraints.NotNull":
                return v -> v != null;
            case "jakarta.validation.constraints.NotBlank":
                return v -> v != null && notBlank((CharSequence) v);
            case "jakarta.validation.constraints.Size": {
                int min = (Integer) a.get("min");
                int max = (Integer) a.get("max");
                return v -> v == null || within(size(v), min, max);
            }
            case "jakarta.validation.constraints.Min": {
                long min = (Long) a.get("value");
                return v -> v == null || whole(v) >= min;
            }
            case "jakarta.validation.constraints.Max": {
                long max = (Long) a.get("value");
                return v -> v == null || whole(v) <= max;
            }
            case "jakarta.validation.constraints.Pattern": {
                String regexp = (String) a.get("regexp");
                jakarta.validation.constraints.Pattern.Flag[] flags =
                        (jakarta.validation.constraints.Pattern.Flag[]) a.get("flags");
                if (flags.length == 0 && regexp.equals(TWO_DIGITS.pattern())) {
                    return v -> v == null || twoDigits((CharSequence) v, 0, ((CharSequence) v).length());
                }
                if (flags.length == 0 && regexp.equals(REGION_CODE.pattern())) {
                    return v -> v == null || regionCode((CharSequence) v);
                }
                int f = 0;
                for (jakarta.validation.constraints.Pattern.Flag flag : flags) {
                    f |= flag.getValue();
                }
                // as Hibernate Validator's PatternValidator does it, for a pattern the screen has no fast path for
                Pattern p = Pattern.compile(regexp, f);
                return v -> v == null || p.matcher((CharSequence) v).matches();
            }
            default:
                throw new Unsupported(what + ": constraint type not implemented by the screen");
        }
    }

    /** {@code @NotBlank}: as Hibernate Validator decides it, {@code value.toString().trim().length() > 0}. */
    private static boolean notBlank(CharSequence value) {
        String s = value.toString();
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean within(int size, int min, int max) {
        return size >= min && size <= max;
    }

    private static int size(Object v) {
        if (v instanceof CharSequence) {
            return ((CharSequence) v).length();
        }
        if (v instanceof Collection) {
            return ((Collection<?>) v).size();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).size();
        }
        throw new IllegalArgumentException("@Size on " + v.getClass());
    }

    /** @return the value of a whole number type; others are left to Hibernate Validator */
    private static long whole(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        throw new IllegalArgumentException("@Min/@Max on " + v.getClass());
    }

    /** {@code \d{2}(\.\d{2})?} on the whole value, {@code \d} being ASCII digits. */
    private static boolean regionCode(CharSequence s) {
        int n = s.length();
        return n == 2 ? twoDigits(s, 0, 2) : n == 5 && twoDigits(s, 0, 2) && s.charAt(2) == '.' && twoDigits(s, 3, 5);
    }

    private static boolean twoDigits(CharSequence s, int from, int to) {
        return to - from == 2 && digit(s.charAt(from)) && digit(s.charAt(from + 1));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A getter as a function, generated once (no reflection per call). */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(Class<?> type, String property) throws ReflectiveOperationException {
        String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        Method m;
        try {
            m = type.getMethod("get" + cap);
        } catch (NoSuchMethodException e) {
            m = type.getMethod("is" + cap);
        }
        if (!Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
            throw new Unsupported(type.getSimpleName() + "." + property + ": getter of a non-public class");
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle target = lookup.unreflect(m);
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(m.getReturnType().isPrimitive() ? box(m.getReturnType())
                            : m.getReturnType(), m.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable t) {
            MethodHandle generic = target.asType(MethodType.methodType(Object.class, Object.class));
            return bean -> {
                try {
                    return generic.invokeExact(bean);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }

    private static Class<?> box(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType();
    }

    /** The Immutables implementation of a model type (what Hibernate Validator meets at run time), if there is one. */
    static Class<?> runtimeClass(Class<?> type) {
        if (type.getSimpleName().startsWith("Immutable") || !Modifier.isAbstract(type.getModifiers())) {
            return type;
        }
        try {
            return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
                    type.getClassLoader());
        } catch (ClassNotFoundException e) {
            return type;
        }
    }

    private enum Container { NONE, OPTIONAL, ITERABLE }

    @FunctionalInterface
    private interface Check {
        boolean ok(Object value);
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Property {
        final Function<Object, Object> getter;
        final Check[] checks;
        boolean cascade;
        Class<?> cascadeTo;
        Bean cascadeBean;
        Container container = Container.NONE;
        Check[] elementChecks = new Check[0];
        boolean elementCascade;
        Class<?> elementCascadeTo;
        Bean elementCascadeBean;

        Property(Function<Object, Object> getter, Check[] checks) {
            this.getter = getter;
            this.checks = checks;
        }
    }

    private static final class Bean {
        final Class<?> type;
        final Property[] properties;
        final String unsupported;

        Bean(Class<?> type, Property[] properties, String unsupported) {
            this.type = type;
            this.properties = properties;
            this.unsupported = unsupported;
        }

        static Bean unsupported(Class<?> type, String why) {
            return new Bean(type, new Property[0], why);
        }
    }
}

package io.github.imut.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.imut.check.Report;
import io.github.imut.model.Grade;
import io.github.imut.model.Nip;
import io.github.imut.model.Proposal;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the JSON Schemas (Draft 2020-12) of the proposal and the report from the model, with victools
 * jsonschema-generator and its Jackson and Jakarta Validation modules, so that the schema shows what imut's Jackson
 * configuration ({@code io.github.imut.json.ImutJson}) reads and writes:
 * <ul>
 *   <li>properties are the model's getters without the {@code get} prefix ({@code getTmtCpns()} → {@code tmtCpns}),
 *       or a {@code @JsonProperty} name; no other method and no field is a property;</li>
 *   <li>an {@code Optional} or a list is not required (an empty list may be omitted), everything else is; no property
 *       is nullable on output, and unknown properties are forbidden, as the reader rejects them;</li>
 *   <li>dates are strings of format {@code date}; enums are their constant names; {@link Nip} is an 18-digit string
 *       and {@link Grade} a string of the pattern {@link Grade#parse} accepts;</li>
 *   <li>Jakarta constraints give {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum} and
 *       {@code pattern}.</li>
 * </ul>
 * Regenerate the committed files with {@code mvn -B -pl imut-core test -Dtest=JsonSchemaTest -Dimut.schema.write=true}.
 */
final class ImutSchemas {
    /** The 18 digits of a NIP, as imut writes it ({@link Nip#parse} also tolerates spaces between the groups). */
    static final String NIP_PATTERN = "^[0-9]{18}$";

    private static final String ROMAN_1_TO_17 = roman("I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII");
    /**
     * What {@link Grade#parse} accepts: a PNS golongan ruang I/a … IV/e with an optional {@code /} or {@code -} and
     * spaces between golongan and ruang ({@code III/c}, {@code IIIc}, {@code III-C}, {@code III c}), or a PPPK golongan
     * I … XVII; any case, surrounding spaces allowed.
     */
    static final String GRADE_PATTERN = "^\\s*(?:" + roman("I|II|III") + "\\s*[/-]?\\s*[A-Da-d]|" + roman("IV")
            + "\\s*[/-]?\\s*[A-Ea-e]|" + ROMAN_1_TO_17 + ")\\s*$";

    private ImutSchemas() {
    }

    /** @return the schema of a proposal, as {@code checkJson} reads it */
    static ObjectNode proposal() {
        ObjectNode s = generator().generateSchema(Proposal.class);
        return describe(s, "imut proposal", "One personnel proposal (usulan) for one employee, as imut reads it "
                + "(shared/spec/contract.md section 1). Generated from io.github.imut.model.Proposal; do not edit.");
    }

    /** @return the schema of a report, as imut writes it */
    static ObjectNode report() {
        ObjectNode s = generator().generateSchema(Report.class);
        return describe(s, "imut report", "The result of checking one proposal, as imut writes it "
                + "(shared/spec/contract.md sections 1 and 2). Generated from io.github.imut.check.Report; do not edit.");
    }

    private static ObjectNode describe(ObjectNode schema, String title, String description) {
        anchorPatterns(schema);
        ObjectNode out = schema.objectNode();
        out.set("$schema", schema.remove("$schema"));
        out.put("title", title);
        out.put("description", description);
        out.setAll(schema);
        return out;
    }

    /**
     * A Jakarta {@code @Pattern} must match the whole value, a JSON Schema {@code pattern} matches anywhere in it: every
     * pattern not yet anchored is wrapped in {@code ^(?:…)$}.
     */
    private static void anchorPatterns(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            com.fasterxml.jackson.databind.JsonNode p = o.get("pattern");
            if (p != null && p.isTextual() && !p.asText().startsWith("^")) {
                o.put("pattern", "^(?:" + p.asText() + ")$");
            }
        }
        for (com.fasterxml.jackson.databind.JsonNode child : node) {
            anchorPatterns(child);
        }
    }

    private static String roman(String alternatives) {
        StringBuilder sb = new StringBuilder("(?:");
        String[] parts = alternatives.split("\\|");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('|');
            }
            for (char c : parts[i].toCharArray()) {
                sb.append('[').append(c).append(Character.toLowerCase(c)).append(']');
            }
        }
        return sb.append(')').toString();
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON);
        b.forMethods().withPropertyNameOverrideResolver(ImutSchemas::propertyName);
        b.with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED));
        b.with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        b.with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS, Option.STANDARD_FORMATS);
        b.without(Option.NULLABLE_FIELDS_BY_DEFAULT, Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS,
                Option.PUBLIC_NONSTATIC_FIELDS, Option.FLATTENED_OPTIONALS);
        b.forFields().withIgnoreCheck(f -> true);
        b.forMethods().withIgnoreCheck(m -> !isProperty(m));
        b.forMethods().withNullableCheck(m -> false);
        b.forMethods().withTargetTypeOverridesResolver(m -> m.getDeclaredType().getErasedType() == Optional.class
                ? java.util.List.of(m.getDeclaredType().getTypeParameters().get(0)) : null);
        b.forMethods().withRequiredCheck(m -> !isOptionalOrContainer(m.getDeclaredType()));
        b.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() == Nip.class) {
                ObjectNode n = context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("pattern", NIP_PATTERN).put("description", "NIP: 18 digits (birth date, TMT CPNS "
                                + "year and month, sex, sequence number)");
                return new CustomDefinition(n, CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (type.getErasedType() == Grade.class) {
                ObjectNode n = context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("pattern", GRADE_PATTERN).put("description", "Grade: PNS golongan ruang I/a to IV/e "
                                + "(e.g. III/c) or PPPK golongan I to XVII");
                return new CustomDefinition(n, CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (Map.class.isAssignableFrom(type.getErasedType())) {
                ObjectNode n = context.getGeneratorConfig().createObjectNode().put("type", "object");
                return new CustomDefinition(n, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            return null;
        });
        return new SchemaGenerator(b.build());
    }

    /** A JSON property: a public argument-free getter of a model type, or a method annotated {@code @JsonProperty}. */
    private static boolean isProperty(MethodScope m) {
        if (m.isStatic() || m.getArgumentCount() > 0 || m.isVoid() || m.getDeclaredType() == null) {
            return false;
        }
        if (m.getAnnotation(JsonProperty.class) != null) {
            return true;
        }
        String name = m.getDeclaredName();
        boolean getter = (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3)))
                || (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2)));
        return getter && Modifier.isAbstract(m.getRawMember().getModifiers())
                && !name.equals("getClass");
    }

    /** The JSON name: a {@code @JsonProperty} value, else the getter's name without {@code get}/{@code is}. */
    private static String propertyName(MethodScope m) {
        JsonProperty p = m.getAnnotation(JsonProperty.class);
        if (p != null && !p.value().isEmpty()) {
            return p.value();
        }
        String name = m.getDeclaredName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        return prefix == 0 ? name : Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    private static boolean isOptionalOrContainer(ResolvedType type) {
        Class<?> c = type.getErasedType();
        return c == Optional.class || Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
    }
}

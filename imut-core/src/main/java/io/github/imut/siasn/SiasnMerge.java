package io.github.imut.siasn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imut.check.Checker;
import io.github.imut.check.Language;
import io.github.imut.check.Report;
import io.github.imut.check.Violation;
import io.github.imut.json.ImutJson;
import io.github.imut.model.Grade;
import io.github.imut.model.InvalidValueException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIASN profile merged into a partial proposal: the proposal says what SIASN does not hold (kind, action, TMT,
 * target, signer, approvals, documents, grounds, and any employee fact SIASN lacks), SIASN gives the employee.
 *
 * <h2>The merge rule</h2>
 * <ol>
 *   <li>Everything outside {@code employee} comes from the proposal alone. If the proposal has no {@code employee},
 *       SIASN's employee is used whole.</li>
 *   <li>Within {@code employee}, objects ({@code education}, {@code agency}, {@code currentPosition}) merge field by
 *       field, at any depth. A field only one side gives is taken from that side: the proposal <em>complements</em>
 *       SIASN. A JSON {@code null} in the proposal counts as not given; it cannot erase SIASN's value.</li>
 *   <li>A field both sides give with the same value is kept once. Strings are compared without regard to case and
 *       surrounding or repeated spaces, grades by their meaning ({@code III-c} = {@code III/c}); the proposal's form
 *       is kept, so it is still validated.</li>
 *   <li>A field both sides give with different values is a {@link SiasnConflict}. It is reported, never resolved
 *       silently: under {@link Policy#REJECT_CONFLICTS} (the default) {@link #check} gives an {@code INVALID} report
 *       whose violations name each field and both values; under {@link Policy#PROPOSAL_OVERRIDES} the proposal's
 *       value is used (the agency states a newer fact than SIASN's) and the conflicts stay listed in
 *       {@link #conflicts()}. A different {@code employee.nip} means another employee: it is rejected under every
 *       policy.</li>
 *   <li>Lists are united. Elements that denote the same thing merge field by field as in rule 3–4: ratings
 *       ({@code performance}) with the same year and quarter, sanctions with the same type and start, positions
 *       ({@code positionHistory}) with the same start. Other elements are added unless an equal one is there.</li>
 * </ol>
 * The merged JSON ({@link #proposalJson()}) always takes the proposal's value in a conflict; whether it may be checked
 * is the policy's decision. The mapping notes of the profile stay available in {@link #notes()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SiasnMerge {
    private static final ObjectMapper MAPPER = ImutJson.mapper();

    /** What a conflict between SIASN and the proposal does. */
    public enum Policy {
        /** A conflict makes the proposal unusable: {@link #check} returns an {@code INVALID} report. The default. */
        REJECT_CONFLICTS,
        /** The proposal's value is used; the conflict is still listed. The NIP must agree even so. */
        PROPOSAL_OVERRIDES
    }

    private final SiasnProfile profile;
    private final Policy policy;
    private final String original;
    private final boolean merged;
    private final String json;
    private final String proposalId;
    private final List<SiasnConflict> conflicts;

    private SiasnMerge(SiasnProfile profile, Policy policy, String original, boolean merged, String json,
            String proposalId, List<SiasnConflict> conflicts) {
        this.profile = profile;
        this.policy = policy;
        this.original = original;
        this.merged = merged;
        this.json = json;
        this.proposalId = proposalId;
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * Merges with {@link Policy#REJECT_CONFLICTS}.
     *
     * @param profile  the employee's SIASN profile
     * @param proposal the partial proposal's JSON
     * @return the merge
     */
    public static SiasnMerge of(SiasnProfile profile, String proposal) {
        return of(profile, proposal, Policy.REJECT_CONFLICTS);
    }

    /**
     * @param profile  the employee's SIASN profile
     * @param proposal the partial proposal's JSON; if it is not a JSON object, nothing is merged and {@link #check}
     *                 reports it as the checker reports any malformed proposal
     * @param policy   what a conflict does
     * @return the merge
     */
    public static SiasnMerge of(SiasnProfile profile, String proposal, Policy policy) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(policy, "policy");
        String text = proposal == null ? "" : proposal;
        JsonNode root;
        try {
            root = text.isBlank() ? null : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return new SiasnMerge(profile, policy, text, false, text, null, List.of());
        }
        Merger m = new Merger();
        ObjectNode out = ((ObjectNode) root).deepCopy();
        JsonNode siasn = MAPPER.valueToTree(profile.employee());
        JsonNode given = root.get("employee");
        if (given == null || given.isNull()) {
            out.set("employee", siasn);
        } else if (given.isObject()) {
            out.set("employee", m.object("employee", (ObjectNode) siasn, (ObjectNode) given));
        }
        JsonNode id = root.get("id");
        try {
            return new SiasnMerge(profile, policy, text, true, MAPPER.writeValueAsString(out),
                    id != null && id.isTextual() ? id.asText() : null, m.conflicts);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Merger {
        final List<SiasnConflict> conflicts = new ArrayList<>();

        ObjectNode object(String path, ObjectNode siasn, ObjectNode proposal) {
            ObjectNode out = MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> e : siasn.properties()) {
                JsonNode p = proposal.get(e.getKey());
                out.set(e.getKey(), p == null || p.isNull() ? e.getValue()
                        : value(path + "." + e.getKey(), e.getKey(), e.getValue(), p));
            }
            for (Map.Entry<String, JsonNode> e : proposal.properties()) {
                if (!siasn.has(e.getKey()) && !e.getValue().isNull()) {
                    out.set(e.getKey(), e.getValue());
                }
            }
            return out;
        }

        JsonNode value(String path, String name, JsonNode siasn, JsonNode proposal) {
            if (siasn.isObject() && proposal.isObject()) {
                return object(path, (ObjectNode) siasn, (ObjectNode) proposal);
            }
            if (siasn.isArray() && proposal.isArray()) {
                return array(path, name, (ArrayNode) siasn, (ArrayNode) proposal);
            }
            if (path.equals("employee.nip")) {
                if (!digits(siasn).equals(digits(proposal))) {
                    conflicts.add(new SiasnConflict(path, show(siasn), show(proposal), true));
                }
                return proposal;
            }
            if (!same(name, siasn, proposal)) {
                conflicts.add(new SiasnConflict(path, show(siasn), show(proposal), false));
            }
            return proposal;
        }

        ArrayNode array(String path, String name, ArrayNode siasn, ArrayNode proposal) {
            List<String> key = keyOf(name);
            ArrayNode out = siasn.deepCopy();
            List<Boolean> matched = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                matched.add(false);
            }
            for (int j = 0; j < proposal.size(); j++) {
                JsonNode p = proposal.get(j);
                int found = -1;
                for (int i = 0; i < siasn.size() && found < 0; i++) {
                    if (matched.get(i)) {
                        continue;
                    }
                    JsonNode s = siasn.get(i);
                    if (key.isEmpty() ? sameTree(s, p) : s.isObject() && p.isObject() && sameKey(key, s, p)) {
                        found = i;
                    }
                }
                if (found < 0) {
                    if (key.isEmpty() && contains(out, p)) {
                        continue;
                    }
                    out.add(p);
                } else {
                    matched.set(found, true);
                    if (!key.isEmpty()) {
                        out.set(found, object(path + "[" + j + "]", (ObjectNode) siasn.get(found), (ObjectNode) p));
                    }
                }
            }
            return out;
        }

        private static boolean contains(ArrayNode array, JsonNode element) {
            for (JsonNode e : array) {
                if (sameTree(e, element)) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> keyOf(String list) {
            switch (list) {
                case "performance":
                    return List.of("year", "quarter");
                case "sanctions":
                    return List.of("type", "from");
                case "positionHistory":
                    return List.of("from");
                default:
                    return List.of();
            }
        }

        private static boolean sameKey(List<String> key, JsonNode s, JsonNode p) {
            for (String k : key) {
                JsonNode a = s.get(k);
                JsonNode b = p.get(k);
                boolean aMissing = a == null || a.isNull();
                boolean bMissing = b == null || b.isNull();
                if (aMissing != bMissing || (!aMissing && !same(k, a, b))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean sameTree(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !sameTree(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b) || (a.isValueNode() && b.isValueNode() && same("", a, b));
    }

    static boolean same(String name, JsonNode a, JsonNode b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (!a.isValueNode() || !b.isValueNode()) {
            return false;
        }
        if (name.equals("grade")) {
            try {
                return Grade.parse(a.asText()) == Grade.parse(b.asText());
            } catch (InvalidValueException e) {
                return false;
            }
        }
        return normalize(a.asText()).equals(normalize(b.asText()));
    }

    private static String normalize(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String digits(JsonNode n) {
        return n.asText().replace(" ", "");
    }

    private static String show(JsonNode n) {
        return n.isTextual() ? n.asText() : n.toString();
    }

    /** @return the policy the merge applies */
    public Policy policy() {
        return policy;
    }

    /** @return the profile merged in */
    public SiasnProfile profile() {
        return profile;
    }

    /**
     * @return the merged proposal as JSON (one line); the proposal's own text unchanged when it was not a JSON object
     */
    public String proposalJson() {
        return json;
    }

    /** @return the fields SIASN and the proposal give with different values, in document order */
    public List<SiasnConflict> conflicts() {
        return conflicts;
    }

    /** @return the profile's mapping notes */
    public List<SiasnNote> notes() {
        return profile.notes();
    }

    /**
     * @param language the language of the messages
     * @return the conflicts that make the proposal unusable under the policy, as violations (JSON path of the
     *     proposal, code {@code siasn.conflict} or {@code siasn.nip}); empty if it may be checked
     */
    public List<Violation> violations(Language language) {
        List<Violation> out = new ArrayList<>();
        for (SiasnConflict c : conflicts) {
            if (c.isOtherEmployee() || policy == Policy.REJECT_CONFLICTS) {
                out.add(Violation.of(c.path(), c.code(), c.message(language)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks the merged proposal: an {@code INVALID} report listing the blocking conflicts, if there are any, else
     * {@link Checker#checkJson} of the merged JSON (which itself reports a malformed proposal as {@code INVALID}).
     *
     * @param checker the checker; its language is used for the conflicts' messages
     * @param asOf    the day of the check
     * @return the report
     */
    public Report check(Checker checker, LocalDate asOf) {
        if (!merged) {
            return checker.checkJson(original, asOf);
        }
        List<Violation> blocking = violations(checker.language());
        if (!blocking.isEmpty()) {
            return checker.invalid(Optional.ofNullable(proposalId), blocking, asOf);
        }
        return checker.checkJson(json, asOf);
    }

    @Override
    public String toString() {
        return "SiasnMerge{" + profile + ", policy=" + policy + ", conflicts=" + conflicts.size() + "}";
    }
}
